/**
 * The recognizer: one left-to-right pass over a masked line that turns numbers with a unit
 * into claims.
 *
 * Candidates are anchored on a digit, a two-digit-year quote, a minus sign, a currency sign
 * or the first syllable of a Hangul word that can start a numeral or a relative date; every
 * other word is skipped whole. When an attempt fails the scan jumps past everything it could
 * have read, so each character is looked at a bounded number of times and a line costs
 * linear time whatever it holds. Claims come out sorted and non-overlapping because the
 * scan resumes after each one.
 */
import type { Claim } from '../model';
import type { Hit } from './amounts';
import * as amounts from './amounts';
import * as spelled from './spelled';
import * as chars from './chars';
import type { DateHit } from './dates';
import * as dates from './dates';
import * as decimal from './decimal';
import * as number from './number';
import * as masks from './masks';
import * as qualifiers from './qualifiers';
import { codeAt } from '../text/codeAt';

// Bound once: tsx and esbuild compile each module to CommonJS with getter exports, and a
// getter per call is measurable in this loop (see number.ts).
const { bigExp, isAsciiLetter, isBlank, isDigit, isHangul } = chars;
const { amount, prefixedAmount } = amounts;
const { hangulAmount } = spelled;
const { dateAt, relativeAt } = dates;
const { decToString } = decimal;
const { parseDigitNumber, skipNumberish } = number;
const { maskedRunEnd } = masks;
const { qualifiersAround } = qualifiers;

/** Options of a scan (see `findClaims`). */
export interface ScanOptions {
  anchorYear?: number;
}

/**
 * Where a claim can start: a digit, a quote (`’22년`), a minus, a currency sign or code
 * letter, or a Hangul word whose first syllable can start a numeral (`천만원`), a vague
 * magnitude (`수십조`) or a relative date (`향후`, `올해` …). One character each, with a
 * one-character lookbehind, so the search is linear.
 */
const CANDIDATE = /[0-9'\-$₩€£¥UEKJCGR]|(?<![가-힣0-9])[영일이삼사오육륙칠팔구십백천만수향앞올금내작지전]/g;

/** A date hit as a generic hit. */
function fromDate(d: DateHit): Hit {
  const value = d.year === null ? null : { int: BigInt(d.year), scale: 0 };
  const hit: Hit = { start: d.start, end: d.end, kind: d.kind, value, unit: null, quals: [], iso: d.iso };
  if (d.range) hit.range = { from: { int: BigInt(d.range.from), scale: 0 }, to: { int: BigInt(d.range.to), scale: 0 } };
  return hit;
}

/** A minus sign that belongs to the number (`-3.2%`), not a range dash or a list marker. */
function signAt(s: string, i: number): boolean {
  if (!isDigit(codeAt(s, i + 1))) return false;
  if (i === 0) return true;
  const p = codeAt(s, i - 1);
  return p === 32 || p === 40 /* ( */ || p === 9;
}

/** Start of a spelled minus (`마이너스 3%`) right before `i`, or -1. */
function minusWordBefore(s: string, i: number): number {
  const p = isBlank(codeAt(s, i - 1)) ? i - 1 : i;
  for (const w of ['마이너스', '마이나스']) if (p >= w.length && s.startsWith(w, p - w.length)) return p - w.length;
  return -1;
}

/** Symbols that can follow a number as its unit or a range dash. */
const SYMBOL_AFTER = new Set(Array.from('%~-$₩€£¥元ℓ℃㎡㎢㎞㎏㎾㎿㎥', (c) => codeAt(c, 0)));

/**
 * True when the number at `i` cannot be a claim: no big unit to chain or stand bare, and
 * no letter, syllable or unit symbol after it (table cells, IDs, `2.0`). Saves the exact
 * parse for the many numbers that end a line or sit before punctuation.
 */
function plainNumberAt(s: string, i: number): boolean {
  let j = i;
  for (; j < s.length; j++) {
    const c = codeAt(s, j);
    if (isDigit(c) || c === 44 || c === 46) continue;
    if (bigExp(c) >= 0) return false;
    break;
  }
  if (codeAt(s, j) === 32) j++;
  if (j >= s.length) return true;
  const c = codeAt(s, j);
  return !isHangul(c) && !isAsciiLetter(c) && !SYMBOL_AFTER.has(c);
}

/** The claim starting with the digit at `i`, or null. */
function digitAt(s: string, i: number, opts: ScanOptions): Hit | null {
  const d = dateAt(s, i, opts.anchorYear);
  if (d) return fromDate(d);
  if (plainNumberAt(s, i)) return null;
  const t = parseDigitNumber(s, i);
  if (!t) return null;
  const minus = minusWordBefore(s, i);
  return amount(s, t, minus < 0 ? i : minus, minus >= 0);
}

/** The claim starting with the Hangul word at `i`, or null. */
function wordAt(s: string, i: number, opts: ScanOptions): Hit | null {
  // `1,000 만원` or `7억 천만원` that the digit grammar did not join: never read the spelled
  // part alone (`만원` as 10,000, `천만원` as 10 million).
  if (i >= 2 && isBlank(codeAt(s, i - 1))) {
    const p = codeAt(s, i - 2);
    if (isDigit(p) || (bigExp(p) >= 0 && isDigit(codeAt(s, i - 3)))) return null;
  }
  const rel = relativeAt(s, i, opts.anchorYear);
  if (rel) return fromDate(rel);
  return hangulAmount(s, i);
}

/** The claim at a non-digit, non-Hangul position `i` (quote, sign, currency), or null. */
function symbolAt(s: string, i: number, c: number, opts: ScanOptions): Hit | null {
  if (c === 39 /* ' */) {
    const d = isDigit(codeAt(s, i + 1)) ? dateAt(s, i, opts.anchorYear) : null;
    return d && fromDate(d);
  }
  if (c === 45 /* - */) {
    const t = signAt(s, i) ? parseDigitNumber(s, i + 1) : null;
    const hit = t && amount(s, t, i, true);
    return hit && { ...hit, start: i };
  }
  // Otherwise a currency sign or a code's first letter (`US$`, `EUR`), not inside a word.
  return i === 0 || !isAsciiLetter(codeAt(s, i - 1)) ? prefixedAmount(s, i) : null;
}

/**
 * Scans one masked line `s` that starts at `base` in the note and appends its claims to
 * `out`; `text` is the original note, from which each claim's `text` is sliced.
 */
export function scanLine(text: string, s: string, base: number, opts: ScanOptions, out: Claim[]): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    // Jump to the next candidate with the regex engine (native, no allocation with `test`).
    CANDIDATE.lastIndex = i;
    if (!CANDIDATE.test(s)) return;
    i = CANDIDATE.lastIndex - 1;
    const c = codeAt(s, i);
    let hit: Hit | null = null;
    let resume = i + 1;
    if (c >= 48 && c <= 57) {
      const prev = i > 0 ? codeAt(s, i - 1) : 32;
      const inside = isDigit(prev) || ((prev === 44 || prev === 46) && isDigit(codeAt(s, i - 2)));
      let z = i + 1;
      while (z < n && isDigit(codeAt(s, z))) z++;
      const masked = inside ? -1 : maskedRunEnd(s, i, z);
      if (!inside && masked < 0) hit = digitAt(s, i, opts);
      if (!hit) resume = masked > 0 ? masked : skipNumberish(s, i);
    } else if (c >= 0xac00 && c <= 0xd7a3) {
      // The first syllable of a Hangul word (the regex checked the one before). On a miss
      // the rest of the word is skipped by the regex itself: no later syllable matches.
      hit = wordAt(s, i, opts);
    } else hit = symbolAt(s, i, c, opts);
    if (hit) {
      out.push(toClaim(text, s, base, hit));
      i = hit.end;
    } else i = resume;
  }
}

function toClaim(text: string, s: string, base: number, h: Hit): Claim {
  const exact = h.value === null || h.range ? null : decToString(h.value);
  const isDate = h.kind === 'date' || h.kind === 'deadline';
  const claim: Claim = {
    start: base + h.start,
    end: base + h.end,
    text: text.slice(base + h.start, base + h.end),
    kind: h.kind,
    value: exact === null ? null : Number(exact),
    exact,
    unit: h.unit,
    qualifiers: isDate ? h.quals : qualifiersAround(s, h.start, h.end, h.quals),
  };
  if (h.range) claim.range = { from: Number(decToString(h.range.from)), to: Number(decToString(h.range.to)) };
  if (h.iso !== undefined) claim.iso = h.iso;
  return claim;
}
