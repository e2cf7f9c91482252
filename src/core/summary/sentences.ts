/**
 * Korean sentence splitting over a note's prose view (`note.prose`: HTML tags, code and
 * URLs already blanked at unchanged offsets), with paragraphs and comma clauses, which is
 * the granularity targets are bound at ("its program and agency when the sentence or
 * paragraph names them").
 *
 * A sentence ends at `.`, `!`, `?` or `。` before a blank (or right after `다.`/`요.`, since
 * press releases often omit the space), and at a line break, unless the line visibly goes
 * on, the way hard-wrapped Markdown paragraphs do: it ends with a comma or a particle or
 * connective ending (`…200개사를⏎확충할 계획`), or it is long, has no final ending and the
 * next line is long too, or a curly quote opened on the line is still open (a quoted name
 * wrapped in two). A next line opening with a list marker, or (outside a quote) a digit or a
 * jamo bullet (`ㅇ`), starts anew. Blank lines and headings end paragraphs.
 * Lines over `MAX_LINE` characters (flattened tables, minified data) are skipped whole.
 */
import { isAsciiWord, isWordChar } from './normalize';
import { codeAt } from '../text/codeAt';

/** Longest line scanned (docs/design.md, case H22). */
export const MAX_LINE = 4000;

/** A sentence: offsets into the prose (trimmed), and the paragraph it belongs to. */
export interface Sentence {
  start: number;
  end: number;
  /** Paragraph number, counted from 0 in text order. */
  paragraph: number;
}

interface Line {
  start: number;
  end: number;
  blank: boolean;
  heading: boolean;
}

/** Endings after which a wrapped line continues the sentence. */
const CONTINUES = new Set(',을를은는이가의에와과로고며서해여면도만인한할된될던하및등'.split(''));

/** Characters that, at the start of a line, open a new block (list item, quote, table row …). */
const BLOCK_START = new Set('#>|*+-▲▶►○●□■◆◇•※①②③④⑤⑥⑦⑧⑨⑩'.split(''));

function splitLines(prose: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  // The next \n and \r, each searched for again only once passed: linear in the prose.
  let lf = prose.indexOf('\n');
  let cr = prose.indexOf('\r');
  for (;;) {
    if (lf >= 0 && lf < start) lf = prose.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = prose.indexOf('\r', start);
    const end = lf < 0 ? (cr < 0 ? prose.length : cr) : cr < 0 ? lf : Math.min(lf, cr);
    lines.push(describeLine(prose, start, end));
    if (end >= prose.length) return lines;
    start = end + (codeAt(prose, end) === 13 && codeAt(prose, end + 1) === 10 ? 2 : 1);
  }
}

function describeLine(prose: string, start: number, end: number): Line {
  let first = -1;
  let content = false;
  for (let i = start; i < end && !content; i++) {
    const c = codeAt(prose, i);
    if (first < 0 && c !== 32 && c !== 9) first = i;
    // `&nbsp;` between masked tags is no content; a letter, digit or Hangul syllable is.
    if (isWordChar(c) && !isInEntity(prose, i, start, end)) content = true;
  }
  return { start, end, blank: !content || end - start > MAX_LINE, heading: first >= 0 && prose[first] === '#' };
}

/** True when position `i` lies in an `&name;` entity (looked for at most 9 characters either way). */
function isInEntity(s: string, i: number, lineStart: number, lineEnd: number): boolean {
  for (let j = i; j >= Math.max(lineStart, i - 8); j--) {
    const c = codeAt(s, j);
    if (c === 38) {
      for (let k = i + 1; k < Math.min(lineEnd, j + 10); k++) if (codeAt(s, k) === 59) return true;
      return false;
    }
    if (!isAsciiWord(c) && c !== 35) return false;
  }
  return false;
}

/**
 * Splits prose into sentences. Linear in the length of the prose. Lines before
 * `frontMatterEnd` are front matter: each key's value is a paragraph of its own (a folded
 * `excerpt: >` block stays one), which needs the note's `text` to see where keys start.
 */
export function splitSentences(prose: string, frontMatterEnd = 0, text = prose): Sentence[] {
  const out: Sentence[] = [];
  const lines = splitLines(prose);
  const marks = markFinder(prose);
  let paragraph = 0;
  let open = -1; // start of a sentence carried over from a wrapped line
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as Line;
    if (line.blank || line.heading || (line.start < frontMatterEnd && startsYamlEntry(text, line.start))) {
      if (open >= 0) push(out, prose, open, lines[n - 1]?.end ?? open, paragraph);
      open = -1;
      paragraph++;
      if (line.heading) push(out, prose, line.start, line.end, paragraph++);
      if (line.blank || line.heading) continue;
    }
    let s = open >= 0 ? open : line.start;
    for (let i = marks.next(line.start); i < line.end; i = marks.next(i + 1)) {
      if (endsSentence(prose, i, line.end)) {
        push(out, prose, s, i + 1, paragraph);
        s = i + 1;
      }
    }
    const next = lines[n + 1];
    const fmBoundary = next !== undefined && next.start < frontMatterEnd && startsYamlEntry(text, next.start);
    const short = next !== undefined && next.end - s <= MAX_LINE; // a sentence never grows past the line limit
    if (next && short && !next.blank && !next.heading && !fmBoundary && continuesOnNextLine(prose, s, line.end, next)) open = s;
    else {
      push(out, prose, s, line.end, paragraph);
      open = -1;
    }
  }
  if (open >= 0) push(out, prose, open, prose.length, paragraph);
  return out;
}

/** A front-matter line that starts a key or a list item (not the continuation of a block scalar). */
function startsYamlEntry(text: string, lineStart: number): boolean {
  let i = lineStart;
  while (codeAt(text, i) === 32) i++;
  if (text.startsWith('- ', i)) return true;
  return i === lineStart && i < text.length && text[i] !== '\n' && text[i] !== '\r';
}

/** The next sentence mark at or after an offset; searches again only once the last find is passed. */
function markFinder(prose: string): { next(from: number): number } {
  const re = /[.!?。]/g;
  let found = -1;
  return {
    next(from) {
      if (found >= from) return found;
      re.lastIndex = from;
      found = re.exec(prose)?.index ?? prose.length;
      return found;
    },
  };
}

function endsSentence(prose: string, i: number, lineEnd: number): boolean {
  const c = prose[i];
  if (c !== '.' && c !== '!' && c !== '?' && c !== '。') return false;
  if (i + 1 >= lineEnd) return true;
  const next = codeAt(prose, i + 1);
  if (next === 32 || next === 9 || next === 0x3000) return true;
  // `했다.또한`: a Korean sentence ending needs no blank after it.
  if (c === '.' && (prose[i - 1] === '다' || prose[i - 1] === '요') && !/[0-9.]/.test(prose[i + 1] as string)) return true;
  // Closing quotes and brackets right after the mark belong to the sentence.
  return c !== '.' && /["'”’)」』\]]/.test(prose[i + 1] as string) && (i + 2 >= lineEnd || codeAt(prose, i + 2) === 32);
}

/** Endings after which a line is a finished statement or a title (`…밝혔다`, `…확대`). */
const TERMINAL = new Set('.!?。…:)]」』"\'”’다요음함임됨'.split(''));

function continuesOnNextLine(prose: string, sentenceStart: number, lineEnd: number, next: Line): boolean {
  let last = lineEnd - 1;
  while (last >= sentenceStart && (prose[last] === ' ' || prose[last] === '\t')) last--;
  if (last < sentenceStart) return false;
  let first = next.start;
  while (first < next.end && (prose[first] === ' ' || prose[first] === '\t')) first++;
  const head = codeAt(prose, first);
  if (BLOCK_START.has(prose[first] as string) || (head >= 0x3131 && head <= 0x318e) || numbered(prose, first, next.end)) return false;
  // A quoted name broken over the line (`‘K-수출⏎스타’`, `“글로벌 강소기업⏎1000+”`) goes on:
  // a quote opened near the end of the line and not closed on it. Only that stretch is read,
  // so a long carried sentence costs no more per line.
  if (openQuote(prose, Math.max(sentenceStart, lineEnd - QUOTED_NAME), lineEnd)) return true;
  if (head >= 48 && head <= 57) return false;
  if (CONTINUES.has(prose[last] as string)) return true;
  // A long line without a final ending, followed by a long one: a hard-wrapped paragraph.
  return !TERMINAL.has(prose[last] as string) && last - sentenceStart >= 20 && next.end - first >= 10;
}

/** How far before a line break a quote may open and still carry the sentence over it, in characters. */
const QUOTED_NAME = 30;

/**
 * True when a curly quote opened in `[from, to)` is not closed there. Straight quotes are not
 * counted (`’22년` closes nothing it opened, and an apostrophe would open nothing).
 */
function openQuote(prose: string, from: number, to: number): boolean {
  const open: number[] = [];
  for (let i = from; i < to; i++) {
    const c = codeAt(prose, i);
    if (c === 0x2018 || c === 0x201c) open.push(c);
    else if ((c === 0x2019 || c === 0x201d) && open[open.length - 1] === c - 1) open.pop();
  }
  return open.length > 0;
}

/** A numbered list item at `i`: digits, then `.` or `)`, then a blank (`1. 다음`). */
function numbered(prose: string, i: number, end: number): boolean {
  let j = i;
  while (j < end && codeAt(prose, j) >= 48 && codeAt(prose, j) <= 57) j++;
  return j > i && (prose[j] === '.' || prose[j] === ')') && (codeAt(prose, j + 1) === 32 || j + 1 >= end);
}

function push(out: Sentence[], prose: string, start: number, end: number, paragraph: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(prose[s] as string)) s++;
  while (e > s && /\s/.test(prose[e - 1] as string)) e--;
  if (e > s) out.push({ start: s, end: e, paragraph });
}

/** Clause marks per sentence, found once (a sentence is asked about each of its figures). */
const clauseMarks = new WeakMap<Sentence, number[]>();

function marksOf(prose: string, sentence: Sentence): number[] {
  let marks = clauseMarks.get(sentence);
  if (!marks) {
    marks = [];
    for (let i = sentence.start; i < sentence.end; i++) if (isClauseMark(prose, i)) marks.push(i);
    clauseMarks.set(sentence, marks);
  }
  return marks;
}

/** The comma clause of `sentence` around `offset`: commas between digits (`1,500억`) do not count. */
export function clauseAt(prose: string, sentence: Sentence, offset: number): { start: number; end: number } {
  const marks = marksOf(prose, sentence);
  // The first mark at or after the offset (binary search), and the one before it.
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? (marks[lo - 1] as number) : -1;
  return { start: before >= 0 ? before + 1 : sentence.start, end: lo < marks.length ? (marks[lo] as number) : sentence.end };
}

function isClauseMark(prose: string, i: number): boolean {
  const c = codeAt(prose, i);
  if (c === 59 || c === 0xff0c) return true; // ; and the fullwidth comma
  if (c !== 44) return false;
  const a = codeAt(prose, i - 1);
  const b = codeAt(prose, i + 1);
  return !(a >= 48 && a <= 57 && b >= 48 && b <= 57);
}
