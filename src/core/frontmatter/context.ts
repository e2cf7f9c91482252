/**
 * Where a position in YAML front matter is, read from its lines rather than from a parse:
 * while an author types, the block is rarely valid YAML (`tit` on a line of its own is an
 * error), yet its indentation still says which mapping or sequence the cursor is in.
 *
 * Each line is read as a run of block nodes: sequence dashes (`- `) and at most one key
 * (`key:`), at their columns. Walking up from the cursor's line, a line whose node sits at
 * the same column is a sibling, a key at a smaller column with no value on its line is the
 * parent, and anything else (a block scalar, a multi-line plain scalar, a flow collection)
 * makes the place unknown: callers then offer nothing rather than something wrong.
 */
import type { Span } from '../model';
import type { DataPath } from './schemaNav';

/** A block node on a line: a sequence dash or a key. */
interface LineNode {
  type: 'dash' | 'key';
  col: number;
  /** For a key: its text (unquoted), the span of its text in the line, and the value after the colon. */
  key?: string;
  keyEnd?: number;
  value?: string;
  valueCol?: number;
}

interface ParsedLine {
  /** Offset of the line's first character in the note. */
  start: number;
  text: string;
  /** Column of the first non-blank character; -1 for a blank or comment-only line. */
  indent: number;
  nodes: LineNode[];
}

/** Reads the block nodes of one line (without its line break). */
export function readLineNodes(text: string): { indent: number; nodes: LineNode[] } {
  let col = 0;
  while (col < text.length && (text[col] === ' ' || text[col] === '\t')) col++;
  if (col >= text.length || text[col] === '#') return { indent: -1, nodes: [] };
  const indent = col;
  const nodes: LineNode[] = [];
  while (text[col] === '-' && (col + 1 === text.length || text[col + 1] === ' ' || text[col + 1] === '\t')) {
    nodes.push({ type: 'dash', col });
    col++;
    while (col < text.length && (text[col] === ' ' || text[col] === '\t')) col++;
  }
  const m = scanKey(text, col);
  if (m) {
    let valueCol = m.colon + 1;
    while (valueCol < text.length && (text[valueCol] === ' ' || text[valueCol] === '\t')) valueCol++;
    const rawValue = text.slice(valueCol);
    const comment = rawValue.search(/[ \t]#/);
    const value = rawValue.startsWith('#') ? '' : (comment >= 0 ? rawValue.slice(0, comment) : rawValue).trimEnd();
    nodes.push({ type: 'key', col, key: m.key, keyEnd: m.colon, value, valueCol });
  }
  return { indent, nodes };
}

/** A key at `col` (plain, "double" or 'single' quoted) followed by `:` and a blank or the line's end. */
function scanKey(text: string, col: number): { key: string; colon: number } | null {
  const isColon = (i: number): boolean => text[i] === ':' && (i + 1 === text.length || text[i + 1] === ' ' || text[i + 1] === '\t');
  const c = text[col];
  if (c === '"' || c === "'") {
    let i = col + 1;
    let key = '';
    for (; i < text.length; i++) {
      const ch = text[i]!;
      if (c === '"' && ch === '\\' && i + 1 < text.length) key += text[++i];
      else if (c === "'" && ch === "'" && text[i + 1] === "'") key += text[++i];
      else if (ch === c) break;
      else key += ch;
    }
    if (i >= text.length) return null;
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
    return isColon(j) ? { key, colon: j } : null;
  }
  if (c === undefined || '#[]{},&*!|>%@`'.includes(c) || (c === '-' && (col + 1 === text.length || text[col + 1] === ' '))) return null;
  for (let i = col + 1; i < text.length; i++) {
    if (text[i] === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t')) return null;
    if (isColon(i)) return { key: text.slice(col, i).trimEnd(), colon: i };
  }
  return null;
}

function splitLines(text: string, start: number, end: number): ParsedLine[] {
  const out: ParsedLine[] = [];
  let pos = start;
  while (pos <= end) {
    let eol = pos;
    while (eol < end && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const line = text.slice(pos, eol);
    const { indent, nodes } = readLineNodes(line);
    out.push({ start: pos, text: line, indent, nodes });
    if (eol >= end) break;
    pos = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
  }
  return out;
}

/** The mapping or sequence a node at a line and column belongs to. */
export interface Container {
  /**
   * Data path of the container. Sequence items are numbered 0: the place of an item in its
   * sequence is not tracked (front-matter schemas describe items with `items`).
   */
  path: (string | number)[];
  /** Keys already in the mapping (above and below the line), when the container is a mapping. */
  siblings: string[];
}

/**
 * The container of a node of `type` at column `col` on line `index`, given the dashes before
 * it on that line (enclosing sequence items). Null when the place is unknown.
 */
function containerOf(lines: ParsedLine[], index: number, before: LineNode[], type: 'dash' | 'key', col: number): Container | null {
  const path: (string | number)[] = [];
  const siblings: string[] = [];
  // Siblings are collected while the walk is still in the node's own mapping.
  let own = type === 'key';
  if (own) collectBelow(lines, index, col, siblings);
  let cur: { type: 'dash' | 'key'; col: number } = { type, col };
  /** Steps out through the dashes that precede the current node on one line, innermost first. */
  const outThrough = (dashes: readonly LineNode[]): void => {
    for (let k = dashes.length - 1; k >= 0; k--) {
      path.unshift(0);
      cur = { type: 'dash', col: dashes[k]!.col };
      own = false;
    }
  };
  outThrough(before);
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.indent < 0 || line.indent > cur.col) continue;
    const nodes = line.nodes;
    const same = nodes.findIndex((n) => n.col === cur.col && n.type === cur.type);
    if (same >= 0) {
      // A sibling; when dashes precede it, its mapping or sequence began inside them.
      if (own) siblings.push(nodes[same]!.key!);
      outThrough(nodes.slice(0, same));
      continue;
    }
    // Otherwise the line must hold the parent: a key with nothing after its colon, at a smaller
    // column (or at the same column for a compact sequence, `key:` then `- x`).
    const last = nodes[nodes.length - 1];
    if (!last || last.type !== 'key' || last.value !== '') return null;
    if (!(last.col < cur.col || (last.col === cur.col && cur.type === 'dash'))) return null;
    path.unshift(last.key!);
    own = false;
    cur = { type: 'key', col: last.col };
    outThrough(nodes.slice(0, -1));
  }
  // The walk ends at the top-level mapping; a top-level sequence is not front matter.
  return cur.type === 'key' ? { path, siblings } : null;
}

/** Keys at `col` below line `index` until a line with less indentation. */
function collectBelow(lines: ParsedLine[], index: number, col: number, out: string[]): void {
  for (let i = index + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.indent < 0 || l.indent > col) continue;
    if (l.indent < col) break;
    const k = l.nodes[0];
    if (!k || k.type !== 'key') break;
    out.push(k.key!);
  }
}

/** What the cursor is on or typing. */
export type YamlPlace =
  | {
      /** A key of a mapping (typed so far: `prefix`), or the first key of a new sequence item. */
      kind: 'key';
      container: Container;
      /** Column where the key starts, and the cursor line's dashes before it. */
      col: number;
      dashes: number;
      prefix: string;
      /** What typing replaces: the word under the cursor. */
      replace: Span;
    }
  | {
      /** A value after `key:` on the cursor's line, or a scalar sequence item after `- `. */
      kind: 'value';
      /** Path of the value (the key or item index included). */
      path: (string | number)[];
      /** Column where the line's key (or dash) starts: the indent of what belongs under it. */
      col: number;
      prefix: string;
      replace: Span;
      /** Inside a flow sequence (`[a, b|`): values must be flow-safe. */
      flow: boolean;
      /** True when no space follows the colon yet (`key:|`). */
      needsSpace: boolean;
    };

/** Offset of the front-matter content and its end (the closing delimiter line's start). */
export interface Block {
  content: Span;
}

/**
 * Where `offset` is in the front matter whose YAML spans `block.content`: a key or a value
 * being typed, or null (outside it, in a block scalar, in a flow mapping, after a comment).
 */
export function placeAt(text: string, block: Block, offset: number): YamlPlace | null {
  const { start, end } = block.content;
  if (offset < start || offset > end) return null;
  const lines = splitLines(text, start, end);
  let index = lines.length - 1;
  while (index > 0 && lines[index]!.start > offset) index--;
  const line = lines[index]!;
  const col = offset - line.start;
  if (col > line.text.length) return null;
  const beforeCursor = line.text.slice(0, col);
  if (/(?:^|\s)#/.test(beforeCursor)) return null; // in a comment
  const lead = /^[ \t]*((?:-[ \t]+)*)/.exec(beforeCursor)!;
  const dashCount = (lead[1]!.match(/-/g) ?? []).length;
  const { nodes } = readLineNodes(beforeCursor.length < line.text.length ? line.text : beforeCursor);
  const keyNode = nodes.find((n) => n.type === 'key');
  const dashes = nodes.filter((n) => n.type === 'dash');
  const wordEnd = (from: number): number => {
    let e = from;
    while (e < line.text.length && !/[\s:#,\]}]/.test(line.text[e]!)) e++;
    return e;
  };
  // Typing a key (nothing but indentation, dashes and a word before the cursor).
  const typed = beforeCursor.slice(lead[0].length);
  if (!keyNode || keyNode.keyEnd! >= col) {
    if (!/^[^\s:#'"[\]{},&*!|>%@`]*$/.test(typed)) {
      // `- "x` or `- [a`: an item value being typed in quotes or flow: handled as a value below.
      if (dashCount === 0) return null;
    } else {
      const keyCol = lead[0].length;
      // A blank line: the cursor's column is where the key will go.
      const container = containerOf(
        lines,
        index,
        dashes.filter((d) => d.col < keyCol),
        'key',
        keyCol,
      );
      if (!container) return null;
      const replace = { start: line.start + keyCol, end: line.start + Math.max(col, wordEnd(col)) };
      return { kind: 'key', container, col: keyCol, dashes: dashCount, prefix: typed, replace };
    }
  }
  if (keyNode && keyNode.keyEnd! < col) {
    // A value after `key:` on this line.
    const container = containerOf(lines, index, dashes, 'key', keyNode.col);
    if (!container) return null;
    return valuePlace(line, col, [...container.path, keyNode.key!], keyNode.col, keyNode.valueCol!, keyNode.keyEnd! + 1 === col);
  }
  // A scalar item after `- ` (quoted or flow).
  if (dashCount > 0) {
    const last = dashes[dashes.length - 1]!;
    const container = containerOf(lines, index, dashes.slice(0, -1), 'dash', last.col);
    if (!container) return null;
    return valuePlace(line, col, [...container.path, 0], last.col, lead[0].length, false);
  }
  return null;
}

function valuePlace(line: ParsedLine, col: number, path: (string | number)[], nodeCol: number, valueCol: number, needsSpace: boolean): YamlPlace | null {
  const typed = line.text.slice(Math.min(valueCol, col), col);
  if (/^[|>]/.test(typed)) return null; // a block scalar header
  const open = unclosedFlow(typed);
  if (open === '{') return null; // a flow mapping: nothing offered rather than something broken
  if (open === '[') {
    const lastSep = Math.max(typed.lastIndexOf('['), typed.lastIndexOf(','));
    let from = lastSep + 1;
    while (from < typed.length && /\s/.test(typed[from]!)) from++;
    const itemPrefix = typed.slice(from);
    const depth = flowDepth(typed);
    let end = col;
    while (end < line.text.length && !/[,\]\s#]/.test(line.text[end]!)) end++;
    const flowPath = [...path];
    for (let i = 0; i < depth; i++) flowPath.push(0);
    return { kind: 'value', path: flowPath, col: nodeCol, prefix: itemPrefix, replace: { start: line.start + Math.min(valueCol, col) + from, end: line.start + end }, flow: true, needsSpace: false };
  }
  let end = line.text.length;
  const comment = line.text.slice(col).search(/[ \t]#/);
  if (comment >= 0) end = col + comment;
  while (end > col && /[ \t]/.test(line.text[end - 1]!)) end--;
  const start = needsSpace ? col : Math.min(valueCol, col);
  return { kind: 'value', path, col: nodeCol, prefix: typed, replace: { start: line.start + start, end: line.start + end }, flow: false, needsSpace };
}

/** The innermost unclosed bracket of a flow collection in `s` (quotes respected), or null. */
function unclosedFlow(s: string): '[' | '{' | null {
  const stack: string[] = [];
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') stack.push(c);
    else if ((c === ']' || c === '}') && stack.length > 0) stack.pop();
  }
  if (stack.includes('{')) return '{';
  return stack.length > 0 ? '[' : null;
}

function flowDepth(s: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
  }
  return depth;
}

export type { DataPath };
