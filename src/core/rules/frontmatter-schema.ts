/**
 * frontmatter-schema: the front matter against a JSON Schema (the built-in one, or the
 * workspace's `frontMatter.schema`). Each error sits on the offending key or value; a
 * missing key sits on the opening `---`. Fixes: add a missing key; rename an unknown key or
 * replace an enum value with the closest allowed one when it looks like a typo.
 *
 * Example: `categories: Nwes` with `enum: [News]` → "Unexpected `Nwes` for `categories`,
 * expected one of `News`", fix "Change to `News`".
 */
import type { ErrorObject } from 'ajv';
import { isMap } from 'yaml';
import type { Fix, Span } from '../model';
import { pathSpan, type FrontMatter } from '../parse/frontMatter';
import { closest } from '../text/similar';
import type { Finding, Rule, RuleContext } from './types';

export const frontmatterSchema: Rule = {
  id: 'frontmatter-schema',
  description: 'Front matter must match the JSON Schema in effect (built-in or the workspace’s frontMatter.schema).',
  defaultLevel: 'error',
  tags: ['front-matter', 'schema'],
  check(ctx) {
    const fm = ctx.note.frontMatter;
    if (!fm || fm.data === null) return [];
    const errors = dropAnyOfBranches(ctx.schema.validate(fm.data));
    return oneRenamePreferred(withoutRenamedKeys(errors, ctx).map((e) => toFinding(e, fm, ctx)));
  },
};

/**
 * Drops "Missing key `title`" where an unexpected key nearby is a misspelling of it (`titel`):
 * one mistake, one problem, whose rename fix settles both.
 */
function withoutRenamedKeys(errors: ErrorObject[], ctx: RuleContext): ErrorObject[] {
  const renamed = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const path = segments(e.instancePath);
    const guess = closest(String((e.params as { additionalProperty: string }).additionalProperty), propertiesAt(ctx.schema.json, path));
    if (guess) renamed.add(`${e.instancePath}/${guess}`);
  }
  return errors.filter((e) => e.keyword !== 'required' || !renamed.has(`${e.instancePath}/${String((e.params as { missingProperty: string }).missingProperty)}`));
}

/**
 * Two misspellings of one key (`titel`, `tilte`) both offer "Rename to `title`": neither is
 * then preferred, so Fix All does not make a duplicate key; each is still offered.
 */
function oneRenamePreferred(findings: Finding[]): Finding[] {
  const titles = new Map<string, number>();
  for (const f of findings) for (const fix of f.fixes ?? []) if (fix.title.startsWith('Rename to ')) titles.set(fix.title, (titles.get(fix.title) ?? 0) + 1);
  if (![...titles.values()].some((n) => n > 1)) return findings;
  return findings.map((f) => (f.fixes?.some((fix) => (titles.get(fix.title) ?? 0) > 1) ? { ...f, fixes: f.fixes.map((fix) => ((titles.get(fix.title) ?? 0) > 1 ? { ...fix, preferred: false } : fix)) } : f));
}

/** Keeps one error for an `anyOf`/`oneOf` instead of one per failed branch. */
function dropAnyOfBranches(errors: ErrorObject[]): ErrorObject[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  return errors.filter((e) => unions.includes(e) || !unions.some((u) => e.schemaPath.startsWith(u.schemaPath + '/') && e.instancePath === u.instancePath));
}

function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function label(pointer: string): string {
  return pointer === '' ? 'front matter' : segments(pointer).join('.');
}

function sourceOf(ctx: RuleContext, span: Span | null): string {
  if (!span) return '';
  const s = ctx.note.text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

function toFinding(e: ErrorObject, fm: FrontMatter, ctx: RuleContext): Finding {
  const path = segments(e.instancePath);
  const opener: Span = { start: fm.span.start, end: fm.span.start + 3 };
  const valueSpan = pathSpan(fm, path) ?? pathSpan(fm, path, 'key') ?? opener;
  const where = label(e.instancePath);
  const from = ctx.schema.source === 'built-in' ? 'the built-in schema' : ctx.schema.source;
  switch (e.keyword) {
    case 'required': {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      const span = path.length === 0 ? opener : valueSpan;
      // Only a block mapping takes a `key: value` line; `{ "title": "x" }` would be broken by one.
      const contents = fm.doc?.contents ?? null;
      const takesLine = contents === null || (isMap(contents) && !contents.flow);
      const fixes = path.length === 0 && takesLine ? [insertKeyFix(fm, ctx, key)] : undefined;
      return { ...span, message: `Missing key \`${key}\` in ${where}, expected by ${from}.`, ...(fixes ? { fixes } : {}) };
    }
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const span = pathSpan(fm, [...path, key], 'key') ?? valueSpan;
      const allowed = propertiesAt(ctx.schema.json, path);
      const guess = closest(key, allowed);
      const expected = guess ? `, expected \`${guess}\`` : allowed.length > 0 ? `, expected one of ${allowed.map((a) => `\`${a}\``).join(', ')}` : '';
      const fixes: Fix[] | undefined = guess ? [{ title: `Rename to \`${guess}\``, edits: [{ ...span, newText: guess }], preferred: true }] : undefined;
      return { ...span, message: `Unexpected key \`${key}\`${expected}.`, ...(fixes ? { fixes } : {}) };
    }
    case 'enum': {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const got = sourceOf(ctx, valueSpan).replace(/^["']|["']$/g, '');
      const guess = closest(got, allowed);
      const fixes: Fix[] | undefined = guess ? [{ title: `Change to \`${guess}\``, edits: [{ ...valueSpan, newText: guess }], preferred: true }] : undefined;
      return { ...valueSpan, message: `Unexpected \`${got}\` for \`${where}\`, expected one of ${allowed.map((a) => `\`${a}\``).join(', ')}.`, ...(fixes ? { fixes } : {}) };
    }
    case 'type':
      return { ...valueSpan, message: `Unexpected ${describe(ctx, valueSpan)} for \`${where}\`, expected ${String((e.params as { type: unknown }).type).replace(/,/g, ' or ')}.` };
    case 'anyOf':
    case 'oneOf':
      return { ...valueSpan, message: `Unexpected \`${sourceOf(ctx, valueSpan)}\` for \`${where}\`, expected a value matching ${describeUnion(ctx.schema.json, path)}.` };
    default:
      return { ...valueSpan, message: `Unexpected \`${sourceOf(ctx, valueSpan)}\` for \`${where}\`: ${e.message ?? 'invalid'}${e.keyword === 'pattern' || e.keyword === 'format' ? '' : ''}.` };
  }
}

function describe(ctx: RuleContext, span: Span): string {
  const src = sourceOf(ctx, span);
  return src ? `\`${src}\`` : 'an empty value';
}

/** Declared properties of the (sub)schema at a data path, following `properties`/`items`. */
function propertiesAt(schema: Record<string, unknown>, path: string[]): string[] {
  let node: unknown = schema;
  for (const seg of path) {
    const n = node as Record<string, unknown> | undefined;
    if (!n) return [];
    if (/^\d+$/.test(seg) && n.items && typeof n.items === 'object') node = n.items;
    else node = (n.properties as Record<string, unknown> | undefined)?.[seg];
  }
  const props = (node as Record<string, unknown> | undefined)?.properties;
  return props && typeof props === 'object' ? Object.keys(props) : [];
}

function describeUnion(schema: Record<string, unknown>, path: string[]): string {
  let node: unknown = schema;
  for (const seg of path) node = ((node as Record<string, unknown>)?.properties as Record<string, unknown> | undefined)?.[seg];
  const desc = (node as Record<string, unknown> | undefined)?.description;
  return typeof desc === 'string' ? `the schema (${desc.replace(/\.$/, '')})` : 'one of the allowed forms';
}

/** Inserts `key: ` just before the closing `---`, with a value taken from the article where one is obvious. */
export function insertKeyFix(fm: FrontMatter, ctx: RuleContext, key: string): Fix {
  const eol = ctx.note.text.includes('\r\n') ? '\r\n' : '\n';
  const value = key === 'title' ? yamlString(firstHeading(ctx.note.text.slice(fm.span.end)) ?? '') : defaultFor(ctx.schema.json, key);
  return { title: `Add \`${key}\` to the front matter`, edits: [{ start: fm.content.end, end: fm.content.end, newText: `${key}: ${value}${eol}` }], preferred: true };
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
  const clean = line.replace(/^#{1,6}\s+/, '').replace(/<[^<>]*>/g, '').trim();
  return clean.length > 120 ? clean.slice(0, 120) : clean;
}

/** A YAML scalar for any string: JSON quoting is valid YAML and escapes everything. */
export function yamlString(s: string): string {
  return /^[^\s#:'"\-?[\]{},&*!|>%@`][^#:]*$/.test(s) && !/\s$/.test(s) ? s : JSON.stringify(s);
}
