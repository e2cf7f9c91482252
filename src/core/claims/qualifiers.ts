/**
 * Qualifiers: the words around a claim that bound or describe its value.
 *
 * They are attributes, never part of the span: `약 1조원` is the claim `1조원` with
 * `approx`. Words before the number are read backwards as a short chain
 * (`1인당 최대 200만원`); words after it forwards, allowing one particle in between
 * (`37.8%가 증가`). Every look is bounded to a few tokens, so the cost is constant.
 */
import type { Qualifier } from '../model';
import * as chars from './chars';
import { codeAt } from '../text/codeAt';

const { isBlank, isDigit, isHangul } = chars; // bound once: see number.ts

/** Words written before a number, as whole tokens, and what they mean. */
const BEFORE = new Map<string, Qualifier[]>([
  ['1인당', ['perPerson']],
  ['인당', ['perPerson']],
  ['최대', ['max']],
  ['최고', ['max']],
  ['최소', ['min']],
  ['최저', ['min']],
  ['월평균', ['perMonth']],
  ['매월', ['perMonth']],
  ['월', ['perMonth']],
  ['연평균', ['perYear']],
  ['연간', ['perYear']],
  ['매년', ['perYear']],
  ['연', ['perYear']],
  ['약', ['approx']],
  ['대략', ['approx']],
  // Words that carry nothing but may sit inside a chain (`총 약 1조원`).
  ['총', []],
  ['각', []],
  ['평균', []],
  ['무려', []],
]);

/** Words written after a claim. */
const AFTER: [string, Qualifier[]][] = [
  ['가량', ['approx']],
  ['정도', ['approx']],
  ['안팎', ['approx']],
  ['내외', ['approx']],
  ['남짓', ['approx']],
  ['이상', ['min']],
  ['초과', ['min', 'exclusive']],
  ['이하', ['max']],
  ['미만', ['max', 'exclusive']],
  ['증가', ['increase']],
  ['상승', ['increase']],
  ['늘어', ['increase']],
  ['늘었', ['increase']],
  ['늘어난', ['increase']],
  ['급증', ['increase']],
  ['증대', ['increase']],
  ['감소', ['decrease']],
  ['하락', ['decrease']],
  ['줄어', ['decrease']],
  ['줄었', ['decrease']],
  ['급감', ['decrease']],
];

/** First syllables of the words and particles above: anything else ends the look at once. */
const AFTER_FIRST = new Set(Array.from('가정안내남이초미증상늘급감하줄로으나씩를을', (c) => codeAt(c, 0)));

/** One-syllable particles that may sit between a claim and a direction word. */
const PARTICLES = ['이나', '가', '이', '로', '으로', '나', '씩', '를', '을'];

/**
 * Arrows and triangles that mark a change (`↑52.9%`, `(1%p↓)`), only when touching the
 * claim; `△` is the statistics office's minus sign (`△43%`), elsewhere a bullet; a `+`
 * written against the number (`+19.8%`) is a rise. `-` is not here: it is the value's sign.
 */
const ARROWS: Readonly<Record<string, Qualifier>> = {
  '↑': 'increase',
  '▲': 'increase',
  '+': 'increase',
  '↓': 'decrease',
  '▼': 'decrease',
  '△': 'decrease',
  '▽': 'decrease',
};

/** The token (Hangul and digits, at most 4 characters) that ends at `q`, or ''. */
function tokenBefore(s: string, q: number): string {
  let t = q;
  while (t > 0 && q - t <= 4) {
    const c = codeAt(s, t - 1);
    if (!isHangul(c) && !isDigit(c)) break;
    t--;
  }
  return q - t > 4 ? '' : s.slice(t, q);
}

/** Qualifiers from the words before `start` (up to four chained tokens). */
function before(s: string, start: number, out: Set<Qualifier>): void {
  let p = start;
  if (ARROWS[s[p - 1]] && !(s[p - 1] === '+' && isDigit(codeAt(s, p - 2)))) out.add(ARROWS[s[--p]]);
  for (let hops = 0; hops < 4; hops++) {
    let q = p;
    while (q > 0 && isBlank(codeAt(s, q - 1))) q--;
    if (q === p && hops > 0) return;
    const word = tokenBefore(s, q);
    const qs = word === '' ? undefined : BEFORE.get(word);
    if (!qs) return;
    // `역대 최대 7000억 달러` is a record, not a cap.
    if (word === '최대' && tokenBefore(s, q - 3) === '역대') return;
    for (const x of qs) out.add(x);
    p = q - word.length;
  }
}

/** Qualifiers from the words after `end` (up to two, with one particle before a direction word). */
function after(s: string, end: number, out: Set<Qualifier>): void {
  let p = end;
  if (ARROWS[s[p]] && s[p] !== '+') out.add(ARROWS[s[p++]]);
  for (let hops = 0; hops < 2; hops++) {
    let q = p;
    while (q < s.length && isBlank(codeAt(s, q))) q++;
    if (!AFTER_FIRST.has(codeAt(s, q))) return;
    let hit = AFTER.find(([w]) => s.startsWith(w, q));
    if (!hit && hops === 0) {
      const particle = PARTICLES.find((x) => s.startsWith(x, q));
      if (particle) {
        let r = q + particle.length;
        while (r < s.length && isBlank(codeAt(s, r))) r++;
        hit = AFTER.find(([w, qs]) => s.startsWith(w, r) && (qs[0] === 'increase' || qs[0] === 'decrease'));
        if (hit) q = r;
      }
    }
    if (!hit) return;
    for (const x of hit[1]) out.add(x);
    p = q + hit[0].length;
  }
}

/**
 * Qualifiers of the claim spanning `[start, end)` of the scanning line `s`, in a stable
 * order. `approx` is added by the caller when `여` sits inside the span.
 */
export function qualifiersAround(s: string, start: number, end: number, extra: Qualifier[] = []): Qualifier[] {
  const out = new Set<Qualifier>(extra);
  before(s, start, out);
  after(s, end, out);
  return ORDER.filter((q) => out.has(q));
}

const ORDER: Qualifier[] = ['approx', 'max', 'min', 'exclusive', 'perPerson', 'perMonth', 'perYear', 'increase', 'decrease', 'vague'];
