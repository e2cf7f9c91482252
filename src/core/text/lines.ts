/**
 * Offsets ↔ line/column, with the line breaks VS Code recognizes (`\r\n`, `\n`, `\r`).
 * Lines and columns here are 0-based; the CLI adds one when it prints.
 */

/** A 0-based line and UTF-16 column. */
export interface LineCol {
  line: number;
  character: number;
}

/**
 * Offsets where lines start. A function of its own, not the constructor's loop: V8 compiled
 * that loop on the stack for each new note and threw the code away when the loop ended (a
 * deoptimization per note, 264 in one pass over the corpus).
 */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * The position of an offset in a text of `length` characters whose lines start at `starts`
 * (clamped into the text): what LineIndex answers, for a host given only the line starts.
 */
export function positionIn(starts: readonly number[], length: number, offset: number): LineCol {
  const o = Math.max(0, Math.min(offset, length));
  const line = lastAtMost(starts, o);
  return { line, character: o - (starts[line] as number) };
}

/** The index of the last element of ascending `sorted` that is at most `value` (0 when none is): a binary search. */
export function lastAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] as number) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps offsets of one text to positions; built once per text in a single pass. */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  /** Number of lines (a text without a trailing break still has its last line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** Offsets where the lines start (the first is 0). */
  get lineStartOffsets(): readonly number[] {
    return this.starts;
  }

  /** The position of an offset, clamped into the text. */
  positionAt(offset: number): LineCol {
    return positionIn(this.starts, this.text.length, offset);
  }

  /** The offset of a position, clamped to its line. */
  offsetAt(pos: LineCol): number {
    const line = Math.max(0, Math.min(pos.line, this.starts.length - 1));
    const start = this.starts[line] as number;
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(line));
  }

  /** Offset of the first character of a line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] as number;
  }

  /** Offset just before the line break that ends a line. */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}
