/**
 * The exact grammar of digit-anchored Korean numbers.
 *
 *   number := group (blank? group)*          groups in strictly descending 경 > 조 > 억 > 만
 *   group  := item+ (blank? big)?             `1조`, `4,517억`, `2천5백만`, `150백만`, `1,000 만`
 *   item   := plain sub?                      `2천`, `5백`, `30`
 *   plain  := D{1,3}(,DDD)+ | D+ ; (.D+)?     a decimal point only in the first item
 *
 * Below the top group a group holds at most four digits. A group after a blank must end in
 * a smaller big unit (`1조 2천억`) or be a small last group before a unit (`20만 7,000건`),
 * so `1억 2024년` never chains; a decimal number never chains (`1.5조 3000억`). Every step
 * moves forward and lookaheads are bounded by one group, so the parse is linear.
 */
import * as chars from './chars';
import type { Dec } from './decimal';
import * as decimal from './decimal';
import { codeAt } from '../text/codeAt';

// tsx and esbuild compile each module to CommonJS with getter exports; binding the hot
// helpers once keeps the calls in the scanning loops direct.
const { bigExp, isAsciiLetter, isDigit, subExp } = chars;
const { ZERO, decAdd, decFromDigits, decShift } = decimal;
const SCALES: [string, number][] = [
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
];
/** More digits than this is an ID or a minified blob, never an amount. */
const MAX_DIGITS = 30;
const YEO = 0xc5ec; // 여

/** A number read from the text. */
export interface NumberToken {
  start: number;
  end: number;
  value: Dec;
  /** Written with 만/억/조/경, thousands commas or an English scale: large by its writing. */
  magnitude: boolean;
  /** A big unit (만/억/조/경) appears. */
  big: boolean;
  /** Power of ten that multiplies the top group's digits (`2억` → 8, `5천만` → 7): ranges copy it. */
  topExp: number;
  /** The last thing read was a magnitude syllable (`억`, `천`), as `억불` needs. */
  endsWithMagnitude: boolean;
  /** A decimal point was written. */
  decimal: boolean;
  /** Number of groups (`1조 4,517억` has two). */
  groups: number;
  /** `10여만` : 여 between the digits and the big unit. */
  approx: boolean;
  /** Always false here; set by the Hangul reader's equivalent (a shared shape). */
  hangul: boolean;
}

interface Plain {
  end: number;
  value: Dec;
  commas: boolean;
  decimal: boolean;
}

/** Reads `D+` or `D{1,3}(,DDD)+`, then an optional fraction. Null for `1.2.3` (a version or date). */
function readPlain(s: string, i: number): Plain | null {
  let j = i;
  while (j < s.length && isDigit(codeAt(s, j))) j++;
  let digits = s.slice(i, j);
  let commas = false;
  if (j - i <= 3) {
    while (s[j] === ',' && isDigit3(s, j + 1) && !isDigit(codeAt(s, j + 4))) {
      digits += s.slice(j + 1, j + 4);
      j += 4;
      commas = true;
    }
  }
  let frac = '';
  if (s[j] === '.' && isDigit(codeAt(s, j + 1))) {
    let k = j + 1;
    while (k < s.length && isDigit(codeAt(s, k))) k++;
    if (s[k] === '.' && isDigit(codeAt(s, k + 1))) return null;
    frac = s.slice(j + 1, k);
    j = k;
  }
  if (digits.length + frac.length > MAX_DIGITS) return null;
  return { end: j, value: decFromDigits(digits, frac), commas, decimal: frac.length > 0 };
}

function isDigit3(s: string, j: number): boolean {
  return isDigit(codeAt(s, j)) && isDigit(codeAt(s, j + 1)) && isDigit(codeAt(s, j + 2));
}

interface Group {
  end: number;
  value: Dec;
  /** Power of ten of the first item's sub-unit (`5천` → 3), else 0. */
  firstSub: number;
  endsWithSub: boolean;
  commas: boolean;
  decimal: boolean;
  approx: boolean;
}

/** Reads the items of one group (before its big unit). `first` allows a decimal point. */
function readGroup(s: string, i: number, first: boolean): Group | null {
  let p = i;
  let value = ZERO;
  let lastSub = 99;
  let firstSub = 0;
  let endsWithSub = false;
  let commas = false;
  let decimal = false;
  let items = 0;
  while (isDigit(codeAt(s, p))) {
    const plain = readPlain(s, p);
    if (!plain) return null;
    if (plain.decimal && (!first || items > 0)) break; // decimal only in the top item
    const sub = subExp(codeAt(s, plain.end));
    commas ||= plain.commas;
    decimal ||= plain.decimal;
    if (sub >= 0 && sub < lastSub) {
      value = decAdd(value, decShift(plain.value, sub));
      if (items === 0) firstSub = sub;
      lastSub = sub;
      p = plain.end + 1;
      items++;
      endsWithSub = true;
      continue;
    }
    value = decAdd(value, plain.value);
    p = plain.end;
    items++;
    endsWithSub = false;
    break;
  }
  if (items === 0) return null;
  let approx = false;
  if (codeAt(s, p) === YEO && bigExp(codeAt(s, p + 1)) >= 0) {
    approx = true;
    p++;
  }
  return { end: p, value, firstSub, endsWithSub, commas, decimal, approx };
}

/** The big unit that ends the group starting at `i`, or -1 (lookahead for `1조 2천억`). */
function groupBigAt(s: string, i: number): number {
  const g = readGroup(s, i, false);
  if (!g) return -1;
  return bigExp(codeAt(s, g.end));
}

/** Syllables that start a unit right after a big unit (`1,000 만원`, `30 만 명`). */
const UNIT_START = new Set(Array.from('원달불명개건곳톤회가세대척종배'));

/** A big unit at `i` (after a blank) that a unit or a blank follows, so it belongs to the digits before. */
function spacedBigAt(s: string, i: number): boolean {
  if (bigExp(codeAt(s, i)) < 0) return false;
  const next = s[i + 1];
  return next === undefined || next === ' ' || UNIT_START.has(next);
}

/** Characters after a trailing group that make it something else (`100만 2021년`, `5만 3.5`). */
const NOT_A_TAIL = new Set(Array.from('0123456789.~-년월일시분호위차:/'));

/**
 * A last group without a big unit after a blank (`20만 7,000건`, `3만 5천명`): below
 * 10,000, no decimal, and not the start of a date, time or ordinal.
 */
function smallTailAt(s: string, q: number): boolean {
  const g = readGroup(s, q, false);
  if (!g || g.decimal || bigExp(codeAt(s, g.end)) >= 0) return false;
  if (g.value.int >= 10000n || NOT_A_TAIL.has(s[g.end])) return false;
  return true;
}

/**
 * Where the next group of a chain starts after a big unit ending at `p`, or -1: directly
 * (`5조9,632억`, `1억2000`) or after one blank when it ends in a smaller big unit
 * (`1조 4,517억`) or is a small last group (`20만 7,000건`). Below the top, at most 4 digits.
 */
function nextGroupAt(s: string, p: number, lastBig: number): number {
  const q = s[p] === ' ' ? p + 1 : p;
  if (!isDigit(codeAt(s, q))) return -1;
  if (q > p) {
    const nb = groupBigAt(s, q);
    if (nb >= lastBig || (nb < 0 && !smallTailAt(s, q))) return -1;
  }
  const g = readGroup(s, q, false);
  return !g || g.decimal || g.value.int >= 10000n ? -1 : q;
}

/** Parses the digit-anchored number starting at `i` (an ASCII digit), or returns null. */
export function parseDigitNumber(s: string, i: number): NumberToken | null {
  let p = i;
  let total = ZERO;
  let lastBig = 99;
  let groups = 0;
  let topExp = 0;
  let ends = false;
  let magnitude = false;
  let decimal = false;
  let approx = false;
  for (;;) {
    const g = readGroup(s, p, groups === 0);
    if (!g) {
      if (groups === 0) return null;
      break;
    }
    magnitude ||= g.commas;
    decimal ||= g.decimal;
    approx ||= g.approx;
    // `1,000 만원`: a blank before the big unit, when a unit follows it.
    const bigAt = codeAt(s, g.end) === 32 && spacedBigAt(s, g.end + 1) ? g.end + 1 : g.end;
    const big = bigExp(codeAt(s, bigAt));
    if (big < 0 || big >= lastBig) {
      if (groups === 0) topExp = g.firstSub;
      total = decAdd(total, g.value);
      groups++;
      p = g.end;
      ends = g.endsWithSub;
      break;
    }
    if (groups === 0) topExp = big + g.firstSub;
    total = decAdd(total, decShift(g.value, big));
    groups++;
    lastBig = big;
    magnitude = true;
    ends = true;
    p = bigAt + 1;
    if (decimal) break; // a decimal number never chains (`1.5조 3000억`)
    const q = nextGroupAt(s, p, lastBig);
    if (q < 0) break;
    p = q;
  }
  const tok: NumberToken = {
    start: i,
    end: p,
    value: total,
    magnitude,
    big: lastBig < 99,
    topExp,
    endsWithMagnitude: ends,
    decimal,
    groups,
    approx,
    hangul: false,
  };
  if (!tok.big) applyEnglishScale(s, tok);
  return tok;
}

/** `$5 billion`, `3.5 million`: an English scale word after the digits. */
function applyEnglishScale(s: string, tok: NumberToken): void {
  const q = codeAt(s, tok.end) === 32 ? tok.end + 1 : tok.end;
  const c = codeAt(s, q) | 0x20; // t, m, b in either case
  if (c !== 0x74 && c !== 0x6d && c !== 0x62) return;
  for (const [word, exp] of SCALES) {
    if (s.slice(q, q + word.length).toLowerCase() !== word) continue;
    if (isAsciiLetter(codeAt(s, q + word.length))) continue;
    tok.value = decShift(tok.value, exp);
    tok.end = q + word.length;
    tok.topExp = exp;
    tok.magnitude = true;
    tok.endsWithMagnitude = true;
    return;
  }
}

/**
 * Where to resume after a failed attempt at `i`: past every character the grammar could
 * have read (digits, separators, magnitude syllables), so no run is scanned twice.
 */
export function skipNumberish(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const c = codeAt(s, j);
    if (isDigit(c) || c === 44 || c === 46 || bigExp(c) >= 0 || subExp(c) >= 0) j++;
    else break;
  }
  return Math.max(j, i + 1);
}
