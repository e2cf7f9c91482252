/**
 * Pure-Hangul Sino-Korean numerals (claims-guide §4): `천만원`, `삼십오만 원`,
 * `오천팔백십구만백사십팔원`, and the vague `수십조원` / `수천억 원`.
 *
 * Sino numeral syllables are also ordinary syllables (`이번`, `구조조정`, `삼성전자`,
 * `한국`), so this module only reads the numeral; the recognizer accepts it only when it
 * stands at a word start, carries a magnitude and is followed by a currency or counter.
 */
import * as chars from './chars';
import { Dec, ZERO, decAdd, decFromDigits, decInt, decShift } from './decimal';

const { bigExp, subExp } = chars; // bound once: see number.ts

/** Digit value of each Sino numeral syllable, indexed by code − 0xAC00 (−1 elsewhere). */
const DIGIT_OF = new Int8Array(11172).fill(-1);
Array.from('영일이삼사오육칠팔구').forEach((ch, d) => (DIGIT_OF[ch.charCodeAt(0) - 0xac00] = d));
DIGIT_OF['륙'.charCodeAt(0) - 0xac00] = 6;

function digitOf(c: number): number {
  return c >= 0xac00 && c <= 0xd7a3 ? DIGIT_OF[c - 0xac00] : -1;
}

/** A Hangul numeral read from the text. */
export interface HangulNumber {
  start: number;
  end: number;
  /** Null for a vague magnitude (`수십조`). */
  value: Dec | null;
  /** Contains 십/백/천/만/억/조 (or is vague). */
  scaled: boolean;
  /** Contains 만/억/조/경. */
  big: boolean;
  /** Written with 점/쩜 (`일점이삼`). */
  decimal: boolean;
  /** Power of ten of the top group's multiplier, as `NumberToken.topExp`. */
  topExp: number;
  /** Number of syllables. */
  length: number;
  endsWithMagnitude: boolean;
}

/** True when the syllable can start or continue a Sino numeral. */
export function isNumeralSyllable(c: number): boolean {
  return digitOf(c) >= 0 || subExp(c) >= 0 || bigExp(c) >= 0;
}

/**
 * Reads a Sino-Korean numeral at `i`. Stops at the first syllable that would break the
 * grammar (two digits in a row, a non-descending unit), so `조사원` reads nothing useful
 * and the caller rejects it. A leading 억/조/경 is refused (`억원` is a table header).
 */
export function parseHangulNumber(s: string, i: number): HangulNumber | null {
  if (bigExp(s.charCodeAt(i)) > 4) return null;
  let total = ZERO;
  let group = 0;
  let cur = -1;
  let lastSub = 99;
  let lastBig = 99;
  let scaled = false;
  let topExp = -1;
  let groupTopSub = -1;
  let ends = false;
  let p = i;
  for (; p < s.length; p++) {
    const c = s.charCodeAt(p);
    const d = digitOf(c);
    if (d >= 0) {
      if (cur >= 0) break;
      cur = d;
      ends = false;
      continue;
    }
    const sub = subExp(c);
    if (sub >= 0) {
      if (sub >= lastSub) break;
      group += (cur < 0 ? 1 : cur) * 10 ** sub;
      if (groupTopSub < 0) groupTopSub = sub;
      cur = -1;
      lastSub = sub;
      scaled = ends = true;
      continue;
    }
    const big = bigExp(c);
    if (big >= 0) {
      if (big >= lastBig) break;
      const g = group + (cur < 0 ? 0 : cur);
      total = decAdd(total, decShift(decInt(g === 0 ? 1 : g), big));
      if (topExp < 0) topExp = big + Math.max(0, groupTopSub);
      group = 0;
      cur = -1;
      lastSub = 99;
      lastBig = big;
      scaled = ends = true;
      continue;
    }
    break;
  }
  if (p === i) return null;
  if (topExp < 0) topExp = Math.max(0, groupTopSub);
  let value = decAdd(total, decInt(group + (cur < 0 ? 0 : cur)));
  let decimal = false;
  // `일점이삼`, `사천백이십삼점삼`: after 점 each syllable is one fraction digit.
  if ((s[p] === '점' || s[p] === '쩜') && digitOf(s.charCodeAt(p + 1)) >= 0) {
    let frac = '';
    let q = p + 1;
    while (q < s.length && digitOf(s.charCodeAt(q)) >= 0) frac += String(digitOf(s.charCodeAt(q++)));
    value = decAdd(value, decFromDigits('0', frac));
    decimal = true;
    ends = false;
    p = q;
  }
  return { start: i, end: p, value, scaled, big: lastBig < 99, decimal, topExp, length: p - i, endsWithMagnitude: ends };
}

/**
 * The vague magnitudes `수십`, `수백`, `수천`, `수만`, `수억`, `수조` and their compounds
 * (`수십조`, `수천억`, `수백만`): value null. Returns null unless a magnitude follows 수.
 */
export function parseVague(s: string, i: number): HangulNumber | null {
  if (s[i] !== '수') return null;
  let p = i + 1;
  let lastSub = 99;
  let lastBig = 99;
  while (p < s.length) {
    const sub = subExp(s.charCodeAt(p));
    const big = bigExp(s.charCodeAt(p));
    if (sub >= 0 && sub < lastSub) lastSub = sub;
    else if (big >= 0 && big < lastBig) {
      lastBig = big;
      lastSub = 99;
    } else break;
    p++;
  }
  if (p === i + 1) return null;
  return { start: i, end: p, value: null, scaled: true, big: lastBig < 99, decimal: false, topExp: 0, length: p - i, endsWithMagnitude: true };
}
