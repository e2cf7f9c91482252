/**
 * Starting configurations for "Create Configuration": the `.policynotes.json` of each
 * preset and the schema file it points at, as text. The editor writes them; nothing here
 * touches the file system.
 */
import jekyllPost from '../../schemas/presets/jekyll-post.schema.json';
import pressRelease from '../../schemas/presets/press-release.schema.json';

export type PresetId = 'article' | 'press-release' | 'jekyll-post';

export interface Preset {
  id: PresetId;
  /** English label; the editor localizes it. */
  label: string;
  detail: string;
}

export const PRESETS: readonly Preset[] = [
  { id: 'article', label: 'Article', detail: 'Articles with the built-in schema: title, categories and excerpt.' },
  { id: 'press-release', label: 'Press release', detail: 'Ministry press releases: title, ministry and date, plus a schema file to edit.' },
  { id: 'jekyll-post', label: 'Jekyll post', detail: 'Posts of a Jekyll site under _posts/, with the generated _site/ left out.' },
];

/** Where the configuration's schema is published, for editors other than VS Code. */
export const CONFIG_SCHEMA_URL = 'https://raw.githubusercontent.com/policy-notes/policy-notes/main/schemas/policynotes.schema.json';

export function isPresetId(v: unknown): v is PresetId {
  return PRESETS.some((p) => p.id === v);
}

/** The files a preset creates, relative to the folder that gets `.policynotes.json`. */
export function presetFiles(id: PresetId): { path: string; text: string }[] {
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  const config: Record<string, unknown> = { $schema: CONFIG_SCHEMA_URL };
  switch (id) {
    case 'article':
      Object.assign(config, { include: ['**/*.md', '**/*.markdown'], exclude: ['**/node_modules/**'], rules: {} });
      return [{ path: '.policynotes.json', text: json(config) }];
    case 'press-release':
      Object.assign(config, { include: ['**/*.md'], exclude: ['**/node_modules/**'], frontMatter: { schema: 'schemas/press-release.schema.json' }, rules: { 'frontmatter-missing': 'error' } });
      return [
        { path: '.policynotes.json', text: json(config) },
        { path: 'schemas/press-release.schema.json', text: json(pressRelease) },
      ];
    case 'jekyll-post':
      Object.assign(config, {
        include: ['_posts/**/*.md', '_posts/**/*.markdown', '_drafts/**/*.md'],
        exclude: ['_site/**', 'vendor/**', '**/node_modules/**'],
        frontMatter: { schema: 'schemas/jekyll-post.schema.json' },
      });
      return [
        { path: '.policynotes.json', text: json(config) },
        { path: 'schemas/jekyll-post.schema.json', text: json(jekyllPost) },
      ];
  }
}
