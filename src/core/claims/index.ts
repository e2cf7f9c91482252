/**
 * Numeric claims in Korean policy text: money, counts, percentages, multiples, physical
 * quantities, dates, deadlines and durations, with exact values (docs/design.md, `claims`).
 *
 * `findClaims` is pure: text in, claims out, no I/O (the only module state is regex
 * cursors, reset on every use). The text is scanned line by line; a line longer than
 * `MAX_SEGMENT` characters (a minified blob, a flattened table) is skipped rather than
 * scanned, which bounds the work on hostile input. `skippedSegments` lists those lines so
 * a rule can report them (docs/design.md, case H22, `line-too-long`).
 */
import type { Claim, Span } from '../model';
import * as chars from './chars';
import * as masks from './masks';
import * as recognize from './recognize';

// Bound once: tsx and esbuild compile each module to CommonJS with getter exports, and a
// getter per line is measurable (see number.ts).
const { normalizeForScan } = chars;
const { maskLiterals } = masks;
const { scanLine } = recognize;

/** The claim types, re-exported so callers need one import. */
export type { Claim, ClaimKind, Qualifier } from '../model';

/** Lines longer than this are not scanned (docs/design.md, case H22). */
export const MAX_SEGMENT = 4000;

/** Options of `findClaims`. */
export interface FindClaimsOptions {
  /**
   * The article's year (front-matter `approve_date`, else a byline date). Dates written
   * without a year (`3월 27일`, `9.23.(금)`) and relative deadlines (`향후 5년 내`,
   * `올해 하반기`) get their year from it; without it their value is null.
   */
  anchorYear?: number;
}

/**
 * Finds the numeric claims of `text`, an already-masked view of a note (HTML, code, URLs
 * blanked with spaces; raw text works too). Claims are sorted by `start`, never overlap,
 * and `text` of each is `text.slice(start, end)`: the number with its unit or counter;
 * qualifiers such as 약/최대/이상 are attributes, not part of the span.
 *
 * @example findClaims('수출 3348억 달러 달성') // [{ text: '3348억 달러', kind: 'money', value: 334800000000, unit: 'USD', … }]
 */
export function findClaims(text: string, options: FindClaimsOptions = {}): Claim[] {
  const out: Claim[] = [];
  const norm = maskLiterals(normalizeForScan(text));
  const n = text.length;
  let start = 0;
  // The next \r, found once and advanced only when passed (a search per line would be quadratic).
  let cr = norm.indexOf('\r');
  if (cr < 0) cr = n;
  while (start < n) {
    let end = norm.indexOf('\n', start);
    if (end < 0) end = n;
    // A CR-only or CRLF file: split the \n-line further at each \r.
    let from = start;
    while (cr < end) {
      scanSegment(text, norm, from, cr, options, out);
      from = cr + 1;
      cr = norm.indexOf('\r', from);
      if (cr < 0) cr = n;
    }
    scanSegment(text, norm, from, end, options, out);
    start = end + 1;
  }
  return out;
}

/** Scans `[start, end)` of the note unless it is empty or longer than `MAX_SEGMENT`. */
function scanSegment(text: string, norm: string, start: number, end: number, options: FindClaimsOptions, out: Claim[]): void {
  if (end <= start || end - start > MAX_SEGMENT) return;
  scanLine(text, norm.slice(start, end), start, options, out);
}

/** The lines of `text` that `findClaims` does not scan because they exceed `MAX_SEGMENT`. */
export function skippedSegments(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\r\n|\n|\r/g)) {
    if (m.index - start > MAX_SEGMENT) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (text.length - start > MAX_SEGMENT) out.push({ start, end: text.length });
  return out;
}
