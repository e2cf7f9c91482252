/**
 * A masked view of a Markdown note: same length, same offsets, with everything that is not
 * prose blanked out, so the numeric-claim passes can run plain regexes over it without a
 * Markdown parse. A full parse costs far more (docs/design.md, "Known hazards"); this is a single
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
import { lastAtMost } from '../text/lines';
import { codeAt } from '../text/codeAt';

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
  const blocks = new BlockScanner(text, flags);
  blocks.run(start);
  // Most paragraphs hold nothing an inline construct starts with: find the next such
  // character once for many regions (they come in text order), not once per region.
  let from = Infinity;
  let next = -1;
  for (const segs of blocks.inline) {
    if (next < (segs[0] as number) || from > (segs[0] as number)) {
      from = INLINE_START.lastIndex = segs[0] as number;
      next = INLINE_START.exec(text)?.index ?? text.length;
    }
    if (next < (segs[segs.length - 1] as number)) maskInline(text, segs, blocks.labels, flags);
  }
  maskLexical(text, flags);
  return renderMask(text, flags);
}

const INLINE_START = /[`<[\]]/g;

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
  const starts: number[] = [];
  markMapped(flags, segs, starts, ranges(joinSegments(text, segs, starts)));
}

/** `segs`' text joined with `\n`; `starts` receives where each segment begins in it. */
function joinSegments(text: string, segs: number[], starts: number[]): string {
  if (segs.length === 2) {
    starts.push(0);
    return text.slice(segs[0], segs[1]);
  }
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < segs.length; k += 2) {
    starts.push(at);
    parts.push(text.slice(segs[k], segs[k + 1]));
    at += (segs[k + 1] as number) - (segs[k] as number) + 1;
  }
  return parts.join('\n');
}

/** Marks `found` (ranges in the joined string), mapped back through the segments. */
function markMapped(flags: Uint8Array, segs: number[], starts: number[], found: number[]): void {
  for (let r = 0; r < found.length; r += 2) markRange(flags, mapJoined(segs, starts, found[r] as number), mapJoined(segs, starts, found[r + 1] as number));
}

function mapJoined(segs: number[], starts: number[], c: number): number {
  const lo = lastAtMost(starts, c);
  return (segs[2 * lo] as number) + (c - (starts[lo] as number));
}

// Each is tried only where `indexOf` finds its first character; bounded quantifiers, or a
// single character class after a literal, so no input makes them backtrack.
const CHAR_REF = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[A-Z][A-Z0-9]{0,31});/iy;
const URL_REST = /[!#-&*+\--;=?-Z_~]*/iy;
const URL_TRAILER = /[.:;!?]/;
const SCHEME = /(?:https?|ftp)$/i;
const WWW = /www\./gi;
const isLocal = (c: number): boolean => isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isDomain = (c: number): boolean => isAlnum(c) || c === 45 || c === 46;

/**
 * The lexical part of the mask, applied to the whole text (the parity test applies it to
 * both sides): character references (`&nbsp;`, `&#51;`), bare URLs (`http://`, `https://`,
 * `ftp://`, `www.`; trailing sentence punctuation stays visible) and e-mail addresses
 * (expanded outwards from each `@`, never past another). Linear.
 */
export function maskLexical(text: string, flags: Uint8Array): void {
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    CHAR_REF.lastIndex = i;
    if (CHAR_REF.test(text)) markRange(flags, i, CHAR_REF.lastIndex);
  }
  for (let i = text.indexOf('://'); i >= 0; i = text.indexOf('://', i + 1)) {
    const scheme = SCHEME.exec(text.slice(Math.max(0, i - 5), i));
    if (scheme) i = maskUrl(text, flags, i - scheme[0].length, i + 3) - 1;
  }
  WWW.lastIndex = 0;
  for (let m = WWW.exec(text); m; m = WWW.exec(text)) WWW.lastIndex = maskUrl(text, flags, m.index, m.index + 4);
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let a = at;
    while (a > 0 && isLocal(codeAt(text, a - 1))) a--;
    let b = at + 1;
    let dot = -1;
    for (; b < text.length && isDomain(codeAt(text, b)); b++) if (codeAt(text, b) === 46) dot = b;
    while (b > at + 1 && (codeAt(text, b - 1) === 46 || codeAt(text, b - 1) === 45)) b--;
    if (a < at && dot > at + 1 && dot < b - 1) markRange(flags, a, b);
  }
}

/** Spaces to slice masked runs from; grown on demand. */
let spaces = ' '.repeat(256);

/** Masks the URL whose prefix is `text[start, from)`; returns where to search on. */
function maskUrl(text: string, flags: Uint8Array, start: number, from: number): number {
  if (start > 0 && isAlnum(codeAt(text, start - 1))) return from;
  URL_REST.lastIndex = from;
  URL_REST.test(text);
  let end = URL_REST.lastIndex;
  while (end > from && URL_TRAILER.test(text.charAt(end - 1))) end--;
  if (end > from) markRange(flags, start, end);
  return Math.max(end, from);
}

/** Builds the masked string: masked characters become spaces, except `\n` and `\r`. */
export function renderMask(text: string, flags: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    const masked = flags[i] === 1;
    let j = flags.indexOf(masked ? 0 : 1, i);
    if (j < 0) j = text.length;
    if (!masked) out.push(text.slice(i, j));
    else {
      for (let k = i; k < j;) {
        const c = codeAt(text, k);
        if (c === 10 || c === 13) {
          out.push(c === 10 ? '\n' : '\r');
          k++;
          continue;
        }
        let e = k + 1;
        while (e < j && codeAt(text, e) !== 10 && codeAt(text, e) !== 13) e++;
        while (spaces.length < e - k) spaces += spaces;
        out.push(spaces.slice(0, e - k));
        k = e;
      }
    }
    i = j;
  }
  return out.length === 1 ? (out[0] as string) : out.join('');
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

/**
 * The block pass: one line at a time, CommonMark's container matching (block quotes, list
 * items with their content indentation, tabs as 4-column stops, lazy continuation lines),
 * then leaf blocks. Code blocks and HTML blocks are marked as they close; paragraphs and
 * headings are collected in `inline` for the inline pass, which needs every link
 * definition (`labels`) first. Where micromark deviates from the CommonMark spec, this
 * follows micromark (comments mark each place).
 */
class BlockScanner {
  readonly inline: number[][] = [];
  readonly labels = new Set<string>();
  private readonly conts: Container[] = [];
  /** `sums[k]`: columns the list items among `conts[0, k)` take; `quotes`: block quote depths. */
  private readonly sums: number[] = [0];
  private readonly quotes: number[] = [];
  private leaf = NONE;
  private segs: number[] = []; // paragraph or HTML block lines, `[start, end, …]`
  private leafStart = 0;
  private leafEnd = 0;
  private fenceChar = 0;
  private fenceLen = 0;
  private htmlKind = 0;
  // The line being read: what is consumed (`pos`, `col`), its end, its first non-blank.
  private pos = 0;
  private col = 0;
  private le = 0;
  private nn = 0;
  private nnCol = 0;
  private indent = 0;
  private blank = false;
  // `nn` stays valid while only whitespace is consumed: deep containers must not rescan it.
  private scanFrom = -1;
  // Where a thematic break test for `tbMarker` stopped on this line, and where it began.
  private tbFrom = -1;
  private tbStop = -1;
  private tbMarker = 0;

  constructor(
    private readonly text: string,
    private readonly flags: Uint8Array,
  ) {}

  /** Reads the text from `from` (a line start) to its end. */
  run(from: number): void {
    const text = this.text;
    const cr = text.indexOf('\r', from) >= 0;
    for (let ls = from; ;) {
      let e: number;
      if (cr) {
        for (e = ls; e < text.length; e++) {
          const c = codeAt(text, e);
          if (c === 10 || c === 13) break;
        }
      } else {
        e = text.indexOf('\n', ls);
        if (e < 0) e = text.length;
      }
      this.line(ls, e);
      if (e >= text.length) break;
      ls = codeAt(text, e) === 13 && codeAt(text, e + 1) === 10 ? e + 2 : e + 1;
    }
    this.truncate(0);
  }

  /** Finds the first non-blank character after `pos`: `nn`, its column, the indent. */
  private nonspace(): void {
    if (this.pos >= this.scanFrom && this.pos <= this.nn) {
      this.indent = this.nnCol - this.col; // columns are absolute: `nnCol` holds
      return;
    }
    this.scanFrom = this.pos;
    const text = this.text;
    let p = this.pos;
    let c = this.col;
    for (; p < this.le; p++) {
      const ch = codeAt(text, p);
      if (ch === 32) c++;
      else if (ch === 9) c += 4 - (c % 4);
      else break;
    }
    this.nn = p;
    this.nnCol = c;
    this.indent = c - this.col;
    this.blank = p >= this.le;
  }

  /** Consumes `n` columns; a tab may be consumed only partly (the rest is indentation). */
  private advance(n: number): void {
    while (n > 0 && this.pos < this.le) {
      if (codeAt(this.text, this.pos) === 9) {
        const w = 4 - (this.col % 4);
        if (w > n) {
          this.col += n;
          return;
        }
        this.col += w;
        n -= w;
      } else {
        this.col++;
        n--;
      }
      this.pos++;
    }
  }

  /** Consumes a `>` at `nn` and the one space or tab that may follow it. */
  private quoteMarker(): void {
    this.pos = this.nn + 1;
    this.col = this.nnCol + 1;
    const w = codeAt(this.text, this.pos);
    if (this.pos < this.le && (w === 32 || w === 9)) this.advance(1);
  }

  private closeLeaf(): void {
    if (this.leaf === PARA) this.closeParagraph();
    else if (this.leaf === FENCE || this.leaf === INDENTED) markRange(this.flags, this.leafStart, this.leafEnd);
    else if (this.leaf === HTML) markJoined(this.text, this.segs, maskHtmlTags, this.flags);
    this.leaf = NONE;
  }

  /** Closes the leaf and every container from `depth` on. */
  private truncate(depth: number): void {
    if (this.leaf !== NONE) this.closeLeaf();
    if (this.conts.length > depth) {
      this.conts.length = depth;
      this.sums.length = depth + 1;
      while ((this.quotes[this.quotes.length - 1] ?? -1) >= depth) this.quotes.pop();
    }
  }

  private push(c: Container): void {
    if (c.quote) this.quotes.push(this.conts.length);
    this.sums.push((this.sums[this.conts.length] as number) + c.size);
    this.conts.push(c);
  }

  /** Ends a paragraph: leading link reference definitions are marked, the rest goes inline. */
  private closeParagraph(): void {
    const { text, segs } = this;
    let rest = segs;
    if (codeAt(text, segs[0] as number) === 91) {
      let stop = 0;
      markJoined(
        text,
        segs,
        (s) => {
          const out: number[] = [];
          stop = readDefinitions(s, this.labels, out);
          return out;
        },
        this.flags,
      );
      let k = 0;
      for (let c = 0; k < segs.length && c < stop; k += 2) c += (segs[k + 1] as number) - (segs[k] as number) + 1;
      rest = segs.slice(k);
    }
    if (rest.length) this.inline.push(rest);
  }

  private line(ls: number, le: number): void {
    this.pos = ls;
    this.col = 0;
    this.le = le;
    this.scanFrom = this.nn = -1;
    this.tbFrom = this.tbStop = -1;
    const conts = this.conts;
    let matched = 0;
    this.nonspace();
    if (this.blank) {
      // A blank line matches every list item up to the first block quote: no need to walk
      // them (only the innermost container can be an item still waiting for content).
      matched = this.quotes[0] ?? conts.length;
      const last = conts[conts.length - 1];
      if (matched === conts.length && last && last.initialBlank) last.furtherBlank = true;
      this.advance(Math.min(this.indent, this.sums[matched] as number));
    }
    for (; matched < conts.length; matched++) {
      const c = conts[matched] as Container;
      this.nonspace();
      if (c.quote) {
        if (this.indent >= 4 || this.blank || codeAt(this.text, this.nn) !== 62) break;
        this.quoteMarker();
      } else if (this.blank) {
        if (c.initialBlank) c.furtherBlank = true;
        this.advance(Math.min(this.indent, c.size));
      } else {
        if (c.furtherBlank || this.indent < c.size) break;
        c.initialBlank = false;
        this.advance(c.size);
      }
    }
    const all = matched === conts.length;
    this.nonspace();
    if (this.continueLeaf(all)) return;
    // micromark lets a list item interrupt an open paragraph or indented code only when it
    // is non-empty and (ordered) numbered 1; that holds for the whole line.
    const interrupt = all && (this.leaf === PARA || this.leaf === INDENTED);
    if (this.leaf === INDENTED) this.closeLeaf();
    let depth = matched;
    for (; this.indent < 4 && !this.blank; this.nonspace(), depth++) {
      if (codeAt(this.text, this.nn) === 62) {
        this.truncate(depth);
        this.push({ quote: true, size: 0, initialBlank: false, furtherBlank: false });
        this.quoteMarker();
      } else if (!this.listItem(depth, interrupt)) break;
    }
    const opened = depth > matched;
    if (this.leaf === PARA && !opened && this.paragraphGoesOn(all)) return;
    this.truncate(depth);
    this.startLeaf(!all && !opened);
  }

  /** Feeds the line to an open code or HTML block; true when it took the line. */
  private continueLeaf(all: boolean): boolean {
    const { leaf, text, nn, le } = this;
    if (leaf === FENCE || leaf === HTML) {
      if (!all) {
        this.closeLeaf(); // neither can continue lazily
        return false;
      }
      if (leaf === FENCE) {
        this.leafEnd = le;
        if (this.indent < 4 && closesFence(text, nn, le, this.fenceChar, this.fenceLen)) this.closeLeaf();
      } else if (this.htmlKind >= 6 && this.blank) this.closeLeaf();
      else {
        this.segs.push(this.pos, le);
        if (this.htmlKind <= 5 && htmlBlockEnds(this.htmlKind, text, this.pos, le)) this.closeLeaf();
      }
      return true;
    }
    if (leaf === INDENTED && all && (this.blank || this.indent >= 4)) {
      // A line of only whitespace is code too when 4 columns of it are left (micromark).
      if (this.indent >= 4) this.leafEnd = le;
      return true;
    }
    return false;
  }

  /** With a paragraph open and no new container: true when the line continues it. */
  private paragraphGoesOn(all: boolean): boolean {
    const { text, nn, le } = this;
    if (all && !this.blank && this.indent < 4 && isSetextUnderline(text, nn, le) && !onlyDefinitions(text, this.segs)) {
      this.closeLeaf(); // a setext heading: its text is already in the paragraph's lines
      return true;
    }
    if (!this.interrupts(!all)) {
      this.segs.push(nn, le);
      return true;
    }
    if (!all && codeAt(text, nn) === 60 && htmlBlockKind(text, nn, le, false) === 7) {
      // micromark: a lone tag on a lazy line ends the paragraph but, as deciding that
      // looks ahead a line, the HTML block opens inside the still open containers.
      this.closeLeaf();
      this.startLeaf(false);
      return true;
    }
    return false;
  }

  /** Whether the line at `nn` ends an open paragraph (blank, or a block that interrupts). */
  private interrupts(lazy: boolean): boolean {
    const { text, nn, le } = this;
    if (this.blank || this.indent >= 4) return this.blank;
    const ch = codeAt(text, nn);
    if (ch === 35) return atxLevel(text, nn, le) > 0;
    if (ch === 96 || ch === 126) return fenceAt(text, nn, le);
    if (ch === 60) return htmlBlockKind(text, nn, le, !lazy) > 0;
    return this.thematic(nn);
  }

  /** A list item marker at `nn`: opens the item (closing what it replaces) and returns true. */
  private listItem(depth: number, interrupt: boolean): boolean {
    const { text, nn, le } = this;
    const ch = codeAt(text, nn);
    let e = nn;
    if (ch === 42 || ch === 45 || ch === 43) {
      if (this.thematic(nn)) return false;
      e++;
    } else {
      while (e < le && e - nn < 10 && isDigit(codeAt(text, e))) e++;
      const m = codeAt(text, e);
      if (e === nn || e - nn > 9 || (m !== 46 && m !== 41)) return false;
      if (interrupt && !(e - nn === 1 && ch === 49)) return false;
      e++;
    }
    if (e < le && codeAt(text, e) !== 32 && codeAt(text, e) !== 9) return false;
    const markerCol = this.nnCol + (e - nn);
    let p = e;
    let c = markerCol;
    for (; p < le; p++) {
      const w = codeAt(text, p);
      if (w === 32) c++;
      else if (w === 9) c += 4 - (c % 4);
      else break;
    }
    const empty = p >= le;
    if (empty && interrupt) return false; // an empty item cannot interrupt a paragraph
    const width = this.nnCol - this.col + (e - nn);
    const spaces = empty || c - markerCol >= 5 ? 1 : c - markerCol; // 5+: indented code follows
    this.truncate(depth);
    this.push({ quote: false, size: width + spaces, initialBlank: empty, furtherBlank: false });
    this.pos = e;
    this.col = markerCol;
    if (empty) this.pos = le;
    else this.advance(spaces);
    return true;
  }

  /**
   * `***`, `- - -`, `___` at `i`: three or more of one marker, only spaces or tabs between.
   * Nested list items test the same line again from further on (`- - - … x`): where the
   * previous test stopped is reused, so a line is read once.
   */
  private thematic(i: number): boolean {
    const { text, le } = this;
    const m = codeAt(text, i);
    if (m !== 42 && m !== 45 && m !== 95) return false;
    if (!(this.tbMarker === m && i >= this.tbFrom && i <= this.tbStop)) {
      let k = i;
      for (let c = m; k < le && (c === m || c === 32 || c === 9);) c = codeAt(text, ++k);
      this.tbMarker = m;
      this.tbFrom = i;
      this.tbStop = k;
    }
    if (this.tbStop < le) return false;
    let n = 0;
    for (let k = i; k < le && n < 3; k++) if (codeAt(text, k) === m) n++;
    return n >= 3;
  }

  /** Starts a leaf block at `nn`, no paragraph being open. */
  private startLeaf(lazy: boolean): void {
    const { text, nn, le } = this;
    if (this.blank) return;
    if (this.indent >= 4) {
      // micromark: indented code begun on a lazy line cannot go on to the next line.
      if (lazy) markRange(this.flags, this.pos, le);
      else this.open(INDENTED, this.pos);
      return;
    }
    const ch = codeAt(text, nn);
    if (ch === 35 && atxHeading(text, nn, le, this.inline)) return;
    if ((ch === 96 || ch === 126) && fenceAt(text, nn, le)) {
      let e = nn;
      while (codeAt(text, e) === ch) e++;
      this.fenceChar = ch;
      this.fenceLen = e - nn;
      this.open(FENCE, this.pos);
      return;
    }
    const kind = ch === 60 ? htmlBlockKind(text, nn, le, false) : 0;
    if (kind) {
      this.open(HTML, this.pos);
      this.htmlKind = kind;
      if (kind <= 5 && htmlBlockEnds(kind, text, htmlBlockEndFrom(kind, nn), le)) this.closeLeaf();
    } else if (!this.thematic(nn)) this.open(PARA, nn);
  }

  private open(leaf: number, start: number): void {
    this.leaf = leaf;
    this.leafStart = start;
    this.leafEnd = this.le;
    this.segs = leaf === PARA || leaf === HTML ? [start, this.le] : [];
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function isSetextUnderline(text: string, i: number, le: number): boolean {
  const m = codeAt(text, i);
  if (m !== 61 && m !== 45) return false;
  while (i < le && codeAt(text, i) === m) i++;
  while (i < le && (codeAt(text, i) === 32 || codeAt(text, i) === 9)) i++;
  return i >= le;
}

function fenceAt(text: string, i: number, le: number): boolean {
  const ch = codeAt(text, i);
  let e = i;
  while (e < le && codeAt(text, e) === ch) e++;
  if (e - i < 3) return false;
  if (ch === 96) for (; e < le; e++) if (codeAt(text, e) === 96) return false;
  return true;
}

function closesFence(text: string, i: number, le: number, ch: number, len: number): boolean {
  let e = i;
  while (e < le && codeAt(text, e) === ch) e++;
  if (e - i < len) return false;
  while (e < le && (codeAt(text, e) === 32 || codeAt(text, e) === 9)) e++;
  return e >= le;
}

/** The level of an ATX heading opening at `i`, or 0. */
function atxLevel(text: string, i: number, le: number): number {
  let e = i;
  while (e < le && codeAt(text, e) === 35) e++;
  const n = e - i;
  const c = codeAt(text, e);
  return n <= 6 && (e >= le || c === 32 || c === 9) ? n : 0;
}

/** An ATX heading at `i`: its content (without the closing `#`s) becomes an inline region. */
function atxHeading(text: string, i: number, le: number, inline: number[][]): boolean {
  const level = atxLevel(text, i, le);
  if (!level) return false;
  let a = i + level;
  while (a < le && (codeAt(text, a) === 32 || codeAt(text, a) === 9)) a++;
  let b = le;
  while (b > a && (codeAt(text, b - 1) === 32 || codeAt(text, b - 1) === 9)) b--;
  let h = b;
  while (h > a && codeAt(text, h - 1) === 35) h--;
  if (h === a) b = a;
  else if (h < b && (codeAt(text, h - 1) === 32 || codeAt(text, h - 1) === 9)) {
    b = h;
    while (b > a && (codeAt(text, b - 1) === 32 || codeAt(text, b - 1) === 9)) b--;
  }
  if (b > a) inline.push([a, b]);
  return true;
}

/** Whether a paragraph's lines are all link reference definitions (no setext heading then). */
function onlyDefinitions(text: string, segs: number[]): boolean {
  if (codeAt(text, segs[0] as number) !== 91) return false;
  const s = joinSegments(text, segs, []);
  return readDefinitions(s, new Set(), []) >= s.length;
}

/** Masks the inline constructs of a paragraph or heading (its lines as segments). */
function maskInline(text: string, segs: number[], labels: Set<string>, flags: Uint8Array): void {
  const starts: number[] = [];
  const s = joinSegments(text, segs, starts);
  markMapped(flags, segs, starts, inlineRanges(s, labels));
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
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}

function skipWs(s: string, i: number): number {
  while (i < s.length && isWsC(codeAt(s, i))) i++;
  return i;
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && (codeAt(s, i) === 32 || codeAt(s, i) === 9)) i++;
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
    const c = codeAt(s, k);
    if (c === 91) return -1;
    if (c === 93) return seen ? k + 1 : -1;
    if (isEolC(c)) continue;
    size++;
    if (c !== 32 && c !== 9) seen = true;
    if (c === 92 && (codeAt(s, k + 1) === 91 || codeAt(s, k + 1) === 92 || codeAt(s, k + 1) === 93)) k++;
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
  if (codeAt(s, i) === 60) {
    for (k++; k < s.length; k++) {
      const c = codeAt(s, k);
      if (c === 62) {
        end = k + 1;
        break;
      }
      if (c === 60 || isEolC(c)) break;
      if (c === 92 && (codeAt(s, k + 1) === 60 || codeAt(s, k + 1) === 62 || codeAt(s, k + 1) === 92)) k++;
    }
  } else {
    let balance = 0;
    for (; k < s.length; k++) {
      const c = codeAt(s, k);
      if (balance === 0 && (c === 41 || isWsC(c))) break;
      if (c === 40) {
        if (balance >= max) break;
        balance++;
      } else if (c === 41) balance--;
      else if (c <= 32 || c === 127) break;
      else if (c === 92 && (codeAt(s, k + 1) === 40 || codeAt(s, k + 1) === 41 || codeAt(s, k + 1) === 92)) k++;
    }
    const c = codeAt(s, k);
    if (k > i && balance === 0 && (k >= s.length || c === 41 || isWsC(c))) end = k;
  }
  budget.left -= k - i;
  return end;
}

/** End of a link title at `i`: `"…"`, `'…'` or `(…)`, may span lines. */
function titleEnd(s: string, i: number, budget: Budget): number {
  const open = codeAt(s, i);
  const close = open === 40 ? 41 : open;
  if (open !== 34 && open !== 39 && open !== 40) return -1;
  let k = i + 1;
  for (; k < s.length && codeAt(s, k) !== close; k++) {
    if (codeAt(s, k) === 92 && (codeAt(s, k + 1) === close || codeAt(s, k + 1) === 92)) k++;
  }
  budget.left -= k - i;
  return k < s.length ? k + 1 : -1;
}

/** End of an inline link's `(dest "title")` at `s[i] === '('`, or -1. */
function resourceEnd(s: string, i: number, budget: Budget): number {
  let j = skipWs(s, i + 1);
  if (codeAt(s, j) === 41) return j + 1;
  const d = destEnd(s, j, 32, budget);
  if (d < 0) return -1;
  j = skipWs(s, d);
  if (j > d) {
    const t = titleEnd(s, j, budget);
    if (t > 0) j = skipWs(s, t);
  }
  return codeAt(s, j) === 41 ? j + 1 : -1;
}

/** End of an autolink `<scheme:…>` or `<user@host>` at `s[i] === '<'`, or -1. */
function autolinkEnd(s: string, i: number): number {
  let k = i + 1;
  if (isAlpha(codeAt(s, k))) {
    k++;
    while (k < s.length && k - i - 1 < 32 && (isAlnum(codeAt(s, k)) || codeAt(s, k) === 43 || codeAt(s, k) === 45 || codeAt(s, k) === 46)) k++;
    if (codeAt(s, k) === 58 && k - i - 1 >= 2) {
      for (k++; k < s.length; k++) {
        const c = codeAt(s, k);
        if (c === 62) return k + 1;
        if (c <= 32 || c === 60 || c === 127) return -1;
      }
      return -1;
    }
    k = i + 1;
  }
  while (k < s.length && isAtext(codeAt(s, k))) k++;
  if (k === i + 1 || codeAt(s, k) !== 64) return -1;
  for (k++; ; k++) {
    if (!isAlnum(codeAt(s, k))) return -1;
    const start = k;
    while (k < s.length && (isAlnum(codeAt(s, k)) || codeAt(s, k) === 45)) k++;
    if (k - start > 63 || codeAt(s, k - 1) === 45) return -1;
    if (codeAt(s, k) === 62) return k + 1;
    if (codeAt(s, k) !== 46) return -1;
  }
}

/**
 * Closing backtick runs: for each run length, the starts of the maximal runs of that length
 * in `s`, built on the first code span opener. A query walks a per-length cursor forward
 * (openers come left to right), so many unmatched openers of many lengths stay linear.
 */
class TickRuns {
  private readonly byLength = new Map<number, number[]>();
  private readonly cursor = new Map<number, number>();

  constructor(s: string) {
    for (let j = s.indexOf('`'); j >= 0; j = s.indexOf('`', j)) {
      const start = j;
      while (codeAt(s, j) === 96) j++;
      const list = this.byLength.get(j - start);
      if (list) list.push(start);
      else this.byLength.set(j - start, [start]);
    }
  }

  /** Start of the first run of exactly `n` backticks at or after `from`, or -1. */
  next(from: number, n: number): number {
    const list = this.byLength.get(n);
    if (!list) return -1;
    let k = this.cursor.get(n) ?? 0;
    while (k < list.length && (list[k] as number) < from) k++;
    this.cursor.set(n, k);
    return k < list.length ? (list[k] as number) : -1;
  }
}

/**
 * Link reference definitions at the start of a paragraph's text `s`: their ranges go to
 * `out`, their labels to `labels`. Returns where the paragraph proper begins.
 */
function readDefinitions(s: string, labels: Set<string>, out: number[]): number {
  const unlimited: Budget = { left: Infinity }; // each line is read once: no budget needed
  let i = 0;
  while (codeAt(s, i) === 91) {
    const l = labelEnd(s, i);
    if (l < 0 || codeAt(s, l) !== 58) break;
    const d = destEnd(s, skipWs(s, l + 1), Infinity, unlimited);
    if (d < 0) break;
    let end = -1;
    if (isWsC(codeAt(s, d))) {
      const t = titleEnd(s, skipWs(s, d), unlimited);
      const a = t > 0 ? skipSpaces(s, t) : -1;
      if (t > 0 && (a >= s.length || isEolC(codeAt(s, a)))) end = t;
    }
    if (end < 0) {
      const a = skipSpaces(s, d);
      if (a < s.length && !isEolC(codeAt(s, a))) break;
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
  let ticks: TickRuns | undefined;
  const budget: Budget = { left: 8 * s.length + 100000 };
  let i = 0;
  while (i < s.length) {
    const c = codeAt(s, i);
    if (c === 92) {
      i += isPunct(codeAt(s, i + 1)) ? 2 : 1;
    } else if (c === 96) {
      let e = i;
      while (codeAt(s, e) === 96) e++;
      const close = (ticks ??= new TickRuns(s)).next(e, e - i);
      if (close >= 0) out.push(i, close + e - i);
      i = close < 0 ? e : close + e - i;
    } else if (c === 60) {
      let e = autolinkEnd(s, i);
      if (e < 0) e = htmlInlineEnd(s, i, s.length, memo);
      if (e > 0) out.push(i, e);
      i = e > 0 ? e : i + 1;
    } else if (c === 91 || (c === 33 && codeAt(s, i + 1) === 91)) {
      openers.push(i);
      i += c === 91 ? 1 : 2;
    } else if (c === 93 && openers.length > 0) {
      const o = openers.pop() as number;
      const image = codeAt(s, o) === 33;
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
  const next = codeAt(s, i + 1);
  if (next === 40) {
    const r = resourceEnd(s, i + 1, budget);
    return r > 0 ? r : defined ? i + 1 : -1;
  }
  if (next === 91) {
    const l = labelEnd(s, i + 1);
    if (l > 0 && labels.has(normalizeLabel(s.slice(i + 2, l - 1)))) return l;
    return defined && codeAt(s, i + 2) === 93 ? i + 3 : -1;
  }
  return defined ? i + 1 : -1;
}
