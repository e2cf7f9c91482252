/**
 * Unit and counter lexicons: what may follow a number for it to be a claim.
 *
 * A bare number is never a claim (table cells, IDs); the unit decides the kind. Many Korean
 * counters are also the first syllable of ordinary nouns (`원칙`, `개발`, `명단`, `회의실`),
 * so each entry says what may come after it: `bad` lists continuations that make another
 * word, `particle` allows only a particle or a non-Hangul character. Matching is by plain
 * `startsWith` over a short per-first-character list, so it is linear and allocation-free.
 */
import * as chars from './chars';
import { codeAt } from '../text/codeAt';

const { endsWord, isAsciiLetter, isDigit } = chars; // bound once: see number.ts

/** The claim kinds a unit can give (dates and deadlines come from `dates.ts`). */
export type UnitKind = 'money' | 'count' | 'percent' | 'percentPoint' | 'multiple' | 'quantity' | 'duration';

/** One written form of a unit. */
export interface UnitDef {
  /** The form as written, after `normalizeForScan`. */
  form: string;
  kind: UnitKind;
  /** Output unit: ISO 4217, the counter without spaces, `%`, `%p`, `x`, a symbol, a duration grain. */
  unit: string;
  /** Power of ten applied to the value (`센트` → −2, so cents become dollars). */
  shift?: number;
  /** Only a particle or a non-Hangul character may follow (the unit is also a noun's start). */
  particle?: boolean;
  /** Continuations that turn the unit into another word (`원` + `칙`). */
  bad?: readonly string[];
  /** Needs a number with 만/억/조 or thousands commas (`10만 대`, not the age group `20대`). */
  needsMagnitude?: boolean;
  /** Needs a number ending in a magnitude syllable or spelled out (`1조불`, `십불`, not `이불`). */
  needsMagnitudeEnd?: boolean;
}

/** A unit found after a number. */
export interface UnitMatch {
  def: UnitDef;
  /** Offset just past the unit. */
  end: number;
}

const M = 'money';
const C = 'count';
const Q = 'quantity';
const D = 'duration';

/** Continuations of `원` that make another noun (원칙, 원전, 원인 …); `원화`, `원대`, `원가량` stay money. */
const WON_BAD = Array.from('칙인전장자료격활천예년래조형리서본소탁우주회생동외점두하숭석시님룸고유작통로금');
const GAE_BAD = Array.from('발선편최정혁방시설인념별요막통원관입척회강학헌표장천체성업간봉점폐화략석당');
const MYEONG_BAD = Array.from('단칭예확품령함절소시문언성목복상실패동주당찰판암분명제');
const HOE_BAD = [...Array.from('사원계복장담견관피수차기생전귀화색고식신상춘동합람유향선보비당로송답용째'), '의실', '의록', '의체', '의소'];
const GEON_BAD = Array.from('설강물전축립국재배실조너당');
const BAE_BAD = Array.from('출달터포정치상제려우경분추열심송기후합아수양율석관구비급당너영드민역식속');
const BUL_BAD = ['이익', ...Array.from('법가구과리확안편황균공량만명꽃교능참씨허평러광경모빛길필신사완충합용발출어친매투변문식순')];
const JONG_BAD = Array.from('합목류사교이료로가점전식결업양묘자달착일편말속단래량');
const PYEONG_BAD = Array.from('가균화창택범등생소상온야양판');

/** Every unit form. Longer forms of the same start are tried first (sorted below). */
const DEFS: UnitDef[] = [
  // Money. 달러 with a country name in front gives that country's dollar.
  { form: '원', kind: M, unit: 'KRW', bad: WON_BAD },
  { form: '₩', kind: M, unit: 'KRW' },
  { form: '달러', kind: M, unit: 'USD' },
  { form: '미 달러', kind: M, unit: 'USD' },
  { form: '미달러', kind: M, unit: 'USD' },
  { form: '미국 달러', kind: M, unit: 'USD' },
  { form: '미국달러', kind: M, unit: 'USD' },
  ...countryDollars(),
  { form: '불', kind: M, unit: 'USD', bad: BUL_BAD, needsMagnitudeEnd: true },
  { form: '$', kind: M, unit: 'USD' },
  { form: '유로', kind: M, unit: 'EUR', bad: ['존', '파'] },
  { form: '€', kind: M, unit: 'EUR' },
  { form: '엔', kind: M, unit: 'JPY', particle: true },
  { form: '¥', kind: M, unit: 'JPY' },
  { form: '위안', kind: M, unit: 'CNY', particle: true },
  { form: '元', kind: M, unit: 'CNY' },
  { form: '파운드', kind: M, unit: 'GBP' },
  { form: '£', kind: M, unit: 'GBP' },
  { form: '센트', kind: M, unit: 'USD', shift: -2 },
  ...['KRW', 'USD', 'EUR', 'JPY', 'CNY', 'GBP'].map((u) => ({ form: u, kind: M, unit: u }) as UnitDef),
  { form: 'RMB', kind: M, unit: 'CNY' },
  { form: 'dollars', kind: M, unit: 'USD' },
  { form: 'dollar', kind: M, unit: 'USD' },
  // Counts. Compound counters keep the noun (`개사`, `개기관`); 개월/개년 are durations.
  { form: '개사', kind: C, unit: '개사', particle: true },
  { form: '개 사', kind: C, unit: '개사', particle: true },
  { form: '개소', kind: C, unit: '개소', particle: true },
  { form: '개국', kind: C, unit: '개국', particle: true },
  { form: '개교', kind: C, unit: '개교', particle: true },
  { form: '개팀', kind: C, unit: '팀', particle: true },
  { form: '개 팀', kind: C, unit: '팀', particle: true },
  ...['기관', '시·도', '시도', '시·군·구', '시군구', '시·군'].flatMap((n) => [
    { form: `개 ${n}`, kind: C, unit: `개${n}`, particle: true } as UnitDef,
    { form: `개${n}`, kind: C, unit: `개${n}`, particle: true } as UnitDef,
  ]),
  { form: '개', kind: C, unit: '개', bad: GAE_BAD },
  { form: '명', kind: C, unit: '명', bad: MYEONG_BAD },
  { form: '곳', kind: C, unit: '곳', bad: ['당'] },
  { form: '건', kind: C, unit: '건', bad: GEON_BAD },
  { form: '회분', kind: C, unit: '회분', particle: true }, // vaccine doses
  { form: '명분', kind: C, unit: '명분', particle: true }, // doses or places for so many people
  { form: '호', kind: C, unit: '호', particle: true, needsMagnitude: true }, // dwellings (`5만 호`); `1호·2호` numbers funds
  { form: '회', kind: C, unit: '회', bad: HOE_BAD },
  { form: '차례', kind: C, unit: '차례' },
  { form: '가구', kind: C, unit: '가구', particle: true },
  { form: '세대', kind: C, unit: '세대', particle: true, needsMagnitude: true },
  { form: '대', kind: C, unit: '대', particle: true, needsMagnitude: true },
  { form: '척', kind: C, unit: '척', bad: Array.from('도추결박살당') },
  { form: '종', kind: C, unit: '종', bad: JONG_BAD },
  { form: '마리', kind: C, unit: '마리', particle: true },
  { form: '그루', kind: C, unit: '그루', particle: true },
  { form: '필지', kind: C, unit: '필지', particle: true },
  { form: '가지', kind: C, unit: '가지', bad: ['고'] },
  // Percent, percentage points, multiples.
  { form: '%p', kind: 'percentPoint', unit: '%p' },
  { form: '%P', kind: 'percentPoint', unit: '%p' },
  { form: '%pt', kind: 'percentPoint', unit: '%p' },
  { form: '%포인트', kind: 'percentPoint', unit: '%p' },
  { form: '% 포인트', kind: 'percentPoint', unit: '%p' },
  { form: '퍼센트포인트', kind: 'percentPoint', unit: '%p' },
  { form: '퍼센트 포인트', kind: 'percentPoint', unit: '%p' },
  { form: '%', kind: 'percent', unit: '%' },
  { form: '퍼센트', kind: 'percent', unit: '%' },
  { form: '프로', kind: 'percent', unit: '%', particle: true },
  { form: '배', kind: 'multiple', unit: 'x', bad: BAE_BAD },
  // Physical quantities (ASCII forms need a non-letter after them: `5G` is not 5 grams).
  ...asciiQuantities(),
  { form: '㎞', kind: Q, unit: 'km' },
  { form: '㎢', kind: Q, unit: 'km2' },
  { form: '㎡', kind: Q, unit: 'm2' },
  { form: '㎥', kind: Q, unit: 'm3' },
  { form: '㎏', kind: Q, unit: 'kg' },
  { form: '㎾', kind: Q, unit: 'kW' },
  { form: '㎿', kind: Q, unit: 'MW' },
  { form: 'ℓ', kind: Q, unit: 'L' },
  { form: '℃', kind: Q, unit: '°C' },
  { form: '톤', kind: Q, unit: 't', bad: ['당'] },
  { form: '킬로미터', kind: Q, unit: 'km' },
  { form: '제곱킬로미터', kind: Q, unit: 'km2' },
  { form: '제곱미터', kind: Q, unit: 'm2' },
  { form: '미터', kind: Q, unit: 'm', bad: ['기'] },
  { form: '센티미터', kind: Q, unit: 'cm' },
  { form: '밀리미터', kind: Q, unit: 'mm' },
  { form: '헥타르', kind: Q, unit: 'ha' },
  { form: '리터', kind: Q, unit: 'L' },
  { form: '밀리리터', kind: Q, unit: 'mL' },
  { form: '킬로그램', kind: Q, unit: 'kg' },
  { form: '그램', kind: Q, unit: 'g' },
  { form: '배럴', kind: Q, unit: 'bbl' },
  { form: '메가와트', kind: Q, unit: 'MW' },
  { form: '기가와트', kind: Q, unit: 'GW' },
  { form: '킬로와트', kind: Q, unit: 'kW' },
  { form: '평', kind: Q, unit: '평', bad: PYEONG_BAD },
  // Durations (`3년간`, `2주간`, `12년 만에`); a bare `N년` is a date or nothing.
  ...durations('년', 'year', ['간', ' 동안', '동안', ' 만에', '만에', ' 이내', '이내']),
  ...durations('개월', 'month', ['간', ' 동안', '동안', ' 만에', '만에', '']),
  { form: '개년', kind: D, unit: 'year', particle: true },
  ...durations('주', 'week', ['간', ' 동안', '동안', ' 만에', '만에']),
  ...durations('일', 'day', ['간', ' 동안', '동안', ' 만에', '만에']),
  { form: '시간', kind: D, unit: 'hour', bad: ['대', '당'] },
];

function countryDollars(): UnitDef[] {
  const codes: [string, string][] = [
    ['캐나다', 'CAD'],
    ['호주', 'AUD'],
    ['홍콩', 'HKD'],
    ['싱가포르', 'SGD'],
    ['대만', 'TWD'],
    ['뉴질랜드', 'NZD'],
  ];
  return codes.flatMap(([n, u]) => [{ form: `${n} 달러`, kind: M, unit: u } as UnitDef, { form: `${n}달러`, kind: M, unit: u } as UnitDef]);
}

function asciiQuantities(): UnitDef[] {
  const pairs: [string, string][] = [
    ['km²', 'km2'],
    ['km2', 'km2'],
    ['km', 'km'],
    ['m²', 'm2'],
    ['m2', 'm2'],
    ['m³', 'm3'],
    ['m3', 'm3'],
    ['cm', 'cm'],
    ['mm', 'mm'],
    ['nm', 'nm'],
    ['m', 'm'],
    ['ha', 'ha'],
    ['kg', 'kg'],
    ['mg', 'mg'],
    ['g', 'g'],
    ['t', 't'],
    ['MWh', 'MWh'],
    ['GWh', 'GWh'],
    ['TWh', 'TWh'],
    ['kWh', 'kWh'],
    ['KWh', 'kWh'],
    ['MW', 'MW'],
    ['GW', 'GW'],
    ['kW', 'kW'],
    ['KW', 'kW'],
    ['TW', 'TW'],
    ['mL', 'mL'],
    ['ml', 'mL'],
    ['L', 'L'],
    ['TEU', 'TEU'],
    ['CGT', 'CGT'],
    ['bbl', 'bbl'],
    ['Mbps', 'Mbps'],
    ['Gbps', 'Gbps'],
    ['GB', 'GB'],
    ['TB', 'TB'],
    ['PB', 'PB'],
    ['toe', 'toe'],
    ['TOE', 'toe'],
    ['dwt', 'dwt'],
  ];
  return pairs.map(([form, unit]) => ({ form, kind: Q, unit }));
}

function durations(head: string, unit: string, tails: string[]): UnitDef[] {
  return tails.map((t) => ({ form: head + t, kind: D, unit, bad: t === '' ? ['당'] : undefined }));
}

/** Unit forms by first character, longest first, so `개사` wins over `개` and `%p` over `%`. */
const BY_FIRST = new Map<string, UnitDef[]>();
for (const d of DEFS) {
  const list = BY_FIRST.get(d.form[0]) ?? [];
  list.push(d);
  BY_FIRST.set(d.form[0], list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.form.length - a.form.length);

/** ASCII letters right after a number that are a known unit (the identifier mask keeps them). */
export function isAsciiUnitAt(s: string, i: number): boolean {
  const list = BY_FIRST.get(s[i]);
  if (!list) return false;
  return list.some((d) => s.startsWith(d.form, i) && asciiBoundary(s, i + d.form.length));
}

function asciiBoundary(s: string, j: number): boolean {
  if (j >= s.length) return true;
  const c = codeAt(s, j);
  return !isAsciiLetter(c) && !isDigit(c);
}

/** True when a unit form ending at `j` stands as its own word (see `UnitDef`). */
function followOk(def: UnitDef, s: string, j: number): boolean {
  if (s[j] === '당') return false; // `10만 명당`, `톤당`, `1L당`: a rate's denominator, not a claim
  const last = codeAt(def.form, def.form.length - 1);
  if (isAsciiLetter(last)) return asciiBoundary(s, j);
  if (def.particle && !endsWord(s, j)) return false;
  if (def.bad) for (const b of def.bad) if (s.startsWith(b, j)) return false;
  return true;
}

/** What a unit may need to know about the number before it. */
export interface NumberShape {
  /** Written with 만/억/조 or thousands commas. */
  magnitude: boolean;
  /** Ends in a magnitude syllable (`억`, `십`) or is a spelled-out decimal (`일점이삼`). */
  endsWithMagnitude: boolean;
}

/** The unit written at `i` (no leading blank) after a number of shape `n`, or null. */
export function matchUnitAt(s: string, i: number, n: NumberShape): UnitMatch | null {
  const list = BY_FIRST.get(s[i]);
  if (!list) return null;
  for (const def of list) {
    if (!s.startsWith(def.form, i)) continue;
    if (def.needsMagnitude && !n.magnitude) continue;
    if (def.needsMagnitudeEnd && !n.endsWithMagnitude) continue;
    const end = i + def.form.length;
    if (followOk(def, s, end)) return { def, end };
  }
  return null;
}

/** Currency written before the number (`$5`, `US$ 30`, `EUR 20`, `₩1,000`): its code and where the number starts. */
export function matchCurrencyPrefix(s: string, i: number): { unit: string; numberAt: number } | null {
  const prefixes: [string, string][] = [
    ['US$', 'USD'],
    ['$', 'USD'],
    ['₩', 'KRW'],
    ['€', 'EUR'],
    ['£', 'GBP'],
    ['¥', 'JPY'],
    ['USD', 'USD'],
    ['EUR', 'EUR'],
    ['KRW', 'KRW'],
    ['JPY', 'JPY'],
    ['CNY', 'CNY'],
    ['GBP', 'GBP'],
    ['RMB', 'CNY'],
  ];
  if (i > 0 && isAsciiLetter(codeAt(s, i - 1))) return null;
  for (const [p, unit] of prefixes) {
    if (!s.startsWith(p, i)) continue;
    let j = i + p.length;
    if (s[j] === ' ') j++;
    if (isDigit(codeAt(s, j))) return { unit, numberAt: j };
  }
  return null;
}
