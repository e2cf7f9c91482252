/**
 * Pure-Hangul Sino-Korean numerals: `천만원`, `삼십오만 원`,
 * `오천팔백십구만백사십팔원`, and the vague `수십조원` / `수천억 원`.
 *
 * Sino numeral syllables are also ordinary syllables (`이번`, `구조조정`, `삼성전자`,
 * `한국`), so this module only reads the numeral; the recognizer accepts it only when it
 * stands at a word start, carries a magnitude and is followed by a currency or counter.
 */
import * as chars from './chars';
import type { Dec } from './decimal';
import * as decimal from './decimal';
import type { NumberToken } from './number';
import { codeAt } from '../text/codeAt';

const { bigExp, subExp } = chars; // bound once: see number.ts
const { ZERO, decAdd, decFromDigits, decInt, decShift } = decimal;

/** Digit value of each Sino numeral syllable, indexed by code − 0xAC00 (−1 elsewhere). */
const DIGIT_OF = new Int8Array(11172).fill(-1);
Array.from('영일이삼사오육칠팔구').forEach((ch, d) => (DIGIT_OF[codeAt(ch, 0) - 0xac00] = d));
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

/** The running state of a Sino numeral read left to right. */
interface Sino {
  total: Dec;
  /** The group below the current big unit (`이천칠백` before `억`). */
  group: number;
  /** A digit waiting for its sub-unit, or -1. */
  cur: number;
  lastSub: number;
  lastBig: number;
  scaled: boolean;
  topExp: number;
  groupTopSub: number;
  ends: boolean;
}

/** Feeds the syllable `c` to the numeral; false when it does not continue it. */
function step(st: Sino, c: number): boolean {
  const d = digitOf(c);
  if (d >= 0) {
    if (st.cur >= 0) return false; // two digits in a row: `일이` is not a number
    st.cur = d;
    st.ends = false;
    return true;
  }
  const sub = subExp(c);
  if (sub >= 0) {
    if (sub >= st.lastSub) return false;
    st.group += (st.cur < 0 ? 1 : st.cur) * 10 ** sub;
    if (st.groupTopSub < 0) st.groupTopSub = sub;
    st.cur = -1;
    st.lastSub = sub;
    st.scaled = st.ends = true;
    return true;
  }
  const big = bigExp(c);
  if (big < 0 || big >= st.lastBig) return false;
  const g = st.group + (st.cur < 0 ? 0 : st.cur);
  st.total = decAdd(st.total, decShift(decInt(g === 0 ? 1 : g), big));
  if (st.topExp < 0) st.topExp = big + Math.max(0, st.groupTopSub);
  st.group = 0;
  st.cur = -1;
  st.lastSub = 99;
  st.lastBig = big;
  st.scaled = st.ends = true;
  return true;
}

/** `일점이삼`, `사천백이십삼점삼`: after 점 each syllable is one fraction digit. */
function spelledFraction(s: string, p: number): { frac: Dec; end: number } | null {
  if ((s[p] !== '점' && s[p] !== '쩜') || digitOf(codeAt(s, p + 1)) < 0) return null;
  let digits = '';
  let q = p + 1;
  while (q < s.length && digitOf(codeAt(s, q)) >= 0) digits += String(digitOf(codeAt(s, q++)));
  return { frac: decFromDigits('0', digits), end: q };
}

/**
 * Reads a Sino-Korean numeral at `i`. Stops at the first syllable that would break the
 * grammar (two digits in a row, a non-descending unit), so `조사원` reads nothing useful
 * and the caller rejects it. A leading 억/조/경 is refused (`억원` is a table header).
 */
export function parseHangulNumber(s: string, i: number): HangulNumber | null {
  if (bigExp(codeAt(s, i)) > 4) return null;
  const st: Sino = { total: ZERO, group: 0, cur: -1, lastSub: 99, lastBig: 99, scaled: false, topExp: -1, groupTopSub: -1, ends: false };
  let p = i;
  while (p < s.length && step(st, codeAt(s, p))) p++;
  if (p === i) return null;
  let value = decAdd(st.total, decInt(st.group + (st.cur < 0 ? 0 : st.cur)));
  const fraction = spelledFraction(s, p);
  if (fraction) {
    value = decAdd(value, fraction.frac);
    p = fraction.end;
  }
  return {
    start: i,
    end: p,
    value,
    scaled: st.scaled,
    big: st.lastBig < 99,
    decimal: fraction !== null,
    topExp: st.topExp < 0 ? Math.max(0, st.groupTopSub) : st.topExp,
    length: p - i,
    endsWithMagnitude: st.ends && !fraction,
  };
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
    const sub = subExp(codeAt(s, p));
    const big = bigExp(codeAt(s, p));
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

/** The Hangul numeral at `i` in the shape of a digit number, for the shared unit and range logic. */
export function hangulToken(s: string, i: number): NumberToken | null {
  const h = parseHangulNumber(s, i);
  if (!h || !h.value) return null;
  return {
    start: h.start,
    end: h.end,
    value: h.value,
    magnitude: h.big,
    big: h.big,
    topExp: h.topExp,
    decimal: h.decimal,
    groups: 1,
    approx: false,
    hangul: true,
    endsWithMagnitude: h.endsWithMagnitude || h.decimal,
  };
}
