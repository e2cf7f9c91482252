/** What several rules share: fixes that edit the front matter, and reading a title from the body. Rules import this, never each other. */
import { t } from '../l10n';
import type { Fix } from '../model';
import type { FrontMatter } from '../parse/frontMatter';
import type { RuleContext } from './types';

/** Inserts `key: ` just before the closing `---`, with a value taken from the article where one is obvious. */
export function insertKeyFix(fm: FrontMatter, ctx: RuleContext, key: string): Fix {
  const eol = ctx.note.text.includes('\r\n') ? '\r\n' : '\n';
  const value = key === 'title' ? yamlString(firstHeading(ctx.note.text.slice(fm.span.end)) ?? '') : defaultFor(ctx.schema.json, key);
  return { title: t('Add `{0}` to the front matter', key), edits: [{ start: fm.content.end, end: fm.content.end, newText: `${key}: ${value}${eol}` }], preferred: true };
}

function defaultFor(schema: Record<string, unknown>, key: string): string {
  const prop = (schema.properties as Record<string, Record<string, unknown>> | undefined)?.[key];
  if (prop && 'default' in prop) return JSON.stringify(prop.default);
  if (prop?.type === 'array') return '[]';
  if (prop?.type === 'number' || prop?.type === 'integer') return '0';
  if (prop?.type === 'boolean') return 'false';
  return '""';
}

/** The first Markdown heading of a body, or its first non-empty line, without markup. */
export function firstHeading(body: string): string | undefined {
  const lines = body.split(/\r\n|\r|\n/, 200);
  const heading = lines.find((l) => /^#{1,6}\s+\S/.test(l));
  const line = heading ?? lines.find((l) => l.trim() !== '');
  if (line === undefined) return undefined;
  const clean = line
    .replace(/^#{1,6}\s+/, '')
    .replace(/<[^<>]*>/g, '')
    .trim();
  return clean.length > 120 ? clean.slice(0, 120) : clean;
}

/** A YAML scalar for any string: JSON quoting is valid YAML and escapes everything. */
export function yamlString(s: string): string {
  return /^[^\s#:'"\-?[\]{},&*!|>%@`][^#:]*$/.test(s) && !/\s$/.test(s) ? s : JSON.stringify(s);
}
