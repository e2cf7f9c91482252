/**
 * frontmatter-missing: an article without a front-matter block (pasted web articles often
 * arrive this way). The fix inserts a block with the schema's required keys, the title
 * taken from the article's first heading or first line.
 *
 * Example: a file starting `인천시, 지난해 역대 최대 수출 달성` gets
 * `---\ntitle: 인천시, 지난해 역대 최대 수출 달성\ncategories: []\nexcerpt: ""\n---\n\n`.
 */
import { firstHeading, yamlString } from './helpers';
import type { Rule } from './types';
import { t } from '../l10n';

export const frontmatterMissing: Rule = {
  id: 'frontmatter-missing',
  description: 'An article must start with a YAML front-matter block.',
  defaultLevel: 'warning',
  tags: ['front-matter'],
  check(ctx) {
    const { note } = ctx;
    if (note.frontMatter || note.parseIssues.length > 0 || note.text.trim() === '') return [];
    const eol = note.text.includes('\r\n') ? '\r\n' : '\n';
    const keys = ctx.schema.required.length > 0 ? ctx.schema.required : ['title'];
    const title = firstHeading(note.text) ?? '';
    const lines = keys.map((k) => `${k}: ${k === 'title' ? yamlString(title) : placeholder(ctx.schema.json, k)}`);
    const block = ['---', ...lines, '---', '', ''].join(eol);
    const firstLineEnd = note.lines.lineEnd(0);
    return [
      {
        start: 0,
        end: Math.max(firstLineEnd, Math.min(1, note.text.length)),
        message: t('Missing front matter, expected a `---` block with {0} at the top of the article.', keys.map((k) => `\`${k}\``).join(', ')),
        fixes: [{ title: t('Insert a front-matter block'), edits: [{ start: 0, end: 0, newText: block }], preferred: true }],
      },
    ];
  },
};

function placeholder(schema: Record<string, unknown>, key: string): string {
  const prop = (schema.properties as Record<string, Record<string, unknown>> | undefined)?.[key];
  return prop?.type === 'array' ? '[]' : '""';
}
