/**
 * Spelled-out amounts at a word start: `천만원`, `삼십오만 원`, `오천팔백십구만백사십팔원`,
 * `일점이삼달러`, and the vague `수십조원` / `수천억 원` (value null).
 *
 * Sino numeral syllables are everyday syllables too (`이번`, `구조조정`, `이유로`), and
 * `이억원` is also a minister's name, so on top of the grammar this checks what the
 * numeral is made of, what follows it and what stands around it.
 */
import type { Hit } from './amounts';
import * as amounts from './amounts';
import * as chars from './chars';
import * as hangul from './hangul';
import * as units from './units';
import { codeAt } from '../text/codeAt';

const { endsWord, isBlank, isHangul } = chars; // bound once: see number.ts
const { amount, unitAfter } = amounts;
const { hangulToken, parseHangulNumber, parseVague } = hangul;
const { matchUnitAt } = units;

/**
 * Currency words a single spelled digit may precede (`구파운드`, `이달러`); not 원, 불,
 * 유로 or 센트 (`이불` is a blanket, `이유로` means "for the reason").
 */
const SPELLED_CURRENCIES = new Set(['달러', '파운드']);

/** A pure-Hangul amount at a word start (`천만원`, `삼십오만 원`, `수십조원`), or null. */
export function hangulAmount(s: string, i: number): Hit | null {
  const v = parseVague(s, i);
  if (v) {
    const u = unitAfter(s, v.end, { magnitude: true, endsWithMagnitude: true });
    if (!u || u.def.kind === 'duration' || !endsWord(s, u.end)) return null;
    return { start: i, end: u.end, kind: u.def.kind, value: null, unit: u.def.unit, quals: ['vague'] };
  }
  const h = parseHangulNumber(s, i);
  if (!h) return null;
  const direct = matchUnitAt(s, h.end, { magnitude: h.big, endsWithMagnitude: h.endsWithMagnitude || h.decimal });
  if (!h.scaled) {
    // Only `일점이삼달러` (a spelled-out decimal) or `구파운드` (one digit, then a long
    // currency word, no space): a lone 이/사/구 is far more often a syllable of a word.
    const ok = direct && direct.def.kind === 'money' && (h.decimal || (h.length === 1 && SPELLED_CURRENCIES.has(direct.def.form)));
    if (!ok) return null;
  }
  if (h.length === 1 && !direct) return null; // `만 명` could be 만 meaning "full"; ask for `만명`
  // A lone magnitude before a counter is usually a word (`천명` proclaim, `백개`); only money.
  if (h.length === 1 && h.scaled && direct && direct.def.kind !== 'money') return null;
  const num = hangulToken(s, i);
  if (!num) return null;
  const hit = amount(s, num, i, false);
  if (!hit) return null;
  if (/^[십백천만]+$/.test(s.slice(h.start, h.end))) {
    // `(천원)`, `(백만원)`, or `백만원` alone on a table line: a column's unit, no amount
    // (a lone `천원` line stays: Duckling's corpus has it, and it is rare as a header).
    if (')],/'.includes(s[hit.end] ?? '') && hit.end < s.length) return null;
    if (h.length >= 2 && s.slice(0, i).trim() === '' && s.slice(hit.end).trim() === '') return null;
  }
  if (h.length === 2 && hit.unit === 'KRW' && nameLike(s, i, hit.end)) return null;
  return hit;
}

/** Titles next to a person's name (`이억원 금융위원장`, `위원장 이억원`, `(위원장: 이억원)`). */
const TITLES = ['장', '장관', '차관', '대표', '의원', '위원', '교수', '총리', '대통령', '씨', '님', '박사', '기자'];

/**
 * True when a three-syllable `이억원`-shaped amount stands next to a title: Korean names
 * are three syllables and 이, 오, 구, 천 and 백 are common surnames.
 */
function nameLike(s: string, start: number, end: number): boolean {
  let q = end;
  while (q < s.length && isBlank(codeAt(s, q))) q++;
  let r = q;
  while (r < s.length && isHangul(codeAt(s, r))) r++;
  const next = s.slice(q, r);
  if (next.includes('장') || TITLES.some((t) => next.startsWith(t))) return true;
  let p = start;
  while (p > 0 && (isBlank(codeAt(s, p - 1)) || s[p - 1] === ':')) p--;
  let o = p;
  while (o > 0 && isHangul(codeAt(s, o - 1))) o--;
  const prev = s.slice(o, p);
  return prev !== '' && TITLES.some((t) => prev.endsWith(t));
}
