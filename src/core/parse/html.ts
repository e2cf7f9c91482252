/**
 * HTML recognition for the masked text view (`mask.ts`), following CommonMark 0.31 as
 * micromark 4 (remark-parse 11) implements it, so that the mask agrees with remark's tree:
 *
 * - `htmlInlineEnd`: raw inline HTML (open and closing tags, comments, processing
 *   instructions, declarations, CDATA), micromark's `html-text` grammar;
 * - `htmlBlockKind` / `htmlBlockEnds`: the seven HTML block start and end conditions
 *   (`html-flow`);
 * - `maskHtmlTags`: inside an HTML block, which parts are markup (masked) and which are
 *   the text between tags (kept). This part is our own definition (remark returns the block
 *   as one opaque `html` node); the parity test applies the same function to remark's nodes.
 *
 * Everything is linear: a search for a terminator (`"`, `-->`, `?>` …) is a binary search
 * in a per-string index of that terminator (`HtmlMemo`), so a text full of unclosed quotes
 * or comments is never rescanned from each `<`.
 */
import { codeAt } from '../text/codeAt';

/** Names of CommonMark HTML block condition 6 (micromark-util-html-tag-name). */
const BLOCK_NAMES = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link ' +
    'main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead ' +
    'title tr track ul'
  ).split(' '),
);
/** Names of condition 1, whose content is raw text up to the closing tag. */
const RAW_NAMES = new Set(['pre', 'script', 'style', 'textarea']);

/**
 * Per-string index of where each searched-for terminator (`"`, `-->`, …) occurs, built on
 * first use in one pass, so every later search is a binary search: no input makes the
 * scanner rescan the same text over and over.
 */
export type HtmlMemo = Map<string, number[]>;

const isAlpha = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isAlnum = (c: number): boolean => isAlpha(c) || (c >= 48 && c <= 57);
const isSpace = (c: number): boolean => c === 32 || c === 9;
const isEol = (c: number): boolean => c === 10 || c === 13;
const isWs = (c: number): boolean => isSpace(c) || isEol(c);

/** First occurrence of `needle` at or after `from` that ends by `end`, or -1. */
function find(s: string, needle: string, from: number, end: number, memo: HtmlMemo): number {
  let at = memo.get(needle);
  if (!at) {
    at = [];
    for (let k = s.indexOf(needle); k >= 0; k = s.indexOf(needle, k + 1)) at.push(k);
    memo.set(needle, at);
  }
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  const k = at[lo];
  return k !== undefined && k + needle.length <= end ? k : -1;
}

/** End of a tag name (ASCII alphanumerics and `-`) starting at `i`. */
function nameEnd(s: string, i: number, end: number): number {
  while (i < end && (isAlnum(codeAt(s, i)) || codeAt(s, i) === 45)) i++;
  return i;
}

/**
 * If an open tag's attributes and `>` (or `/>`) start at `i` (just after the tag name), the
 * offset after `>`; else -1. `multiline` allows line endings between parts (inline HTML does,
 * an HTML block start of kind 7 does not).
 */
function openTagRest(s: string, i: number, end: number, multiline: boolean, memo: HtmlMemo): number {
  const ws = multiline ? isWs : isSpace;
  for (;;) {
    const before = i;
    while (i < end && ws(codeAt(s, i))) i++;
    let c = codeAt(s, i);
    if (c === 62) return i + 1;
    if (c === 47) return codeAt(s, i + 1) === 62 ? i + 2 : -1;
    // An attribute needs whitespace before it and starts with a letter, `_` or `:`.
    if (i === before || !(isAlpha(c) || c === 95 || c === 58)) return -1;
    while (i < end && (isAlnum((c = codeAt(s, i))) || c === 45 || c === 46 || c === 58 || c === 95)) i++;
    let j = i;
    while (j < end && ws(codeAt(s, j))) j++;
    if (codeAt(s, j) !== 61) continue; // no value: `i` is after the name, whitespace follows
    j++;
    while (j < end && ws(codeAt(s, j))) j++;
    c = codeAt(s, j);
    if (c === 34 || c === 39) {
      const close = find(s, c === 34 ? '"' : "'", j + 1, end, memo);
      if (close < 0) return -1; // (a block start passes `end` = line end: no line endings)
      i = close + 1;
      c = codeAt(s, i);
      if (!(c === 47 || c === 62 || isWs(c))) return -1;
    } else {
      const start = j;
      // Unquoted value: up to whitespace, `/` or `>`; "'=<` end it too, and fail on the next turn.
      while (j < end && !isWs((c = codeAt(s, j))) && c !== 34 && c !== 39 && c !== 47 && c !== 60 && c !== 61 && c !== 62 && c !== 96) j++;
      if (j === start) return -1;
      i = j;
    }
  }
}

/**
 * If raw inline HTML starts at `s[i] === '<'`, the offset just after it; else -1.
 * micromark's `html-text`: `<tag attr="v">`, `</tag >`, `<!-- … -->` (also `<!-->`),
 * `<? … ?>`, `<!X … >`, `<![CDATA[ … ]]>`. Tags may span lines.
 */
export function htmlInlineEnd(s: string, i: number, end: number, memo: HtmlMemo): number {
  const c = codeAt(s, i + 1);
  if (isAlpha(c)) return openTagRest(s, nameEnd(s, i + 2, end), end, true, memo);
  if (c === 47) {
    if (!isAlpha(codeAt(s, i + 2))) return -1;
    let j = nameEnd(s, i + 3, end);
    while (j < end && isWs(codeAt(s, j))) j++;
    return codeAt(s, j) === 62 ? j + 1 : -1;
  }
  if (c === 63) {
    const close = find(s, '?>', i + 2, end, memo);
    return close < 0 ? -1 : close + 2;
  }
  if (c !== 33) return -1;
  const d = codeAt(s, i + 2);
  let close: number;
  if (d === 45) {
    if (codeAt(s, i + 3) !== 45) return -1;
    if (codeAt(s, i + 4) === 62) return i + 5; // `<!-->`
    close = find(s, '-->', i + 3, end, memo); // also `<!--->`
    return close < 0 ? -1 : close + 3;
  }
  if (d === 91) {
    if (s.slice(i + 3, i + 9) !== 'CDATA[') return -1;
    close = find(s, ']]>', i + 9, end, memo);
    return close < 0 ? -1 : close + 3;
  }
  if (!isAlpha(d)) return -1;
  close = find(s, '>', i + 3, end, memo);
  return close < 0 ? -1 : close + 1;
}

/**
 * The CommonMark HTML block kind (1–7) that starts at `s[i] === '<'`, or 0. `lineEnd` is the
 * end of the line. Kind 7 (a lone complete tag) cannot interrupt a paragraph: pass
 * `interrupt` when a paragraph is open (micromark still allows it on a lazy line).
 */
export function htmlBlockKind(s: string, i: number, lineEnd: number, interrupt: boolean): number {
  const c = codeAt(s, i + 1);
  if (c === 33) {
    const d = codeAt(s, i + 2);
    if (d === 45) return codeAt(s, i + 3) === 45 ? 2 : 0;
    if (d === 91) return s.slice(i + 3, i + 9) === 'CDATA[' ? 5 : 0;
    return isAlpha(d) ? 4 : 0;
  }
  if (c === 63) return 3;
  const closing = c === 47;
  const n = i + (closing ? 2 : 1);
  if (!isAlpha(codeAt(s, n))) return 0;
  const ne = nameEnd(s, n + 1, lineEnd);
  const after = ne < lineEnd ? codeAt(s, ne) : 10;
  if (!(after === 47 || after === 62 || isWs(after))) return 0;
  const name = s.slice(n, ne).toLowerCase();
  if (!closing && after !== 47 && RAW_NAMES.has(name)) return 1;
  if (BLOCK_NAMES.has(name)) return after !== 47 || codeAt(s, ne + 1) === 62 ? 6 : 0;
  if (interrupt) return 0;
  let j: number;
  if (closing) {
    j = ne;
    while (j < lineEnd && isSpace(codeAt(s, j))) j++;
    j = codeAt(s, j) === 62 ? j + 1 : -1;
  } else {
    j = openTagRest(s, ne, lineEnd, false, new Map());
  }
  if (j < 0) return 0;
  while (j < lineEnd && isSpace(codeAt(s, j))) j++;
  return j >= lineEnd ? 7 : 0;
}

const RAW_END = /<\/(?:pre|script|style|textarea)>/i;

/**
 * Whether an HTML block of kind 1–5 ends on the line `s[from, lineEnd)`. `from` is where to
 * look: just after the opener on the block's first line, the line start afterwards.
 * Kinds 6 and 7 end at a blank line, which the caller sees.
 */
export function htmlBlockEnds(kind: number, s: string, from: number, lineEnd: number): boolean {
  const line = s.slice(from, lineEnd);
  switch (kind) {
    case 1:
      return RAW_END.test(line);
    case 2:
      return line.includes('-->');
    case 3:
      return line.includes('?>');
    case 4:
      return line.includes('>');
    case 5:
      return cdataEnds(line);
    default:
      return false;
  }
}

/**
 * micromark's CDATA block end: its state machine reads `]` pairs, so a run of `]` before
 * `>` closes the block only when the run is even (`]]>`, `]]]]>`, not `]]]>`).
 */
function cdataEnds(line: string): boolean {
  let run = 0;
  for (let k = 0; k < line.length; k++) {
    const c = codeAt(line, k);
    if (c === 93) run++;
    else {
      if (c === 62 && run >= 2 && run % 2 === 0) return true;
      run = 0;
    }
  }
  return false;
}

/** Offset in an HTML block's first line after which its end condition is looked for. */
export function htmlBlockEndFrom(kind: number, i: number): number {
  // micromark starts looking inside the opener: `<!-->` and `<?>` end at once.
  return kind === 2 ? i + 2 : kind === 3 ? i + 1 : kind === 4 ? i + 2 : kind === 5 ? i + 9 : i + 1;
}

const SCRIPT_OR_STYLE = /^<(script|style)[\s/>]/i;

/**
 * Markup ranges of an HTML block's text, as flat `[start, end, start, end, …]` pairs into
 * `s`: tags with their attributes, comments, processing instructions, declarations, CDATA,
 * and the contents of `<script>` and `<style>` elements. Text between tags is not included,
 * so it stays visible. A comment, instruction, declaration, CDATA section or
 * script/style element left open runs to the end of `s` (the block is that construct).
 */
export function maskHtmlTags(s: string): number[] {
  const out: number[] = [];
  const memo: HtmlMemo = new Map();
  const end = s.length;
  let i = s.indexOf('<');
  while (i >= 0) {
    let e = htmlInlineEnd(s, i, end, memo);
    if (e < 0) {
      const c = codeAt(s, i + 1);
      // An unclosed comment, instruction, declaration or CDATA: the rest of the block.
      const opener = c === 63 || (c === 33 && (s.startsWith('--', i + 2) || s.startsWith('[CDATA[', i + 2) || isAlpha(codeAt(s, i + 2))));
      if (!opener) {
        i = s.indexOf('<', i + 1);
        continue;
      }
      e = end;
    }
    const raw = SCRIPT_OR_STYLE.exec(s.slice(i, i + 8));
    if (raw && e < end) {
      // The element's content is code, not prose: mask through its closing tag.
      const close = new RegExp(`</${raw[1]}\\s*>`, 'gi');
      close.lastIndex = e;
      const m = close.exec(s);
      e = m ? m.index + m[0].length : end;
    }
    out.push(i, e);
    i = e < end ? s.indexOf('<', e) : -1;
  }
  return out;
}
