/**
 * What a hover over front matter shows: for a key or a value, what the schema in effect says
 * of it; for a program's name under `programs:`, that program as the workspace knows it.
 * Plain data: the editor words it.
 */
import type { Span } from '../model';
import { parseFrontMatter } from '../parse/frontMatter';
import { placeAt } from './context';
import { describeSchemas, propertiesOf, schemasAt, type JsonSchema, type SchemaInfo } from './schemaNav';

export interface FrontMatterHover {
  /** What is hovered: a key, or a value of the key `key`. */
  part: 'key' | 'value';
  /** The key (for a sequence item, the sequence's key). */
  key: string;
  /** Data path of the key's value. */
  path: (string | number)[];
  /** The hovered text's span. */
  span: Span;
  /** The value as written (for a value). */
  value?: string;
  info: SchemaInfo;
  /** Required by its mapping's schema. */
  required: boolean;
  /** The hovered value names a program (`programs[n].name`, or an item of `programs`). */
  program?: string;
}

/** The hover at `offset`, or null when it is not on a key or value of the front matter. */
export function frontMatterHover(text: string, offset: number, schema: JsonSchema): FrontMatterHover | null {
  const fm = parseFrontMatter(text).frontMatter;
  if (!fm || offset < fm.content.start || offset >= fm.content.end) return null;
  let lineStart = offset;
  while (lineStart > fm.content.start && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let lineEnd = offset;
  while (lineEnd < fm.content.end && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const line = text.slice(lineStart, lineEnd);
  const colon = keyColon(line);
  const col = offset - lineStart;
  let lead = 0;
  while (lead < line.length && (line[lead] === ' ' || line[lead] === '\t' || (line[lead] === '-' && /[ \t]/.test(line[lead + 1] ?? ' ')))) lead++;
  if (colon >= 0 && col >= lead && col <= colon) {
    // On a key: ask for the place as if the cursor ended the key.
    const place = placeAt(text, fm, lineStart + colon);
    if (!place || place.kind !== 'key') return null;
    const key = line
      .slice(lead, colon)
      .trim()
      .replace(/^(["'])(.*)\1$/, '$2');
    const parents = schemasAt(schema, place.container.path);
    const prop = propertiesOf(schema, parents).find((p) => p.name === key);
    const path = [...place.container.path, key];
    return { part: 'key', key, path, span: { start: lineStart + lead, end: lineStart + colon }, info: describeSchemas(schemasAt(schema, path)), required: prop?.required ?? false };
  }
  // On a value: `key: value` after the colon, or a `- item`.
  const valueStart = colon >= 0 ? colon + 1 : lead;
  if (col < valueStart || (lead === 0 && colon < 0)) return null;
  const raw = line.slice(valueStart);
  const comment = raw.search(/(?:^|[ \t])#/);
  const value = (comment >= 0 ? raw.slice(0, comment) : raw).trim();
  if (value === '' || /^[|>[{]/.test(value)) return null;
  const place = placeAt(text, fm, lineStart + line.length - (raw.length - raw.indexOf(value) - value.length));
  if (!place || (place.kind === 'value' && place.flow) || (place.kind === 'key' && place.dashes === 0)) return null;
  const path = place.kind === 'value' ? place.path : place.container.path;
  const keyIndex = path.length - 1 - [...path].reverse().findIndex((s) => typeof s === 'string');
  const key = String(path[keyIndex] ?? '');
  const start = lineStart + valueStart + raw.indexOf(value);
  const unquoted = value.replace(/^(["'])(.*)\1$/, '$2');
  const n = path.length;
  const isProgram = (n >= 3 && path[n - 1] === 'name' && path[n - 3] === 'programs') || (n >= 2 && typeof path[n - 1] === 'number' && path[n - 2] === 'programs');
  const parents = schemasAt(schema, path.slice(0, keyIndex));
  const prop = propertiesOf(schema, parents).find((p) => p.name === key);
  return {
    part: 'value',
    key,
    path,
    span: { start, end: start + value.length },
    value: unquoted,
    info: describeSchemas(schemasAt(schema, path)),
    required: prop?.required ?? false,
    ...(isProgram ? { program: unquoted } : {}),
  };
}

/** Column of the colon ending a line's key (after dashes), or -1. */
function keyColon(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t' || (line[i] === '-' && /[ \t]/.test(line[i + 1] ?? ' ')))) i++;
  const q = line[i];
  if (q === '"' || q === "'") {
    const close = line.indexOf(q, i + 1);
    if (close < 0) return -1;
    const c = line.indexOf(':', close);
    return c >= 0 && line.slice(close + 1, c).trim() === '' ? c : -1;
  }
  for (let k = i; k < line.length; k++) {
    if (line[k] === '#' && (line[k - 1] === ' ' || line[k - 1] === '\t')) return -1;
    if (line[k] === ':' && (k + 1 === line.length || line[k + 1] === ' ' || line[k + 1] === '\t')) return k;
  }
  return -1;
}
