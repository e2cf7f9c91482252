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
import { Hit, amount, hangulAmount, prefixedAmount } from './amounts';
import * as chars from './chars';
import { DateHit, dateAt, relativeAt } from './dates';
import { decToString } from './decimal';
import { isNumeralSyllable } from './hangul';
import { parseDigitNumber, skipNumberish } from './number';
import { qualifiersAround } from './qualifiers';

const { isAsciiLetter, isBlank, isDigit } = chars; // bound once: see number.ts

/** Options of a scan (see `findClaims`). */
export interface ScanOptions {
  anchorYear?: number;
}

/** Hangul syllables that may start a claim: numerals, 수 (수십조), and relative-date words. */
const WORD_START = new Uint8Array(11172);
for (const ch of '수향앞올금내작지전') WORD_START[ch.charCodeAt(0) - 0xac00] = 1;
for (let c = 0xac00; c <= 0xd7a3; c++) if (isNumeralSyllable(c)) WORD_START[c - 0xac00] = 1;

/** ASCII and symbols that may start a prefixed currency (`$5`, `US$`, `EUR 20`, `₩1,000`). */
const CURRENCY_START = new Set(Array.from('$₩€£¥UEKJCGR').map((c) => c.charCodeAt(0)));

/** A date hit as a generic hit. */
function fromDate(d: DateHit): Hit {
  const value = d.year === null ? null : { int: BigInt(d.year), scale: 0 };
  const hit: Hit = { start: d.start, end: d.end, kind: d.kind, value, unit: null, quals: [], iso: d.iso };
  if (d.range) hit.range = { from: { int: BigInt(d.range.from), scale: 0 }, to: { int: BigInt(d.range.to), scale: 0 } };
  return hit;
}

/** A minus sign that belongs to the number (`-3.2%`), not a range dash or a list marker. */
function signAt(s: string, i: number): boolean {
  if (!isDigit(s.charCodeAt(i + 1))) return false;
  if (i === 0) return true;
  const p = s.charCodeAt(i - 1);
  return p === 32 || p === 40 /* ( */ || p === 9;
}

/** Start of a spelled minus (`마이너스 3%`) right before `i`, or -1. */
function minusWordBefore(s: string, i: number): number {
  const p = isBlank(s.charCodeAt(i - 1)) ? i - 1 : i;
  for (const w of ['마이너스', '마이나스']) if (p >= w.length && s.startsWith(w, p - w.length)) return p - w.length;
  return -1;
}

/** The claim starting with the digit at `i`, or null. */
function digitAt(s: string, i: number, opts: ScanOptions): Hit | null {
  const d = dateAt(s, i, opts.anchorYear);
  if (d) return fromDate(d);
  const t = parseDigitNumber(s, i);
  if (!t) return null;
  const minus = minusWordBefore(s, i);
  return amount(s, t, minus < 0 ? i : minus, minus >= 0);
}

/** The claim starting with the Hangul word at `i`, or null. */
function wordAt(s: string, i: number, opts: ScanOptions): Hit | null {
  const rel = relativeAt(s, i, opts.anchorYear);
  if (rel) return fromDate(rel);
  return hangulAmount(s, i);
}

/** The claim at a non-digit, non-Hangul position `i` (quote, sign, currency), or null. */
function symbolAt(s: string, i: number, c: number, opts: ScanOptions): Hit | null {
  if (c === 39 /* ' */) {
    const d = isDigit(s.charCodeAt(i + 1)) ? dateAt(s, i, opts.anchorYear) : null;
    return d && fromDate(d);
  }
  if (c === 45 /* - */) {
    const t = signAt(s, i) ? parseDigitNumber(s, i + 1) : null;
    const hit = t && amount(s, t, i, true);
    return hit && { ...hit, start: i };
  }
  if (CURRENCY_START.has(c) && (i === 0 || !isAsciiLetter(s.charCodeAt(i - 1)))) return prefixedAmount(s, i);
  return null;
}

/**
 * Scans one masked line `s` that starts at `base` in the note and appends its claims to
 * `out`; `text` is the original note, from which each claim's `text` is sliced.
 */
export function scanLine(text: string, s: string, base: number, opts: ScanOptions, out: Claim[]): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    let hit: Hit | null = null;
    let resume = i + 1;
    if (c >= 48 && c <= 57) {
      const prev = i > 0 ? s.charCodeAt(i - 1) : 32;
      const inside = isDigit(prev) || ((prev === 44 || prev === 46) && isDigit(s.charCodeAt(i - 2)));
      if (!inside) hit = digitAt(s, i, opts);
      if (!hit) resume = skipNumberish(s, i);
    } else if (c >= 0xac00 && c <= 0xd7a3) {
      // A Hangul word: try its start only, then skip it whole.
      const prev = i > 0 ? s.charCodeAt(i - 1) : 32;
      const atWordStart = !(prev >= 0xac00 && prev <= 0xd7a3) && !isDigit(prev);
      if (atWordStart && WORD_START[c - 0xac00] === 1) hit = wordAt(s, i, opts);
      if (!hit) {
        resume = i + 1;
        while (resume < n) {
          const d = s.charCodeAt(resume);
          if (d < 0xac00 || d > 0xd7a3) break;
          resume++;
        }
      }
    } else if (c === 39 || c === 45 || CURRENCY_START.has(c)) {
      hit = symbolAt(s, i, c, opts);
    }
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
