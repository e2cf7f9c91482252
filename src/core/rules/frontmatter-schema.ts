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
import { pointerSegments } from '../text/pointer';
import { closest } from '../text/similar';
import { insertKeyFix } from './helpers';
import type { Finding, Rule, RuleContext } from './types';
import { t } from '../l10n';
import { ajvMessage, typeNames } from '../ajvMessages';

export const frontmatterSchema: Rule = {
  id: 'frontmatter-schema',
  description: 'Front matter must match the JSON Schema in effect (built-in or the workspace’s frontMatter.schema).',
  defaultLevel: 'error',
  tags: ['front-matter', 'schema'],
  check(ctx) {
    const fm = ctx.note.frontMatter;
    if (!fm || fm.data === null) return [];
    const errors = dropAnyOfBranches(ctx.schema.validate(fm.data));
    const renames = renamesOf(errors, ctx);
    // "Missing key `title`" is dropped where an unexpected key is a misspelling of it
    // (`titel`): one mistake, one problem, whose rename fix settles both.
    return errors
      .filter((e) => e.keyword !== 'required' || !renames.count.has(renameKey(e.instancePath, String((e.params as { missingProperty: string }).missingProperty))))
      .map((e) => toFinding(e, fm, ctx, renames));
  },
};

/**
 * The key each unexpected key is a misspelling of (an edit distance against every allowed
 * key: worked out once per error, a block can hold thousands), and how many unexpected keys
 * of a mapping would be renamed to each: two (`titel`, `tilte`) make neither rename preferred,
 * so Fix All does not create a duplicate key.
 */
interface Renames {
  guess: Map<ErrorObject, string>;
  count: Map<string, number>;
}

function renameKey(instancePath: string, key: string): string {
  return `${instancePath}\0${key}`;
}

function renamesOf(errors: readonly ErrorObject[], ctx: RuleContext): Renames {
  const renames: Renames = { guess: new Map(), count: new Map() };
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const guess = closest(String((e.params as { additionalProperty: string }).additionalProperty), propertiesAt(ctx.schema.json, pointerSegments(e.instancePath)));
    if (!guess) continue;
    renames.guess.set(e, guess);
    const k = renameKey(e.instancePath, guess);
    renames.count.set(k, (renames.count.get(k) ?? 0) + 1);
  }
  return renames;
}

/** Keeps one error for an `anyOf`/`oneOf` instead of one per failed branch. */
function dropAnyOfBranches(errors: ErrorObject[]): ErrorObject[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  return errors.filter((e) => unions.includes(e) || !unions.some((u) => e.schemaPath.startsWith(u.schemaPath + '/') && e.instancePath === u.instancePath));
}

function label(pointer: string): string {
  return pointer === '' ? t('front matter') : `\`${pointerSegments(pointer).join('.')}\``;
}

function sourceOf(ctx: RuleContext, span: Span | null): string {
  if (!span) return '';
  const s = ctx.note.text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

function toFinding(e: ErrorObject, fm: FrontMatter, ctx: RuleContext, renames: Renames): Finding {
  const path = pointerSegments(e.instancePath);
  const opener: Span = { start: fm.span.start, end: fm.span.start + 3 };
  const valueSpan = pathSpan(fm, path) ?? pathSpan(fm, path, 'key') ?? opener;
  const where = label(e.instancePath);
  const from = ctx.schema.source === 'built-in' ? t('the built-in schema') : ctx.schema.source;
  switch (e.keyword) {
    case 'required': {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      const span = path.length === 0 ? opener : valueSpan;
      // Only a block mapping takes a `key: value` line; `{ "title": "x" }` would be broken by one.
      const contents = fm.doc?.contents ?? null;
      const takesLine = contents === null || (isMap(contents) && !contents.flow);
      const fixes = path.length === 0 && takesLine ? [insertKeyFix(fm, ctx, key)] : undefined;
      return { ...span, message: t('Missing key `{0}` in {1}, expected by {2}.', key, where, from), ...(fixes ? { fixes } : {}) };
    }
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const span = pathSpan(fm, [...path, key], 'key') ?? valueSpan;
      const guess = renames.guess.get(e);
      const allowed = guess ? [] : propertiesAt(ctx.schema.json, path);
      const listed = allowed.map((a) => `\`${a}\``).join(', ');
      const preferred = guess !== undefined && renames.count.get(renameKey(e.instancePath, guess)) === 1;
      const fixes: Fix[] | undefined = guess ? [{ title: t('Rename to `{0}`', guess), edits: [{ ...span, newText: guess }], preferred }] : undefined;
      return {
        ...span,
        message: guess ? t('Unexpected key `{0}`, expected `{1}`.', key, guess) : listed ? t('Unexpected key `{0}`, expected one of {1}.', key, listed) : t('Unexpected key `{0}`.', key),
        ...(fixes ? { fixes } : {}),
      };
    }
    case 'enum': {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const got = sourceOf(ctx, valueSpan).replace(/^["']|["']$/g, '');
      const guess = closest(got, allowed);
      const fixes: Fix[] | undefined = guess ? [{ title: t('Change to `{0}`', guess), edits: [{ ...valueSpan, newText: guess }], preferred: true }] : undefined;
      return { ...valueSpan, message: t('Unexpected `{0}` for {1}, expected one of {2}.', got, where, allowed.map((a) => `\`${a}\``).join(', ')), ...(fixes ? { fixes } : {}) };
    }
    case 'type':
      return { ...valueSpan, message: t('Unexpected {0} for {1}, expected {2}.', describe(ctx, valueSpan), where, typeNames(String((e.params as { type: unknown }).type))) };
    case 'anyOf':
    case 'oneOf':
      return { ...valueSpan, message: t('Unexpected `{0}` for {1}, expected a value matching {2}.', sourceOf(ctx, valueSpan), where, describeUnion(ctx.schema.json, path)) };
    default:
      return { ...valueSpan, message: t('Unexpected `{0}` for {1}: {2}.', sourceOf(ctx, valueSpan), where, ajvMessage(e) ?? t('invalid')) };
  }
}

function describe(ctx: RuleContext, span: Span): string {
  const src = sourceOf(ctx, span);
  return src ? `\`${src}\`` : t('an empty value');
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
  return typeof desc === 'string' ? t('the schema ({0})', desc.replace(/\.$/, '')) : t('one of the allowed forms');
}
