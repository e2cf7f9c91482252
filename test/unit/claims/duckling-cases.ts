/**
 * Duckling's Korean corpus (../shared/corpus/duckling-ko.json) as a peer's test suite for
 * the recognizer: which cases are in scope, how Duckling's answers map onto our claims,
 * and the few cases left out on purpose. Shared by the unit test and `scripts/bench/claims.ts`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findClaims } from '../../../src/core/claims';

/** Where the corpus lives when ../shared is checked out next to the repo. */
export const DUCKLING_PATH = path.resolve(__dirname, '../../../../shared/corpus/duckling-ko.json');

interface DucklingCase {
  dimension: string;
  text: string;
  expected: { type?: string; value: number | null; unit: string | null; from?: number; to?: number };
}

/** One case as we run it. */
export interface CaseResult {
  dimension: string;
  /** The text given to `findClaims` (numerals get `원` appended). */
  input: string;
  ok: boolean;
  /** What we produced, for the miss list. */
  got: string;
  want: string;
}

/**
 * Cases out of scope, each with its reason. Kept small on purpose: everything else in
 * `amount-of-money`, and every digit or Sino-with-magnitude `numeral`, must pass.
 */
export const EXCLUDED: ReadonlyMap<string, string> = new Map([
  ['이불이십삼센트', '`이불` is the word for blanket: a spelled digit before 불 is never read as dollars'],
  ['3/4', 'a slash between digits is a date or a quarter (`4/4분기`) in our texts; fractions are not claims'],
]);

const UNIT_MAP: Readonly<Record<string, string>> = { $: 'USD', '£': 'GBP', EUR: 'EUR', KRW: 'KRW', cent: 'USD' };

/** Numerals we promise to read: digits, or Sino-Korean with a magnitude (read as won). */
function numeralInScope(text: string): boolean {
  if (/^-?[\d.,/]+$/.test(text)) return true;
  return /^[영일이삼사오육칠팔구십백천만억조점]+$/.test(text) && /[십백천만억조]/.test(text);
}

/** Loads the in-scope cases; `null` when ../shared is absent. */
export function loadDucklingCases(): { dimension: string; input: string; expected: DucklingCase['expected']; original: string }[] | null {
  if (!fs.existsSync(DUCKLING_PATH)) return null;
  const data = JSON.parse(fs.readFileSync(DUCKLING_PATH, 'utf8')) as { cases: DucklingCase[] };
  const out = [];
  for (const c of data.cases) {
    if (EXCLUDED.has(c.text)) continue;
    if (c.dimension === 'amount-of-money') out.push({ dimension: c.dimension, input: c.text, expected: c.expected, original: c.text });
    else if (c.dimension === 'numeral' && numeralInScope(c.text)) {
      out.push({ dimension: c.dimension, input: c.text + '원', expected: { value: c.expected.value, unit: 'KRW' }, original: c.text });
    }
  }
  return out;
}

/** Runs one case and compares with Duckling's answer, mapped to our contract. */
export function runCase(c: { dimension: string; input: string; expected: DucklingCase['expected'] }): CaseResult {
  const claims = findClaims(c.input);
  const e = c.expected;
  const unit = e.unit === null ? null : (UNIT_MAP[e.unit] ?? e.unit);
  const scale = e.unit === 'cent' ? 0.01 : 1;
  // Cents become dollars; big values must not go through a rounding multiply (2^53).
  const round = (x: number): number => (scale === 1 ? x : Number((x * scale).toFixed(10)));
  const got = claims.map((x) => `${x.text}→${x.kind} ${x.value ?? JSON.stringify(x.range)} ${x.unit} [${x.qualifiers.join(',')}]`).join('; ') || '(none)';
  let want: string;
  let ok = claims.length === 1 && claims[0].kind === 'money' && claims[0].unit === unit && claims[0].text === c.input.replace(/ (?:이상|초과|이하|미만)$/, '');
  const x = claims[0];
  if (e.type === 'interval' && e.from !== undefined && e.to !== undefined) {
    want = `range ${e.from}..${e.to} ${unit}`;
    ok &&= x.range?.from === round(e.from) && x.range?.to === round(e.to);
  } else if (e.type === 'interval') {
    const bound = e.from ?? e.to ?? NaN;
    const q = e.from !== undefined ? 'min' : 'max';
    want = `${bound} ${unit} ${q}`;
    ok &&= x.value === round(bound) && x.qualifiers.includes(q);
  } else {
    want = `${e.value} ${unit}`;
    ok &&= x.value === round(e.value ?? NaN);
  }
  return { dimension: c.dimension, input: c.input, ok, got, want };
}
