/**
 * Amounts: a number (digits or Hangul) plus the unit after it, ranges (`1∼2억`,
 * `25000 - 30000원`), bare large amounts (`1.5조`), cents after dollars and currency
 * signs before the number. Spelled-out amounts are in `spelled.ts`, the scanning loop in
 * `recognize.ts`.
 */
import type { ClaimKind, Qualifier } from '../model';
import * as chars from './chars';
import type { Dec } from './decimal';
import * as decimal from './decimal';
import * as hangul from './hangul';
import type { NumberToken } from './number';
import * as number from './number';
import type { NumberShape, UnitMatch } from './units';
import * as units from './units';
import { codeAt } from '../text/codeAt';

const { endsWord, isBlank, isDigit } = chars; // bound once: see number.ts
const { decAdd, decCompare, decInt, decNeg, decShift, decToString } = decimal;
const { hangulToken, isNumeralSyllable, parseHangulNumber } = hangul;
const { parseDigitNumber } = number;
const { matchCurrencyPrefix, matchUnitAt } = units;

/** A number of either script (a Hangul numeral is read into the same shape). */
type Num = NumberToken;

/** A claim before its text and qualifiers are attached. */
export interface Hit {
  start: number;
  end: number;
  kind: ClaimKind;
  value: Dec | null;
  unit: string | null;
  quals: Qualifier[];
  range?: { from: Dec; to: Dec };
  iso?: string;
}

const DURATION_ISO: Readonly<Record<string, string>> = { year: 'Y', month: 'M', week: 'W', day: 'D' };

/** The unit at `p`, allowing one blank before it. */
export function unitAfter(s: string, p: number, n: NumberShape): UnitMatch | null {
  const direct = matchUnitAt(s, p, n);
  if (direct) return direct;
  return isBlank(codeAt(s, p)) ? matchUnitAt(s, p + 1, n) : null;
}

/** `여` between a number and its counter (`30여명`, `300여 명`): the unit after it, if any. */
function unitAfterYeo(s: string, num: Num): { u: UnitMatch | null; approx: boolean } {
  if (s[num.end] === '여') {
    const u = unitAfter(s, num.end + 1, num);
    if (u) return { u, approx: true };
  }
  return { u: unitAfter(s, num.end, num), approx: false };
}

/** From here a number of years reads as a calendar year, not a span. */
const YEAR_LIKE = decInt(1000);

/**
 * `A~B unit` and `A - B unit`: both ends with B's unit; B's leading magnitude is copied to
 * an A written without one (`1∼2억` is 1억..2억). Null unless it is a proper range.
 */
function rangeAfter(s: string, p: number, a: Num, ua: UnitMatch | null): Hit | null {
  let q = isBlank(codeAt(s, p)) ? p + 1 : p;
  if (s[q] !== '~' && s[q] !== '-') return null;
  q++;
  if (isBlank(codeAt(s, q))) q++;
  let b: Num | null = null;
  if (isDigit(codeAt(s, q))) {
    const t = parseDigitNumber(s, q);
    b = t;
  } else if (a.hangul && isNumeralSyllable(codeAt(s, q))) b = hangulToken(s, q);
  if (!b || a.value === null || b.value === null) return null;
  const { u: ub } = unitAfterYeo(s, { ...b, magnitude: b.magnitude || a.magnitude });
  let from = a.value;
  if (!a.big && !a.magnitude && !a.hangul && b.topExp > 0) from = decShift(from, b.topExp);
  if (!ub) {
    // `1∼2억` with no unit: won, on the same terms as a bare `1.5조`.
    if (ua || b.hangul || !b.big || b.topExp < 8 || !bareFollowOk(s, b.end) || decCompare(from, b.value) >= 0) return null;
    return { start: a.start, end: b.end, kind: 'money', value: null, unit: 'KRW', quals: [], range: { from, to: b.value } };
  }
  if (ua && (ua.def.unit !== ub.def.unit || ua.def.kind !== ub.def.kind)) return null;
  // `3~5년 이내` is a span of years; `2017~2021년` (years, read by dates.ts) is not.
  if (ub.def.kind === 'duration' && ub.def.unit === 'year' && decCompare(b.value, YEAR_LIKE) >= 0) return null;
  if (b.hangul && !endsWord(s, ub.end)) return null;
  const shift = ub.def.shift ?? 0;
  const to = decShift(b.value, shift);
  from = decShift(from, shift);
  if (decCompare(from, to) >= 0) return null;
  return { start: a.start, end: ub.end, kind: ub.def.kind, value: null, unit: ub.def.unit, quals: [], range: { from, to } };
}

/** A number followed by a unit (or a range, or a bare large amount), or null; `start` may include a sign. */
export function amount(s: string, num: Num, start: number, negative: boolean): Hit | null {
  const { u, approx } = unitAfterYeo(s, num);
  const range = rangeAfter(s, u ? u.end : num.end, num, u);
  if (range) return range;
  const quals: Qualifier[] = approx || num.approx ? ['approx'] : [];
  if (!u) return bareAmount(s, num, quals);
  if (num.hangul && !endsWord(s, u.end)) return null;
  let value = num.value === null ? null : decShift(num.value, u.def.shift ?? 0);
  if (value && negative) value = decNeg(value);
  let end = u.end;
  if (value && u.def.unit === 'USD' && !u.def.shift) {
    const cents = centsAfter(s, end);
    if (cents) {
      value = decAdd(value, cents.value);
      end = cents.end;
    }
  }
  const hit: Hit = { start, end, kind: u.def.kind, value, unit: u.def.unit, quals };
  if (u.def.kind === 'duration' && value) hit.iso = durationIso(u.def.unit, value);
  return hit;
}

/** `1.5조`, `3조4천억` with no unit: read as won, but only where no noun follows (`18억이` is people). */
function bareAmount(s: string, num: Num, quals: Qualifier[]): Hit | null {
  if (num.hangul || !num.big || num.topExp < 8 || !(num.decimal || num.groups > 1)) return null;
  if (!bareFollowOk(s, num.end)) return null;
  return { start: num.start, end: num.end, kind: 'money', value: num.value, unit: 'KRW', quals };
}

/** After a bare amount: a particle, punctuation, the end, or `규모`/`수준` (not a noun such as `그루`). */
function bareFollowOk(s: string, end: number): boolean {
  const q = isBlank(codeAt(s, end)) ? end + 1 : end;
  return endsWord(s, q) || s.startsWith('규모', q) || s.startsWith('수준', q);
}

/** `이달러이십삼센트`: cents written right after dollars. */
function centsAfter(s: string, p: number): { value: Dec; end: number } | null {
  const n = isDigit(codeAt(s, p)) ? parseDigitNumber(s, p) : isNumeralSyllable(codeAt(s, p)) ? parseHangulNumber(s, p) : null;
  if (!n || !n.value || !s.startsWith('센트', n.end)) return null;
  return { value: decShift(n.value, -2), end: n.end + 2 };
}

function durationIso(grain: string, v: Dec): string {
  const n = decToString(v);
  return grain === 'hour' ? `PT${n}H` : `P${n}${DURATION_ISO[grain]}`;
}

/** A currency sign or code before the number (`$5 billion`, `EUR 20`, `US$ 30억`). */
export function prefixedAmount(s: string, i: number): Hit | null {
  const m = matchCurrencyPrefix(s, i);
  if (!m) return null;
  const t = parseDigitNumber(s, m.numberAt);
  if (!t) return null;
  return { start: i, end: t.end, kind: 'money', value: t.value, unit: m.unit, quals: [] };
}
