/**
 * Masks: spans of a line that look numeric but are never claims.
 *
 * Two passes. `maskLiterals` blanks, once per note, what starts with a literal: URLs,
 * e-mails, hotlines (`☏1357`) and unit headers (`(단위: 억원)`), keeping offsets. Then, as
 * the recognizer meets each digit run, `maskedRunEnd` says whether the run is a phone
 * number, a law reference (`제37조`), a rank (`1위`), a sequence (`2차`, `제5회`), a
 * designation (`1호`), a clock time, an identifier (`5G`, `COVID-19`) or an ID
 * (`newsId=…`), and where that span ends, so the recognizer skips it whole.
 *
 * Everything here is a hand-written scan over digit runs or a search for a literal, never
 * a regex with a repeated class followed by something that can fail: on a 4,000-character
 * run of letters such a pattern retries from every start and goes quadratic.
 */
import * as chars from './chars';
import * as units from './units';
import { codeAt } from '../text/codeAt';

const { isAsciiLetter, isBlank, isDigit, isHangul } = chars; // bound once: see number.ts
const { isAsciiUnitAt } = units;

// Syllables looked at right after a digit run, as codes (no one-character strings).
const [WI, WON, AN, CHA, RYE, RYANG, HO, BEON, HOE, JO, SI, GAN] = Array.from('위원안차례량호번회조시간', (c) => codeAt(c, 0));

/** Currency codes written before a number (`EUR20`): not identifiers. */
const CURRENCY_CODES = new Set(['USD', 'US', 'EUR', 'KRW', 'JPY', 'CNY', 'GBP', 'RMB']);
/** Characters that end a URL in running text or Markdown. */
const URL_END = new Set(Array.from(' \t\n\r<>"\'()[]{}'));

/** Collects blanked ranges, then writes them into the text once. */
class Blanker {
  readonly spans: number[] = [];
  add(start: number, end: number): void {
    if (end > start) this.spans.push(start, end);
  }
  /** The text with the spans blanked, built from slices (spans may come in any order). */
  apply(s: string): string {
    if (this.spans.length === 0) return s;
    const pairs: [number, number][] = [];
    for (let k = 0; k < this.spans.length; k += 2) pairs.push([this.spans[k], this.spans[k + 1]]);
    pairs.sort((a, b) => a[0] - b[0]);
    let out = '';
    let at = 0;
    for (const [a, b] of pairs) {
      if (b <= at) continue;
      const from = Math.max(a, at);
      out += s.slice(at, from) + ' '.repeat(b - from);
      at = b;
    }
    return out + s.slice(at);
  }
}

/** Literals that start a literal-anchored mask; one search per note finds them all. */
const LITERALS = /https?:\/\/|www\.|[@☎☏℡]|단위|TEL|Tel|tel/g;

/**
 * Returns `text` with URLs, e-mails, `단위` headers and hotline numbers replaced by spaces
 * (same length; line breaks kept, since none of these spans crosses one).
 */
export function maskLiterals(s: string): string {
  const b = new Blanker();
  LITERALS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LITERALS.exec(s)) !== null) {
    const i = m.index;
    const lit = m[0];
    let end = i + lit.length;
    if (lit === '@') end = maskEmail(s, i, b);
    else if (lit === '단위') {
      // `(단위: 억원)`, `단위 : 백만원, %`: the header names a table's unit, it states nothing.
      const stop = Math.min(s.length, i + 40);
      while (end < stop && !')]】>\n\r'.includes(s[end])) end++;
      b.add(i, end);
    } else if (lit.startsWith('http') || lit === 'www.') {
      while (end < s.length && !URL_END.has(s[end])) end++;
      b.add(i, end);
    } else if (!(lit.length > 1 && i > 0 && isAsciiLetter(codeAt(s, i - 1)))) end = maskPhoneMark(s, i, end, b); // not `hotel`
    LITERALS.lastIndex = Math.max(end, i + 1);
  }
  return b.apply(s);
}

/** An e-mail around the `@` at `i` (one blank after it is tolerated: `energy@ keco.or.kr`). */
function maskEmail(s: string, i: number, b: Blanker): number {
  let a = i;
  while (a > 0 && /[\w.%+-]/.test(s[a - 1])) a--;
  let z = i + 1;
  if (s[z] === ' ') z++;
  while (z < s.length && /[\w.-]/.test(s[z])) z++;
  b.add(a, z);
  return z;
}

/** The number after a phone mark (`☏1357`, `TEL. 02-…`). */
function maskPhoneMark(s: string, i: number, from: number, b: Blanker): number {
  let j = from;
  while (j < s.length && (s[j] === '.' || s[j] === ':' || isBlank(codeAt(s, j)))) j++;
  if (!isDigit(codeAt(s, j)) && s[j] !== '(') return from;
  while (j < s.length && (isDigit(codeAt(s, j)) || '-)(.'.includes(s[j]))) j++;
  b.add(i, j);
  return j;
}

/**
 * If the digit run `[a, z)` of the line `s` belongs to a span that is never a claim, the
 * end of that span; otherwise -1.
 */
export function maskedRunEnd(s: string, a: number, z: number): number {
  const prev = a > 0 ? codeAt(s, a - 1) : 0;
  // Identifiers with letters in front (`COVID-19`, `G20`, `K-2`), except currency codes.
  let l = a;
  if (s[l - 1] === '-' && isAsciiLetter(codeAt(s, l - 2))) l--;
  if (isAsciiLetter(codeAt(s, l - 1))) {
    let ls = l;
    while (ls > 0 && isAsciiLetter(codeAt(s, ls - 1))) ls--;
    if (!CURRENCY_CODES.has(s.slice(ls, l).replace(/-$/, ''))) return alnumEnd(s, z);
  }
  if (prev === 61 /* = */ || prev === 35 /* # */) return alnumEnd(s, z);
  // Law references, sequences and designations written with 제 (`제37조`, `제4조의2`, `제5회`).
  if (s[a - 1] === '제') return ordinalTailEnd(s, z);
  const phoneEnd = phoneAt(s, a, z);
  if (phoneEnd > 0) return phoneEnd;
  if (isAsciiLetter(codeAt(s, z)) && !isAsciiUnitAt(s, z)) return alnumEnd(s, z); // 5G, 3D, 2nd
  const a0 = codeAt(s, z);
  const a1 = codeAt(s, z + 1);
  // Ranks, sequences, designations, ordinals (`1위`, `2차`, `1호`, `3번째`); not 위원/위안/차례/차량.
  if (a0 === WI && a1 !== WON && a1 !== AN) return z + 1;
  if (a0 === CHA && a1 !== RYE && a1 !== RYANG) return z + 1;
  if (a0 === HO) return z + 1;
  if (a0 === BEON || a0 === HOE) {
    if (s.startsWith('번째', z) || s.startsWith('회차', z)) return z + 2;
  }
  if (a0 === JO && s.startsWith('조의', z) && isDigit(codeAt(s, z + 2))) return ordinalTailEnd(s, z);
  // Clock times: `18시`, `0시 기준`, `9:30` (but `24시간` is a duration).
  if (a0 === SI && z - a <= 2 && a1 !== GAN) return z + 1;
  if (s[z] === ':' && isDigit(codeAt(s, z + 1)) && isDigit(codeAt(s, z + 2)) && z - a <= 2) {
    let e = z + 3;
    if (s[e] === ':' && isDigit(codeAt(s, e + 1)) && isDigit(codeAt(s, e + 2))) e += 3;
    return e;
  }
  return -1;
}

/** End of the identifier whose digits end at `z` (letters, digits, inner `-` and `.`). */
function alnumEnd(s: string, z: number): number {
  let e = z;
  while (e < s.length) {
    const c = codeAt(s, e);
    if (isDigit(c) || isAsciiLetter(c) || ((c === 45 || c === 46) && e + 1 < s.length && (isDigit(codeAt(s, e + 1)) || isAsciiLetter(codeAt(s, e + 1))))) e++;
    else break;
  }
  return e;
}

/** End of `제N` plus the syllable after it and any `의N` (`제4조의2`); the digits end at `z`. */
function ordinalTailEnd(s: string, z: number): number {
  let e = z;
  if (isHangul(codeAt(s, e))) e++;
  if (s[e] === '의' && isDigit(codeAt(s, e + 1))) {
    e++;
    while (isDigit(codeAt(s, e))) e++;
  }
  return e;
}

/**
 * End of a phone number starting with the digit run `[a, z)`, or 0: `044-200-7911`,
 * `(042-724-7232`, `02)2100-1234`, `1588-1234`.
 */
function phoneAt(s: string, a: number, z: number): number {
  const len = z - a;
  const prev = a > 0 ? codeAt(s, a - 1) : 32;
  if (isDigit(prev) || prev === 126 /* ~ */ || prev === 45 /* - */ || len < 2 || len > 4) return 0;
  const c = codeAt(s, z);
  if (codeAt(s, a) === 48 /* 0 */) {
    let p = z;
    if (c === 41 || c === 45 || c === 46 || c === 32) p++; // ) - . blank
    if (c === 41 && codeAt(s, p) === 32) p++;
    const end = tail(s, p);
    if (end) return end;
  }
  if (c === 45) {
    // `12-345-6789`-shaped numbers without the leading 0 (area codes written without it).
    const end = tail(s, z + 1);
    if (end) return end;
    // Nationwide numbers `1588-1234`; a year range `1990-2000년` ends in 년.
    if (len === 4 && s[a] === '1' && '5678'.includes(s[a + 1])) {
      const e = digitsAt(s, z + 1, 4, 4);
      if (e && s[e] !== '년') return e;
    }
  }
  return 0;
}

/** End of `DDD(D)-DDDD` at `p`, or 0. */
function tail(s: string, p: number): number {
  const mid = digitsAt(s, p, 3, 4);
  return mid && codeAt(s, mid) === 45 ? digitsAt(s, mid + 1, 4, 4) : 0;
}

/** End of a run of `min`..`max` digits at `p` not followed by another digit, or 0. */
function digitsAt(s: string, p: number, min: number, max: number): number {
  let q = p;
  while (q < s.length && q - p <= max && isDigit(codeAt(s, q))) q++;
  const n = q - p;
  return n >= min && n <= max ? q : 0;
}
