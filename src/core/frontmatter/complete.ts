/**
 * Completion in YAML front matter from the schema in effect and the workspace's programs and
 * agencies: keys the mapping lacks (required ones first), `enum`/`const` values, booleans,
 * today's date for `format: date`, sequence items, program entries under `programs:` and
 * agency names where a key or its schema speaks of an agency. Every inserted text is valid
 * YAML at the indentation it lands on; inside a flow mapping nothing is offered.
 *
 * Plain data in, plain data out: the editor turns items into its own completion items and
 * words their details (so they can be localized there).
 */
import { stringify } from 'yaml';
import type { Span } from '../model';
import { parseFrontMatter } from '../parse/frontMatter';
import { placeAt, type YamlPlace } from './context';
import { describeSchemas, propertiesOf, schemasAt, type DataPath, type JsonSchema, type SchemaInfo } from './schemaNav';

/** A program the workspace index knows. */
export interface ProgramChoice {
  name: string;
  /** Its most named agency, if any. */
  agency: string | null;
  /** How many articles mention it. */
  articles: number;
}

export interface CompletionInput {
  /** The note's text. */
  text: string;
  offset: number;
  schema: JsonSchema;
  programs?: readonly ProgramChoice[];
  /** Agency names, most used first. */
  agencies?: readonly string[];
  /** "Now", for today's date (local time). */
  now: Date;
}

export type CompletionKind = 'key' | 'value' | 'boolean' | 'date' | 'example' | 'program' | 'agency' | 'item';

export interface FrontMatterCompletion {
  label: string;
  kind: CompletionKind;
  /** Text that replaces `replace`; may span lines (already indented: insert it as is). */
  insertText: string;
  replace: Span;
  sortText: string;
  /** What the editor filters on (the inserted text, quotes included). */
  filterText: string;
  /** For keys: required by the schema. */
  required?: boolean;
  /** For keys and values: what the schema says of the key or value. */
  info?: SchemaInfo;
  /** For programs: the agency, and how many articles mention it. */
  agency?: string | null;
  articles?: number;
  /** Open completion again after inserting (the key's value has choices). */
  retrigger?: boolean;
}

/** Completions at `offset`, or [] when it is not in front matter or nothing fits. */
export function frontMatterCompletions(input: CompletionInput): FrontMatterCompletion[] {
  const parsed = parseFrontMatter(input.text);
  const fm =
    parsed.frontMatter ??
    openBlock(
      input.text,
      input.offset,
      parsed.issues.some((i) => i.rule === 'frontmatter-unclosed'),
    );
  if (!fm) return [];
  const place = placeAt(input.text, fm, input.offset);
  if (!place) return [];
  const eol = input.text.includes('\r\n') ? '\r\n' : '\n';
  const declared = declaredPrograms(parsed.frontMatter?.data ?? null);
  const env: Env = { ...input, eol, declared, fmText: input.text.slice(fm.content.start, fm.content.end) };
  return place.kind === 'key' ? keyCompletions(env, place) : valueCompletions(env, place.path, place);
}

/** Lines of an unclosed block (a new article, its closing `---` not typed yet) that completion reads. */
const MAX_OPEN_LINES = 100;

/**
 * An article still being started has no closing `---`: its block is read up to the end of
 * the cursor's line, within its first lines.
 */
function openBlock(text: string, offset: number, unclosed: boolean): { content: Span } | null {
  if (!unclosed) return null;
  const start = text.search(/\r\n|\r|\n/) + 1;
  if (start <= 0 || offset < start) return null;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  let lines = 0;
  for (let i = start; i < end; i++) if (text[i] === '\n' && ++lines > MAX_OPEN_LINES) return null;
  return { content: { start, end } };
}

interface Env extends CompletionInput {
  eol: string;
  declared: Set<string>;
  fmText: string;
}

type KeyPlace = Extract<YamlPlace, { kind: 'key' }>;
type ValuePlace = Extract<YamlPlace, { kind: 'value' }>;

function keyCompletions(env: Env, place: KeyPlace): FrontMatterCompletion[] {
  const schemas = schemasAt(env.schema, place.container.path);
  const props = propertiesOf(env.schema, schemas);
  const info = describeSchemas(schemas);
  // `- x` in a sequence of scalars, or a line under `key:` whose value is a sequence.
  if (props.length === 0) {
    if (place.dashes > 0) {
      const itemPlace: ValuePlace = { kind: 'value', path: place.container.path, col: place.col, prefix: place.prefix, replace: place.replace, flow: false, needsSpace: false };
      return valueCompletions(env, place.container.path, itemPlace);
    }
    if (info.types.includes('array')) return itemCompletions(env, place);
    return [];
  }
  const out: FrontMatterCompletion[] = [];
  // Under `programs:`, a new item: the programs the workspace knows, with their agency.
  if (place.dashes > 0 && place.container.siblings.length === 0 && isProgramsPath(place.container.path.slice(0, -1))) {
    out.push(...programEntries(env, place, ''));
  }
  const present = new Set(place.container.siblings);
  const rest = readRestOfLine(env, place);
  props.forEach((p, i) => {
    if (present.has(p.name)) return;
    const pinfo = describeSchemas(p.schemas);
    const key = yamlKey(p.name);
    const childIndent = ' '.repeat(place.col + 2);
    let insertText: string;
    let retrigger = false;
    if (rest.hasColon) insertText = key;
    else if (pinfo.types.length > 0 && pinfo.types.every((t) => t === 'array')) {
      insertText = `${key}:${env.eol}${childIndent}- `;
      retrigger = hasValueChoices(env, [...place.container.path, p.name, 0]);
    } else if (pinfo.types.length > 0 && pinfo.types.every((t) => t === 'object')) {
      insertText = `${key}:${env.eol}${childIndent}`;
      retrigger = true;
    } else {
      insertText = `${key}: `;
      retrigger = hasValueChoices(env, [...place.container.path, p.name]);
    }
    out.push({
      label: p.name,
      kind: 'key',
      insertText,
      replace: place.replace,
      sortText: `${p.required ? '0' : '1'}${String(i).padStart(4, '0')}`,
      filterText: p.name,
      required: p.required,
      info: pinfo,
      retrigger,
    });
  });
  return out;
}

/** A line under a sequence-valued key without its dash yet: items with `- ` in front. */
function itemCompletions(env: Env, place: KeyPlace): FrontMatterCompletion[] {
  const path = place.container.path;
  if (isProgramsPath(path)) return programEntries(env, place, '- ');
  const itemPlace: ValuePlace = { kind: 'value', path: [...path, 0], col: place.col, prefix: place.prefix, replace: place.replace, flow: false, needsSpace: false };
  return valueCompletions(env, [...path, 0], itemPlace).map((c) => ({ ...c, insertText: `- ${c.insertText}`, filterText: `- ${c.filterText}` }));
}

/** `name: X` (and `agency: Y`) for each indexed program not declared in this article yet. */
function programEntries(env: Env, place: KeyPlace, dash: string): FrontMatterCompletion[] {
  const col = place.col + dash.length;
  return (env.programs ?? [])
    .filter((p) => !env.declared.has(p.name))
    .map((p, i) => {
      const agency = p.agency ? `${env.eol}${' '.repeat(col)}agency: ${yamlScalar(p.agency, false)}` : '';
      const insertText = `${dash}name: ${yamlScalar(p.name, false)}${agency}`;
      return {
        label: p.name,
        kind: 'program' as const,
        insertText,
        replace: place.replace,
        sortText: `2${String(i).padStart(6, '0')}`,
        filterText: `${dash}${p.name}`,
        agency: p.agency,
        articles: p.articles,
      };
    });
}

function valueCompletions(env: Env, path: DataPath, place: ValuePlace): FrontMatterCompletion[] {
  const schemas = schemasAt(env.schema, path);
  const info = describeSchemas(schemas);
  const out: FrontMatterCompletion[] = [];
  const seen = new Set<string>();
  const lead = place.needsSpace ? ' ' : '';
  const add = (label: string, kind: CompletionKind, value: unknown, sort: string, extra: Partial<FrontMatterCompletion> = {}): void => {
    const text = yamlScalar(value, place.flow);
    if (seen.has(text)) return;
    seen.add(text);
    out.push({ label, kind, insertText: `${lead}${text}`, replace: place.replace, sortText: sort, filterText: `${lead}${text}`, info, ...extra });
  };
  info.values.forEach((v, i) => add(typeof v === 'string' ? v : JSON.stringify(v), 'value', v, `0${String(i).padStart(4, '0')}`));
  if (info.values.length === 0 && info.types.includes('boolean')) {
    add('true', 'boolean', true, '01');
    add('false', 'boolean', false, '02');
  }
  const date = todayFor(info.formats, env);
  if (date) add(date, 'date', date, '03');
  if (info.hasDefault) add(typeof info.default === 'string' ? info.default : JSON.stringify(info.default), 'example', info.default, '04');
  info.examples.forEach((v, i) => add(typeof v === 'string' ? v : JSON.stringify(v), 'example', v, `05${String(i).padStart(4, '0')}`));
  const last = lastKey(path);
  if (last !== undefined && isProgramNamePath(path)) {
    (env.programs ?? []).forEach((p, i) => add(p.name, 'program', p.name, `1${String(i).padStart(6, '0')}`, { agency: p.agency, articles: p.articles }));
  } else if (last !== undefined && namesAgency(last, info)) {
    (env.agencies ?? []).forEach((a, i) => add(a, 'agency', a, `1${String(i).padStart(6, '0')}`));
  }
  return out;
}

/** Whether a value at `path` has anything to offer (so accepting its key reopens completion). */
function hasValueChoices(env: Env, path: DataPath): boolean {
  const info = describeSchemas(schemasAt(env.schema, path));
  if (info.values.length > 0 || info.types.includes('boolean') || todayFor(info.formats, env)) return true;
  const last = lastKey(path);
  if (last !== undefined && isProgramNamePath(path)) return (env.programs?.length ?? 0) > 0;
  return last !== undefined && namesAgency(last, info) && (env.agencies?.length ?? 0) > 0;
}

function lastKey(path: DataPath): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

/** `programs` (top level or nested). */
function isProgramsPath(path: DataPath): boolean {
  return path.length > 0 && path[path.length - 1] === 'programs';
}

/** `programs[n].name`, or a scalar item of `programs`. */
function isProgramNamePath(path: DataPath): boolean {
  const n = path.length;
  return (n >= 3 && path[n - 1] === 'name' && typeof path[n - 2] === 'number' && path[n - 3] === 'programs') || (n >= 2 && typeof path[n - 1] === 'number' && path[n - 2] === 'programs');
}

/** A key named for an agency (`agency`, `agencies`, `ministry`, `기관`, `부처`), or a schema that says it is one. */
function namesAgency(key: string, info: SchemaInfo): boolean {
  if (/agenc|ministr|기관|부처/i.test(key)) return true;
  return /\bagency\b|\bagencies\b|기관|부처/i.test(`${info.title ?? ''} ${info.description ?? ''}`);
}

/**
 * Today's date for a `format: date` or `date-time` value, written as the article writes its
 * dates: `2025-06-12 09:30:00 +0900` when another value of its front matter has that Jekyll
 * form, ISO 8601 for `date-time` only, else `YYYY-MM-DD`.
 */
function todayFor(formats: readonly string[], env: Env): string | undefined {
  if (!formats.includes('date') && !formats.includes('date-time')) return undefined;
  const d = env.now;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const offsetMin = -d.getTimezoneOffset();
  const sign = offsetMin >= 0 ? '+' : '-';
  const oh = pad(Math.floor(Math.abs(offsetMin) / 60));
  const om = pad(Math.abs(offsetMin) % 60);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  if (/:[ \t]?['"]?\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})? [+-]\d{4}/.test(env.fmText)) return `${day} ${time} ${sign}${oh}${om}`;
  if (!formats.includes('date')) return `${day}T${time}${sign}${oh}:${om}`;
  return day;
}

/** What follows the key being typed on its line: a colon already there means insert the name only. */
function readRestOfLine(env: Env, place: KeyPlace): { hasColon: boolean } {
  let e = place.replace.end;
  while (e < env.text.length && (env.text[e] === ' ' || env.text[e] === '\t')) e++;
  return { hasColon: env.text[e] === ':' };
}

function declaredPrograms(data: Record<string, unknown> | null): Set<string> {
  const out = new Set<string>();
  const list = data?.programs;
  if (Array.isArray(list)) for (const p of list) if (p && typeof p === 'object' && typeof (p as { name?: unknown }).name === 'string') out.add((p as { name: string }).name);
  return out;
}

/**
 * A value as YAML text on one line: plain when that reads back as the same string, quoted
 * otherwise (`yes`, `123`, `a: b`, leading `-`); inside a flow sequence also quoted when it
 * holds `,[]{}`.
 */
export function yamlScalar(value: unknown, flow: boolean): string {
  if (typeof value === 'string') {
    // Most names (`K-수출스타`, `산업통상자원부`) read back as themselves: no need to ask `yaml`,
    // which costs a document per call and completion may list thousands of programs.
    if (PLAIN_SAFE.test(value) && !RESERVED.test(value) && !/\s$/.test(value)) return value;
    let s = stringify(value, { lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
    if (s.includes('\n')) s = JSON.stringify(value);
    if (flow && /[,[\]{}]/.test(s) && !/^["']/.test(s)) s = JSON.stringify(value);
    return s;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  // Objects and arrays as flow JSON: valid YAML on one line.
  return JSON.stringify(value) ?? 'null';
}

/**
 * A plain scalar that YAML 1.2 reads as this same string in block and flow context: no
 * indicator first, no digit, sign or dot first (numbers, `.inf`), no `:`, `#`, `,`,
 * brackets, braces or line breaks anywhere.
 */
const PLAIN_SAFE = /^[^\s\-?:,[\]{}#&*!|>'"%@`0-9.+~][^:#,[\]{}\n\r\t]*$/;
const RESERVED = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/** A mapping key as YAML text. */
export function yamlKey(key: string): string {
  return yamlScalar(key, false);
}
