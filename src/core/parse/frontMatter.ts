/**
 * Front matter: a strict splitter, then the `yaml` package for a document with source
 * ranges. Article text is data: no front-matter language but YAML is ever parsed, custom
 * tags are not instantiated, aliases are bounded and the block is size-capped before
 * parsing (docs/design.md "Known hazards"; docs/design.md, cases H1–H20).
 *
 * The splitter is the documented contract: a note has front matter when its first line is
 * `---` (trailing blanks allowed) and a later line is `---` (trailing blanks allowed).
 * `----`, `---foo`, `--- # c` and `...` do not close. gray-matter is not used: it evaluates
 * `---js` blocks, caches by content and gives no positions, and once delimiters are checked
 * strictly the `yaml` package does all of its remaining work.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { Issue, Span } from '../model';
import { LineIndex } from '../text/lines';
import { t } from '../l10n';

/** Largest front-matter block that is parsed (docs/design.md, case H7). */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/** Most aliases a document may resolve (billion laughs, case 5). */
export const MAX_ALIAS_COUNT = 50;
/** Deepest flow/block nesting accepted before parsing (case 6). */
export const MAX_NESTING = 200;

/** A parsed front-matter block. Spans are offsets into the note's text. */
export interface FrontMatter {
  /** The whole block, opening delimiter through the closing delimiter line. */
  span: Span;
  /** The YAML source between the delimiter lines. */
  content: Span;
  /** The YAML document (node ranges are relative to `content.start`), or null when not parsed. */
  doc: Document | null;
  /** The data as plain JSON-like values, or null when the block is invalid. */
  data: Record<string, unknown> | null;
}

/** What the splitter and parser found. */
export interface FrontMatterResult {
  frontMatter: FrontMatter | null;
  /** Offset where the Markdown body starts. */
  bodyStart: number;
  /** Problems found while splitting and parsing (rule ids of the parse rules). */
  issues: Issue[];
  /** A block in a format that is recognized but not parsed (`---js`, `+++`): masked from the body. */
  foreign: Span | null;
}

const OPEN_YAML = /^---[ \t]*$/;
const OPEN_LANG = /^---[ \t]*([A-Z_$][\w$.-]*)[ \t]*$/i;
const CLOSE_YAML = /^---[ \t]*$/;

interface Line {
  start: number;
  end: number;
  /** Offset after the line break. */
  next: number;
}

function readLine(text: string, start: number): Line {
  const lf = text.indexOf('\n', start);
  const cr = text.indexOf('\r', start);
  let end = lf < 0 ? (cr < 0 ? text.length : cr) : cr < 0 ? lf : Math.min(lf, cr);
  if (end < start) end = text.length;
  let next = end;
  if (text.charCodeAt(next) === 13) {
    next++;
    if (text.charCodeAt(next) === 10) next++;
  } else if (text.charCodeAt(next) === 10) next++;
  return { start, end, next };
}

/** Longest line that can still be a delimiter (three characters plus trailing blanks). */
const MAX_DELIMITER_LINE = 64;

/** Finds the first line at or after `from` that matches `closer`; null when none does. */
function findCloser(text: string, from: number, closer: RegExp): Line | null {
  let pos = from;
  while (pos < text.length) {
    const line = readLine(text, pos);
    if (line.end - line.start <= MAX_DELIMITER_LINE && closer.test(text.slice(line.start, line.end))) return line;
    if (line.next === pos) break;
    pos = line.next;
  }
  return null;
}

function issue(rule: string, severity: Issue['severity'], start: number, end: number, message: string): Issue {
  return { rule, severity, start, end, message };
}

/** Splits and parses the front matter of a note's text (BOM already removed). */
export function parseFrontMatter(text: string): FrontMatterResult {
  const none: FrontMatterResult = { frontMatter: null, bodyStart: 0, issues: [], foreign: null };
  if (!text.startsWith('---') && !text.startsWith('+++') && !text.startsWith(';;;') && !text.startsWith('{')) return none;
  const first = readLine(text, 0);
  const opener = text.slice(0, first.end);
  if (text.startsWith('{')) return /^\{[ \t]*$/.test(opener) ? foreignFormat(text, first, '{') : none;

  if (opener.startsWith('+++') || opener.startsWith(';;;')) return foreignFormat(text, first, opener.slice(0, 3));
  const lang = OPEN_LANG.exec(opener);
  if (lang && lang[1]!.toLowerCase() !== 'yaml' && lang[1]!.toLowerCase() !== 'yml') {
    return foreignLanguage(text, first, opener.indexOf(lang[1]!), lang[1]!);
  }
  if (!OPEN_YAML.test(opener) && !lang) return none; // `----`, `--- # x`: a thematic break, not front matter

  const closer = findCloser(text, first.next, CLOSE_YAML);
  if (!closer) {
    // `---` then a blank line (or nothing) is a thematic break; anything else is a block left open.
    const second = readLine(text, first.next);
    if (first.next >= text.length || second.start === second.end) return none;
    return {
      frontMatter: null,
      bodyStart: first.next,
      foreign: null,
      issues: [issue('frontmatter-unclosed', 'error', 0, first.end, t('Unclosed front matter: expected a closing `---` line; the rest of the file was read as the article body.'))],
    };
  }
  const content: Span = { start: first.next, end: closer.start };
  const span: Span = { start: 0, end: closer.next };
  const parsed = parseYaml(text, content, first.end);
  return { frontMatter: { span, content, doc: parsed.doc, data: parsed.data }, bodyStart: closer.next, issues: parsed.issues, foreign: null };
}

function foreignLanguage(text: string, first: Line, at: number, language: string): FrontMatterResult {
  const closer = findCloser(text, first.next, CLOSE_YAML);
  const end = closer ? closer.next : first.next;
  return {
    frontMatter: null,
    bodyStart: end,
    foreign: { start: 0, end },
    issues: [issue('frontmatter-language', 'error', at, at + language.length, t('Unexpected front-matter language `{0}`, expected YAML: the block is not read (and never executed).', language))],
  };
}

/** Front-matter formats other than YAML, by opening line: their closing line and name. */
const FOREIGN_FORMATS: Readonly<Record<string, { closer: RegExp; name: string; shown: string }>> = {
  '+++': { closer: /^\+\+\+[ \t]*$/, name: 'TOML', shown: '+++' },
  ';;;': { closer: /^;;;[ \t]*$/, name: 'JSON', shown: ';;;' },
  // Hugo's JSON front matter: an object from a `{` line to a `}` line.
  '{': { closer: /^\}[ \t]*$/, name: 'JSON', shown: '{ … }' },
};

function foreignFormat(text: string, first: Line, delimiter: string): FrontMatterResult {
  const format = FOREIGN_FORMATS[delimiter]!;
  const closer = findCloser(text, first.next, format.closer);
  if (!closer) return { frontMatter: null, bodyStart: 0, issues: [], foreign: null };
  const { name, shown } = format;
  return {
    frontMatter: null,
    bodyStart: closer.next,
    foreign: { start: 0, end: closer.next },
    issues: [issue('frontmatter-format', 'info', 0, first.end, t('{0} front matter (`{1}`) is not checked: only YAML front matter (`---`) is supported.', name, shown))],
  };
}

/** Deepest bracket or indentation nesting, counted in one linear pass without parsing. */
function nestingDepth(src: string): number {
  let depth = 0;
  let max = 0;
  let indentMax = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
    if (c === 10 || c === 13) {
      lineStart = true;
      indent = 0;
    } else if (lineStart && (c === 32 || c === 45)) indent++;
    else if (lineStart) {
      lineStart = false;
      indentMax = Math.max(indentMax, indent);
    }
  }
  return Math.max(max, indentMax / 2);
}

function parseYaml(text: string, content: Span, openerEnd: number): { doc: Document | null; data: Record<string, unknown> | null; issues: Issue[] } {
  // `yaml` does not break lines at a lone CR (old Mac files); turning it into LF keeps every offset.
  const src = text.slice(content.start, content.end).replace(/\r(?!\n)/g, '\n');
  const at = (r: [number, number] | undefined, fallbackEnd = openerEnd): [number, number] => (r ? [content.start + r[0], Math.max(content.start + r[1], content.start + r[0] + 1)] : [0, fallbackEnd]);
  if (src.length > MAX_FRONT_MATTER_CHARS) {
    const msg = t('Front matter too large ({0} characters), expected at most {1}: it was not parsed.', src.length, MAX_FRONT_MATTER_CHARS);
    return { doc: null, data: null, issues: [issue('frontmatter-too-large', 'error', 0, openerEnd, msg)] };
  }
  if (nestingDepth(src) > MAX_NESTING) {
    const msg = t('Front matter nested too deeply (over {0} levels): it was not parsed.', MAX_NESTING);
    return { doc: null, data: null, issues: [issue('frontmatter-depth', 'error', 0, openerEnd, msg)] };
  }
  let doc: Document;
  try {
    // Repeated keys are found below in one pass: yaml's `uniqueKeys` compares each key with every
    // key before it, which takes seconds for the thousands of keys a 64 KB block can hold.
    doc = parseDocument(src, { version: '1.2', schema: 'core', uniqueKeys: false, prettyErrors: false, logLevel: 'silent', strict: true });
  } catch (e) {
    const rule = e instanceof RangeError ? 'frontmatter-depth' : 'yaml-syntax';
    return { doc: null, data: null, issues: [issue(rule, 'error', 0, openerEnd, t('Front matter could not be parsed: {0}', String((e as Error).message)))] };
  }
  const issues: Issue[] = [];
  for (const err of doc.errors) {
    const [s, e] = at(err.pos);
    issues.push(issue('yaml-syntax', 'error', s, e, yamlMessage(err.message)));
  }
  const repeated: Repeat[] = [];
  repeatedKeys(doc.contents, repeated);
  let lines: LineIndex | undefined; // only for a block with a repeated key
  for (const r of repeated) {
    const [s, e] = at(r.range);
    const line = (lines ??= new LineIndex(text)).positionAt(content.start + r.first).line + 1;
    issues.push(issue('duplicate-key', 'error', s, e, t('Unexpected duplicate key `{0}`, expected each key once: it is already set on line {1}.', r.key, line)));
  }
  for (const warn of doc.warnings) {
    const [s, e] = at(warn.pos);
    if (warn.code === 'TAG_RESOLVE_FAILED') {
      issues.push(issue('frontmatter-tag', 'warning', s, e, t('Unexpected YAML tag, expected plain data: {0}. The value is read as text.', firstLine(warn.message))));
    } else issues.push(issue('yaml-syntax', 'warning', s, e, yamlMessage(warn.message)));
  }
  if (doc.errors.length > 0 || repeated.length > 0) return { doc, data: null, issues };
  const contents = doc.contents;
  // An empty block has no contents; `null` or `~` written out is a scalar, not a mapping (case 19).
  if (contents !== null && !isMap(contents)) {
    const [s, e] = at(contents.range ? [contents.range[0], contents.range[1]] : undefined);
    issues.push(issue('frontmatter-not-mapping', 'error', s, e, t('Unexpected front matter that is not a mapping, expected `key: value` lines.')));
    return { doc, data: null, issues };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const rule = e instanceof ReferenceError || /alias/i.test(String(e)) ? 'frontmatter-aliases' : 'yaml-syntax';
    const msg =
      rule === 'frontmatter-aliases'
        ? t('Too many YAML aliases (over {0} resolved): the front matter was not expanded.', MAX_ALIAS_COUNT)
        : t('Front matter could not be read: {0}', String((e as Error).message));
    issues.push(issue(rule, 'error', 0, openerEnd, msg));
    return { doc, data: null, issues };
  }
  return { doc, data: toPlainRecord(data), issues };
}

/** A key that repeats an earlier key of its mapping: its range, and where the first one starts (front-matter offsets). */
interface Repeat {
  key: string;
  range: [number, number];
  first: number;
}

/**
 * The keys that repeat an earlier key of the same mapping, at any depth, keys included
 * (`? {a: 1, a: 2}`). Scalar keys are compared by type and text of their value: `1` and
 * `"1"` differ, `~` and `null` do not, `.nan` twice repeats (yaml's own check never finds a
 * NaN equal); collection keys are not compared.
 */
function repeatedKeys(node: unknown, out: Repeat[]): void {
  if (isMap(node)) {
    const seen = new Map<string, number>();
    for (const pair of node.items) {
      const k = pair.key as YamlNode | null;
      if (isScalar(k) && k.range) {
        const id = `${typeof k.value}:${String(k.value)}`;
        const first = seen.get(id);
        if (first === undefined) seen.set(id, k.range[0]);
        else out.push({ key: String(k.value), range: [k.range[0], k.range[1]], first });
      } else repeatedKeys(k, out);
      repeatedKeys(pair.value, out);
    }
  } else if (isSeq(node)) for (const item of node.items) repeatedKeys(item, out);
}

/** Copies data into plain objects so `__proto__` keys stay ordinary keys (no prototype pollution). */
function toPlainRecord(value: unknown): Record<string, unknown> {
  const out = plain(value);
  return out !== null && typeof out === 'object' && !Array.isArray(out) ? (out as Record<string, unknown>) : {};
}

function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof Map) {
    const o: Record<string, unknown> = {};
    for (const [k, v] of value) Object.defineProperty(o, String(k), { value: plain(v), enumerable: true, writable: true, configurable: true });
    return o;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      Object.defineProperty(o, k, { value: plain((value as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
    }
    return o;
  }
  return value;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function yamlMessage(message: string): string {
  return t('Invalid YAML: {0}', firstLine(message));
}

/** The key and value spans (note offsets) of a top-level front-matter key, if present. */
export function keySpans(fm: FrontMatter, key: string): { key: Span; value: Span | null; pair: Pair } | null {
  const contents = fm.doc?.contents;
  if (!contents || !isMap(contents)) return null;
  for (const pair of contents.items) {
    const k = pair.key as YamlNode | null;
    if (isScalar(k) && String(k.value) === key && k.range) {
      const v = pair.value as YamlNode | null;
      const base = fm.content.start;
      return { key: { start: base + k.range[0], end: base + k.range[1] }, value: v?.range ? { start: base + v.range[0], end: base + v.range[1] } : null, pair };
    }
  }
  return null;
}

const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

/**
 * A mapping's pairs by key text (the first of a repeated key), built once per mapping: the
 * schema rule asks for a path per finding, and a block of thousands of unexpected keys
 * would otherwise search the mapping once per key.
 */
function pairsByKey(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    pairIndex.set(map, index);
  }
  return index;
}

/** The span (note offsets) of the node at a JSON-pointer-like path such as `/programs/0/name`. */
export function pathSpan(fm: FrontMatter, path: readonly (string | number)[], part: 'key' | 'value' = 'value'): Span | null {
  let node: unknown = fm.doc?.contents;
  let keyNode: YamlNode | null = null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = pairsByKey(node).get(String(seg));
      if (!pair) return null;
      keyNode = pair.key as YamlNode;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(seg)];
      keyNode = null;
    } else return null;
  }
  const target = (part === 'key' && keyNode ? keyNode : node) as YamlNode | null;
  if (!target?.range) return null;
  return { start: fm.content.start + target.range[0], end: fm.content.start + target.range[1] };
}
