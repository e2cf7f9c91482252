/**
 * A masked view of a Markdown note: same length, same offsets, with everything that is not
 * prose blanked out, so the numeric-claim passes can run plain regexes over it without a
 * Markdown parse. remark costs ~7 ms a file (design.md, "Cost model"); this is a single
 * linear pass that reads the block and inline structure the way micromark 4 (remark-parse
 * 11, CommonMark 0.31) does. `test/unit/parse/mask-parity.test.ts` proves it equal to a
 * mask computed from remark's tree on the 2,000-file corpus and the seeds.
 *
 * Masked (replaced by spaces; `\n` and `\r` are kept so lines and columns stay put):
 * - front matter: everything before `bodyStart`;
 * - code: fenced blocks (fences and info string included, to the end of the container when
 *   unclosed), indented blocks, inline code spans with their backticks;
 * - HTML: in HTML blocks the markup only (see `maskHtmlTags`: tags with attributes, comments,
 *   PIs, declarations, CDATA, script/style contents), so `<p>수출 370조 원</p>` keeps its
 *   text; in paragraphs every raw inline HTML construct;
 * - links and images: everything but the link text or alt, so `[`, `](dest "title")`, `![`,
 *   `][label]` are masked; autolinks `<https://…>` entirely; link reference definitions;
 * - lexically, everywhere (remark core does not parse these): character references
 *   (`&nbsp;`, `&#51;`: markup, not prose), bare URLs (`https://…`, `www.…`), e-mail addresses.
 * Headings, list and quote text, emphasis and table text stay. Backslash escapes stay too.
 */
import { htmlBlockEndFrom, htmlBlockEnds, htmlBlockKind, htmlInlineEnd, maskHtmlTags, type HtmlMemo } from './html';

export { maskHtmlTags } from './html';

/**
 * Returns a string of the same length as `text` in which every character that is not prose
 * is replaced by a space (line breaks `\n` and `\r` are kept as they are), so later passes
 * (numeric-claim recognition) see only prose at unchanged offsets.
 * @param bodyStart offset where the Markdown body begins (after YAML front matter);
 *   everything before it is masked.
 */
export function maskMarkdown(text: string, bodyStart = 0): string {
  const start = Number.isFinite(bodyStart) ? Math.max(0, Math.min(Math.trunc(bodyStart), text.length)) : 0;
  const flags = new Uint8Array(text.length);
  flags.fill(1, 0, start);
  const { inline, labels } = scanBlocks(text, start, flags);
  for (const segs of inline) maskInline(text, segs, labels, flags);
  maskLexical(text, flags);
  return renderMask(text, flags);
}

/** Marks `[start, end)` as masked. */
export function markRange(flags: Uint8Array, start: number, end: number): void {
  if (end > start) flags.fill(1, start, end);
}

/**
 * Joins line segments (flat `[start, end, …]` pairs of `text`) with `\n`, runs `ranges` on
 * the joined string and marks what it returns, mapped back to `text`. A range that spans
 * lines covers what lies between them in `text` (line endings, container prefixes) too.
 */
export function markJoined(text: string, segs: number[], ranges: (s: string) => number[], flags: Uint8Array): void {
  const parts: string[] = [];
  const starts: number[] = []; // offset of each segment in the joined string
  let at = 0;
  for (let k = 0; k < segs.length; k += 2) {
    starts.push(at);
    parts.push(text.slice(segs[k], segs[k + 1]));
    at += (segs[k + 1] as number) - (segs[k] as number) + 1;
  }
  const found = ranges(parts.length === 1 ? (parts[0] as string) : parts.join('\n'));
  const map = (c: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= c) lo = mid;
      else hi = mid - 1;
    }
    return (segs[2 * lo] as number) + (c - (starts[lo] as number));
  };
  for (let r = 0; r < found.length; r += 2) markRange(flags, map(found[r] as number), map(found[r + 1] as number));
}

const CHAR_REF = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/g;
// One character class after a literal prefix: no backtracking is possible.
const BARE_URL = /(?<![A-Za-z0-9])(?:https?:\/\/|ftp:\/\/|www\.)[!#-&*+\--;=?-Z_a-z~]+/gi;
const URL_TRAILER = /[.:;!?]/;
const isLocal = (c: number): boolean =>
  (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isDomain = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 45 || c === 46;

/**
 * The lexical part of the mask, applied to the whole text (the parity test applies it to
 * both sides): character references, bare URLs (trailing sentence punctuation is left
 * visible) and e-mail addresses. Linear: the regexes have no nested quantifiers and
 * e-mails are expanded outwards from each `@`, never past another `@`.
 */
export function maskLexical(text: string, flags: Uint8Array): void {
  for (const m of text.matchAll(CHAR_REF)) markRange(flags, m.index, m.index + m[0].length);
  for (const m of text.matchAll(BARE_URL)) {
    let end = m.index + m[0].length;
    while (end > m.index + 4 && URL_TRAILER.test(text.charAt(end - 1))) end--;
    markRange(flags, m.index, end);
  }
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let a = at;
    while (a > 0 && isLocal(text.charCodeAt(a - 1))) a--;
    let b = at + 1;
    let dot = -1;
    while (b < text.length && isDomain(text.charCodeAt(b))) {
      if (text.charCodeAt(b) === 46) dot = b;
      b++;
    }
    while (b > at + 1 && (text.charCodeAt(b - 1) === 46 || text.charCodeAt(b - 1) === 45)) b--;
    if (a < at && dot > at + 1 && dot < b - 1) markRange(flags, a, b);
  }
}

/** Builds the masked string: masked characters become spaces, except `\n` and `\r`. */
export function renderMask(text: string, flags: Uint8Array): string {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i;
    if (!flags[i]) {
      while (j < text.length && !flags[j]) j++;
      out.push(text.slice(i, j));
    } else {
      while (j < text.length && flags[j] && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
      if (j === i) j++;
      out.push(j === i + 1 && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) ? text.charAt(i) : ' '.repeat(j - i));
    }
    i = j;
  }
  return out.join('');
}

/** An open block quote or list item. */
interface Container {
  quote: boolean;
  /** List item: columns of indentation its content needs. */
  size: number;
  /** List item that began with a blank line and has had no content yet. */
  initialBlank: boolean;
  /** …and has seen a second blank line: the next non-blank line is outside it. */
  furtherBlank: boolean;
}

const NONE = 0;
const PARA = 1;
const FENCE = 2;
const INDENTED = 3;
const HTML = 4;

/** The result of the block pass: inline regions to scan and the defined link labels. */
interface Blocks {
  inline: number[][];
  labels: Set<string>;
}

/**
 * The block pass: one line at a time, CommonMark's container matching (block quotes, list
 * items with their content indentation, tabs as 4-column stops, lazy continuation lines),
 * then leaf blocks. Code blocks and HTML blocks are marked here; paragraphs and headings
 * are returned as regions for the inline pass, which needs every definition first.
 */
function scanBlocks(text: string, from: number, flags: Uint8Array): Blocks {
  const inline: number[][] = [];
  const labels = new Set<string>();
  const conts: Container[] = [];
  let leaf = NONE;
  let segs: number[] = []; // paragraph or HTML block lines
  let leafStart = 0;
  let leafEnd = 0;
  let fenceChar = 0;
  let fenceLen = 0;
  let htmlKind = 0;
  // The line being read: position and column after what is consumed, first non-blank.
  let pos = 0;
  let col = 0;
  let le = 0;
  let nn = 0;
  let nnCol = 0;
  let indent = 0;
  let blank = false;

  const nonspace = (): void => {
    let p = pos;
    let c = col;
    for (; p < le; p++) {
      const ch = text.charCodeAt(p);
      if (ch === 32) c++;
      else if (ch === 9) c += 4 - (c % 4);
      else break;
    }
    nn = p;
    nnCol = c;
    indent = c - col;
    blank = p >= le;
  };
  const advanceCols = (n: number): void => {
    while (n > 0 && pos < le) {
      if (text.charCodeAt(pos) === 9) {
        const w = 4 - (col % 4);
        if (w > n) {
          col += n; // a tab only partly consumed: the rest is indentation
          return;
        }
        col += w;
        n -= w;
      } else {
        col++;
        n--;
      }
      pos++;
    }
  };
  const closeLeaf = (): void => {
    if (leaf === PARA) closeParagraph(text, segs, inline, labels, flags);
    else if (leaf === FENCE || leaf === INDENTED) markRange(flags, leafStart, leafEnd);
    else if (leaf === HTML) markJoined(text, segs, maskHtmlTags, flags);
    leaf = NONE;
  };
  const truncate = (depth: number): void => {
    if (leaf !== NONE) closeLeaf();
    conts.length = depth;
  };
  /** A list item marker at `nn`: opens the item and returns true. */
  const listItem = (depth: number, interrupt: boolean): boolean => {
    const ch = text.charCodeAt(nn);
    let e = nn;
    if (ch === 42 || ch === 45 || ch === 43) {
      if (ch !== 43 && isThematicBreak(text, nn, le)) return false;
      e++;
    } else {
      while (e < le && e - nn < 10 && isDigit(text.charCodeAt(e))) e++;
      const m = text.charCodeAt(e);
      if (e === nn || e - nn > 9 || (m !== 46 && m !== 41)) return false;
      if (interrupt && !(e - nn === 1 && ch === 49)) return false;
      e++;
    }
    const after = text.charCodeAt(e);
    if (e < le && after !== 32 && after !== 9) return false;
    const markerCol = nnCol + (e - nn);
    let p = e;
    let c = markerCol;
    for (; p < le; p++) {
      const w = text.charCodeAt(p);
      if (w === 32) c++;
      else if (w === 9) c += 4 - (c % 4);
      else break;
    }
    if (p >= le && interrupt) return false; // an empty item cannot interrupt a paragraph
    const width = nnCol - col + (e - nn);
    truncate(depth);
    const item: Container = { quote: false, size: width + 1, initialBlank: p >= le, furtherBlank: false };
    conts.push(item);
    pos = e;
    col = markerCol;
    if (p >= le) pos = le;
    else if (c - markerCol >= 5) advanceCols(1); // content is indented code: one space belongs to the marker
    else {
      item.size = width + (c - markerCol);
      pos = p;
      col = c;
    }
    return true;
  };
  /** Starts a leaf block at `nn` (no paragraph open). */
  const startLeaf = (): void => {
    if (blank) return;
    if (indent >= 4) {
      leaf = INDENTED;
      leafStart = pos;
      leafEnd = le;
      return;
    }
    const ch = text.charCodeAt(nn);
    if (ch === 35 && atxHeading(text, nn, le, inline)) return;
    if ((ch === 96 || ch === 126) && openFence()) return;
    if (ch === 60) {
      const kind = htmlBlockKind(text, nn, le, false);
      if (kind) {
        leaf = HTML;
        htmlKind = kind;
        segs = [pos, le];
        if (kind <= 5 && htmlBlockEnds(kind, text, htmlBlockEndFrom(kind, nn), le)) closeLeaf();
        return;
      }
    }
    if (isThematicBreak(text, nn, le)) return;
    leaf = PARA;
    segs = [nn, le];
  };
  const openFence = (): boolean => {
    if (!fenceAt(text, nn, le)) return false;
    fenceChar = text.charCodeAt(nn);
    let e = nn;
    while (e < le && text.charCodeAt(e) === fenceChar) e++;
    fenceLen = e - nn;
    leaf = FENCE;
    leafStart = pos;
    leafEnd = le;
    return true;
  };
  /** Whether the line at `nn` starts a block that ends an open paragraph. */
  const interrupts = (lazy: boolean): boolean => {
    if (blank || indent >= 4) return blank;
    const ch = text.charCodeAt(nn);
    if (ch === 35) return atxLevel(text, nn, le) > 0;
    if (ch === 96 || ch === 126) return fenceAt(text, nn, le);
    if (ch === 60) return htmlBlockKind(text, nn, le, !lazy) > 0;
    return isThematicBreak(text, nn, le);
  };

  const processLine = (ls: number, lineEnd: number): void => {
    pos = ls;
    col = 0;
    le = lineEnd;
    let matched = 0;
    for (; matched < conts.length; matched++) {
      const c = conts[matched] as Container;
      nonspace();
      if (c.quote) {
        if (indent >= 4 || text.charCodeAt(nn) !== 62 || nn >= le) break;
        pos = nn + 1;
        col = nnCol + 1;
        const w = text.charCodeAt(pos);
        if (pos < le && (w === 32 || w === 9)) advanceCols(1);
      } else if (blank) {
        if (c.initialBlank) c.furtherBlank = true;
      } else {
        if (c.furtherBlank || indent < c.size) break;
        c.initialBlank = false;
        advanceCols(c.size);
      }
    }
    const all = matched === conts.length;
    nonspace();
    if (leaf === FENCE || leaf === HTML) {
      if (all) {
        if (leaf === FENCE) {
          if (indent < 4 && closesFence(text, nn, le, fenceChar, fenceLen)) {
            leafEnd = le;
            closeLeaf();
          } else leafEnd = le;
          return;
        }
        if (htmlKind >= 6 && blank) closeLeaf();
        else {
          segs.push(pos, le);
          if (htmlKind <= 5 && htmlBlockEnds(htmlKind, text, pos, le)) closeLeaf();
        }
        return;
      }
      closeLeaf();
    } else if (leaf === INDENTED && all && (blank || indent >= 4)) {
      if (!blank) leafEnd = le;
      return;
    }
    // micromark lets a list item interrupt an open paragraph or indented code only when it
    // is non-empty and (ordered) numbered 1; that holds for the whole line.
    const interrupt = all && (leaf === PARA || leaf === INDENTED);
    if (leaf === INDENTED) closeLeaf();
    let depth = matched;
    let opened = false;
    for (;;) {
      nonspace();
      if (indent >= 4 || blank) break;
      if (text.charCodeAt(nn) === 62) {
        truncate(depth);
        conts.push({ quote: true, size: 0, initialBlank: false, furtherBlank: false });
        pos = nn + 1;
        col = nnCol + 1;
        const w = text.charCodeAt(pos);
        if (pos < le && (w === 32 || w === 9)) advanceCols(1);
      } else if (!listItem(depth, interrupt)) break;
      depth++;
      opened = true;
    }
    nonspace();
    if (leaf === PARA && !opened) {
      if (all && !blank && indent < 4 && isSetextUnderline(text, nn, le)) {
        closeLeaf();
        return;
      }
      if (!interrupts(!all)) {
        segs.push(nn, le);
        return;
      }
    }
    truncate(depth);
    startLeaf();
  };

  let ls = from;
  for (;;) {
    let e = ls;
    while (e < text.length) {
      const c = text.charCodeAt(e);
      if (c === 10 || c === 13) break;
      e++;
    }
    processLine(ls, e);
    if (e >= text.length) break;
    ls = text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
  }
  truncate(0);
  return { inline, labels };
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** `***`, `- - -`, `___`: three or more of one marker, with only spaces or tabs between. */
function isThematicBreak(text: string, i: number, le: number): boolean {
  const m = text.charCodeAt(i);
  if (m !== 42 && m !== 45 && m !== 95) return false;
  let n = 0;
  for (; i < le; i++) {
    const c = text.charCodeAt(i);
    if (c === m) n++;
    else if (c !== 32 && c !== 9) return false;
  }
  return n >= 3;
}

function isSetextUnderline(text: string, i: number, le: number): boolean {
  const m = text.charCodeAt(i);
  if (m !== 61 && m !== 45) return false;
  while (i < le && text.charCodeAt(i) === m) i++;
  while (i < le && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i >= le;
}

function fenceAt(text: string, i: number, le: number): boolean {
  const ch = text.charCodeAt(i);
  let e = i;
  while (e < le && text.charCodeAt(e) === ch) e++;
  if (e - i < 3) return false;
  if (ch === 96) for (; e < le; e++) if (text.charCodeAt(e) === 96) return false;
  return true;
}

function closesFence(text: string, i: number, le: number, ch: number, len: number): boolean {
  let e = i;
  while (e < le && text.charCodeAt(e) === ch) e++;
  if (e - i < len) return false;
  while (e < le && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9)) e++;
  return e >= le;
}

/** The level of an ATX heading opening at `i`, or 0. */
function atxLevel(text: string, i: number, le: number): number {
  let e = i;
  while (e < le && text.charCodeAt(e) === 35) e++;
  const n = e - i;
  const c = text.charCodeAt(e);
  return n <= 6 && (e >= le || c === 32 || c === 9) ? n : 0;
}

/** An ATX heading at `i`: its content (without the closing `#`s) becomes an inline region. */
function atxHeading(text: string, i: number, le: number, inline: number[][]): boolean {
  const level = atxLevel(text, i, le);
  if (!level) return false;
  let a = i + level;
  while (a < le && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
  let b = le;
  while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  let h = b;
  while (h > a && text.charCodeAt(h - 1) === 35) h--;
  if (h === a) b = a;
  else if (h < b && (text.charCodeAt(h - 1) === 32 || text.charCodeAt(h - 1) === 9)) {
    b = h;
    while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  }
  if (b > a) inline.push([a, b]);
  return true;
}

/** Ends a paragraph: leading link reference definitions are marked, the rest goes inline. */
function closeParagraph(text: string, segs: number[], inline: number[][], labels: Set<string>, flags: Uint8Array): void {
  let rest = segs;
  if (text.charCodeAt(segs[0] as number) === 91) {
    let stop = 0;
    markJoined(text, segs, (s) => {
      const out: number[] = [];
      stop = readDefinitions(s, labels, out);
      return out;
    }, flags);
    let k = 0;
    for (let c = 0; k < segs.length && c < stop; k += 2) c += (segs[k + 1] as number) - (segs[k] as number) + 1;
    rest = segs.slice(k);
  }
  if (rest.length) inline.push(rest);
}

/** Masks the inline constructs of a paragraph or heading (its lines as segments). */
function maskInline(text: string, segs: number[], labels: Set<string>, flags: Uint8Array): void {
  let any = false;
  for (let k = 0; k < segs.length && !any; k += 2) {
    for (let i = segs[k] as number; i < (segs[k + 1] as number); i++) {
      const c = text.charCodeAt(i);
      if (c === 96 || c === 60 || c === 91 || c === 93) {
        any = true;
        break;
      }
    }
  }
  if (any) markJoined(text, segs, (s) => inlineRanges(s, labels), flags);
}

const isAlpha = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isAlnum = (c: number): boolean => isAlpha(c) || isDigit(c);
const isEolC = (c: number): boolean => c === 10 || c === 13;
const isWsC = (c: number): boolean => c === 32 || c === 9 || isEolC(c);
const isPunct = (c: number): boolean => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
// RFC 5322 atext plus `.`, as micromark's e-mail autolinks accept.
const isAtext = (c: number): boolean => isAlnum(c) || (c >= 35 && c <= 39) || c === 42 || c === 43 || (c >= 45 && c <= 47) || c === 61 || c === 63 || (c >= 94 && c <= 96) || (c >= 123 && c <= 126);

/** micromark's `normalizeIdentifier`: how link labels are matched to definitions. */
function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase();
}

function skipWs(s: string, i: number): number {
  while (i < s.length && isWsC(s.charCodeAt(i))) i++;
  return i;
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  return i;
}

/** How many more characters link syntax may examine in this paragraph. */
interface Budget {
  left: number;
}

/** End (after `]`) of a link label `[…]` at `i`: ≤ 999 characters, no `[`, not blank. */
function labelEnd(s: string, i: number): number {
  let size = 0;
  let seen = false;
  for (let k = i + 1; k < s.length && size <= 999; k++) {
    const c = s.charCodeAt(k);
    if (c === 91) return -1;
    if (c === 93) return seen ? k + 1 : -1;
    if (isEolC(c)) continue;
    size++;
    if (c !== 32 && c !== 9) seen = true;
    if (c === 92 && (s.charCodeAt(k + 1) === 91 || s.charCodeAt(k + 1) === 92 || s.charCodeAt(k + 1) === 93)) k++;
  }
  return -1;
}

/**
 * End of a link destination at `i`: `<…>`, or raw with parentheses balanced up to `max`
 * deep. What it examines is charged to `budget`.
 */
function destEnd(s: string, i: number, max: number, budget: Budget): number {
  let k = i;
  let end = -1;
  if (s.charCodeAt(i) === 60) {
    for (k++; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c === 62) {
        end = k + 1;
        break;
      }
      if (c === 60 || isEolC(c)) break;
      if (c === 92 && (s.charCodeAt(k + 1) === 60 || s.charCodeAt(k + 1) === 62 || s.charCodeAt(k + 1) === 92)) k++;
    }
  } else {
    let balance = 0;
    for (; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (balance === 0 && (c === 41 || isWsC(c))) break;
      if (c === 40) {
        if (balance >= max) break;
        balance++;
      } else if (c === 41) balance--;
      else if (c <= 32 || c === 127) break;
      else if (c === 92 && (s.charCodeAt(k + 1) === 40 || s.charCodeAt(k + 1) === 41 || s.charCodeAt(k + 1) === 92)) k++;
    }
    const c = s.charCodeAt(k);
    if (k > i && balance === 0 && (k >= s.length || c === 41 || isWsC(c))) end = k;
  }
  budget.left -= k - i;
  return end;
}

/** End of a link title at `i`: `"…"`, `'…'` or `(…)`, may span lines. */
function titleEnd(s: string, i: number, budget: Budget): number {
  const open = s.charCodeAt(i);
  const close = open === 40 ? 41 : open;
  if (open !== 34 && open !== 39 && open !== 40) return -1;
  let k = i + 1;
  for (; k < s.length && s.charCodeAt(k) !== close; k++) {
    if (s.charCodeAt(k) === 92 && (s.charCodeAt(k + 1) === close || s.charCodeAt(k + 1) === 92)) k++;
  }
  budget.left -= k - i;
  return k < s.length ? k + 1 : -1;
}

/** End of an inline link's `(dest "title")` at `s[i] === '('`, or -1. */
function resourceEnd(s: string, i: number, budget: Budget): number {
  let j = skipWs(s, i + 1);
  if (s.charCodeAt(j) === 41) return j + 1;
  const d = destEnd(s, j, 32, budget);
  if (d < 0) return -1;
  j = skipWs(s, d);
  if (j > d) {
    const t = titleEnd(s, j, budget);
    if (t > 0) j = skipWs(s, t);
  }
  return s.charCodeAt(j) === 41 ? j + 1 : -1;
}

/** End of an autolink `<scheme:…>` or `<user@host>` at `s[i] === '<'`, or -1. */
function autolinkEnd(s: string, i: number): number {
  let k = i + 1;
  if (isAlpha(s.charCodeAt(k))) {
    k++;
    while (k < s.length && k - i - 1 < 32 && (isAlnum(s.charCodeAt(k)) || s.charCodeAt(k) === 43 || s.charCodeAt(k) === 45 || s.charCodeAt(k) === 46)) k++;
    if (s.charCodeAt(k) === 58 && k - i - 1 >= 2) {
      for (k++; k < s.length; k++) {
        const c = s.charCodeAt(k);
        if (c === 62) return k + 1;
        if (c <= 32 || c === 60 || c === 127) return -1;
      }
      return -1;
    }
    k = i + 1;
  }
  while (k < s.length && isAtext(s.charCodeAt(k))) k++;
  if (k === i + 1 || s.charCodeAt(k) !== 64) return -1;
  for (k++; ; k++) {
    if (!isAlnum(s.charCodeAt(k))) return -1;
    const start = k;
    while (k < s.length && (isAlnum(s.charCodeAt(k)) || s.charCodeAt(k) === 45)) k++;
    if (k - start > 63 || s.charCodeAt(k - 1) === 45) return -1;
    if (s.charCodeAt(k) === 62) return k + 1;
    if (s.charCodeAt(k) !== 46) return -1;
  }
}

/** Start of the closing run of exactly `n` backticks at or after `from`, or -1. */
function closingTicks(s: string, from: number, n: number): number {
  for (let j = s.indexOf('`', from); j >= 0; j = s.indexOf('`', j)) {
    const start = j;
    while (s.charCodeAt(j) === 96) j++;
    if (j - start === n) return start;
  }
  return -1;
}

/**
 * Link reference definitions at the start of a paragraph's text `s`: their ranges go to
 * `out`, their labels to `labels`. Returns where the paragraph proper begins.
 */
function readDefinitions(s: string, labels: Set<string>, out: number[]): number {
  const unlimited: Budget = { left: Infinity }; // each line is read once: no budget needed
  let i = 0;
  while (s.charCodeAt(i) === 91) {
    const l = labelEnd(s, i);
    if (l < 0 || s.charCodeAt(l) !== 58) break;
    const d = destEnd(s, skipWs(s, l + 1), Infinity, unlimited);
    if (d < 0) break;
    let end = -1;
    if (isWsC(s.charCodeAt(d))) {
      const t = titleEnd(s, skipWs(s, d), unlimited);
      const a = t > 0 ? skipSpaces(s, t) : -1;
      if (t > 0 && (a >= s.length || isEolC(s.charCodeAt(a)))) end = t;
    }
    if (end < 0) {
      const a = skipSpaces(s, d);
      if (a < s.length && !isEolC(s.charCodeAt(a))) break;
      end = d;
    }
    labels.add(normalizeLabel(s.slice(i + 1, l - 1)));
    out.push(i, end);
    i = skipSpaces(s, end) + 1; // segments are joined with a single `\n`
  }
  return Math.min(i, s.length);
}

/**
 * The inline pass over one paragraph or heading `s`, left to right as CommonMark's
 * algorithm: escapes, code spans, autolinks and raw HTML first come first; `[`/`![` openers
 * on a stack resolved at `]` into inline, full, collapsed or shortcut links (references
 * only to defined labels), links deactivating the openers before them. Returns masked
 * ranges. A budget of 8 characters per character of `s` bounds the link syntax scanning,
 * which a crafted text of thousands of `[` then `](` without a space could make
 * quadratic; past it, no further links are recognized (no real text comes near).
 */
function inlineRanges(s: string, labels: Set<string>): number[] {
  const out: number[] = [];
  const memo: HtmlMemo = new Map();
  const openers: number[] = [];
  let floor = 0; // openers below this index are inside a link: no link may start there
  const noTicks = new Set<number>();
  const budget: Budget = { left: 8 * s.length + 100000 };
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 92) {
      i += isPunct(s.charCodeAt(i + 1)) ? 2 : 1;
    } else if (c === 96) {
      let e = i;
      while (s.charCodeAt(e) === 96) e++;
      const close = noTicks.has(e - i) ? -1 : closingTicks(s, e, e - i);
      if (close < 0) noTicks.add(e - i);
      else out.push(i, close + e - i);
      i = close < 0 ? e : close + e - i;
    } else if (c === 60) {
      let e = autolinkEnd(s, i);
      if (e < 0) e = htmlInlineEnd(s, i, s.length, memo);
      if (e > 0) out.push(i, e);
      i = e > 0 ? e : i + 1;
    } else if (c === 91 || (c === 33 && s.charCodeAt(i + 1) === 91)) {
      openers.push(i);
      i += c === 91 ? 1 : 2;
    } else if (c === 93 && openers.length > 0) {
      const o = openers.pop() as number;
      const image = s.charCodeAt(o) === 33;
      const inactive = !image && openers.length < floor;
      floor = Math.min(floor, openers.length);
      const text = o + (image ? 2 : 1);
      const e = inactive || budget.left < 0 ? -1 : linkEnd(s, text, i, labels, budget);
      if (e > 0) {
        out.push(o, text, i, e);
        if (!image) floor = openers.length;
      }
      i = e > 0 ? e : i + 1;
    } else i++;
  }
  return out;
}

/** Where a link or image whose text is `s[text, i)` and `s[i] === ']'` ends, or -1. */
function linkEnd(s: string, text: number, i: number, labels: Set<string>, budget: Budget): number {
  if (labels.size > 0) budget.left -= i - text;
  const defined = labels.size > 0 && labels.has(normalizeLabel(s.slice(text, i)));
  const next = s.charCodeAt(i + 1);
  if (next === 40) {
    const r = resourceEnd(s, i + 1, budget);
    return r > 0 ? r : defined ? i + 1 : -1;
  }
  if (next === 91) {
    const l = labelEnd(s, i + 1);
    if (l > 0 && labels.has(normalizeLabel(s.slice(i + 2, l - 1)))) return l;
    return defined && s.charCodeAt(i + 2) === 93 ? i + 3 : -1;
  }
  return defined ? i + 1 : -1;
}
