/**
 * Benchmark and eyeball report for the claims recognizer (src/core/claims).
 *
 * Prints the Duckling score, timing over the 2,000 press releases of
 * ../shared/corpus/gov-press-md (total, p50/p95/max per file), claims per kind and per
 * 1,000 words, a seeded random sample of 40 claims for a human to read, the number of
 * claims overlapping a phone number, law reference, rank or URL (must be 0), and the
 * re-run time on a 50 KB article. Run:
 *
 *   npx tsx -e "require('./scripts/bench/claims.ts').benchClaims()"
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { findClaims } from '../../src/core/claims';
import type { Claim } from '../../src/core/model';
import { loadDucklingCases, runCase } from '../../test/unit/claims/duckling-cases';

const SHARED = path.resolve(__dirname, '../../../shared');
const CORPUS = path.join(SHARED, 'corpus/gov-press-md/data');

/** Spans that must never be inside a claim, found with simple independent patterns. */
export const FORBIDDEN: readonly [string, RegExp][] = [
  ['phone', /\(?0\d{1,2}\)?[-.) ]?\d{3,4}-\d{4}|\b1[5-8]\d{2}-\d{4}\b/g],
  ['law', /제\d+[조항호](?:의\d+)?/g],
  ['rank', /\d+위(?![원안])/g],
  ['url', /https?:\/\/[^\s)>\]]+|www\.[^\s)>\]]+/g],
];

/** Every `.md` file under `dir`, sorted for a stable order. */
export function listMarkdown(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** The year of the front-matter `approve_date: "MM/DD/YYYY …"`, if any. */
export function anchorYearOf(text: string): number | undefined {
  const m = /approve_date: "\d{2}\/\d{2}\/(\d{4})/.exec(text.slice(0, 2000));
  return m ? Number(m[1]) : undefined;
}

/** Claims of `claims` that overlap a forbidden span of `text`, with the pattern's name. */
export function forbiddenOverlaps(text: string, claims: Claim[]): { name: string; claim: Claim; span: string }[] {
  const out: { name: string; claim: Claim; span: string }[] = [];
  for (const [name, re] of FORBIDDEN) {
    for (const m of text.matchAll(re)) {
      const a = m.index;
      const b = a + m[0].length;
      for (const c of claims) if (c.start < b && a < c.end) out.push({ name, claim: c, span: m[0] });
    }
  }
  return out;
}

/** A small deterministic RNG (mulberry32), so the sample is the same on every run. */
function rng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

function benchDuckling(): void {
  const cases = loadDucklingCases();
  if (!cases) return;
  const results = cases.map(runCase);
  const misses = results.filter((r) => !r.ok);
  console.log(`duckling-ko: ${results.length - misses.length}/${results.length} in-scope cases`);
  for (const m of misses) console.log(`  miss ${m.input}: got ${m.got}; want ${m.want}`);
}

function benchCorpus(): void {
  const files = listMarkdown(CORPUS);
  const times: number[] = [];
  const perKind = new Map<string, number>();
  const all: { file: string; claim: Claim }[] = [];
  let words = 0;
  let total = 0;
  let bad = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    const t0 = performance.now();
    const claims = findClaims(text, { anchorYear: anchorYearOf(text) });
    const dt = performance.now() - t0;
    times.push(dt);
    total += dt;
    words += text.split(/\s+/).length;
    for (const c of claims) {
      perKind.set(c.kind, (perKind.get(c.kind) ?? 0) + 1);
      all.push({ file: path.basename(f).slice(0, 40), claim: c });
    }
    for (const o of forbiddenOverlaps(text, claims)) {
      bad++;
      if (bad <= 10) console.log(`  overlap ${o.name} "${o.span}" with claim "${o.claim.text}" in ${path.basename(f)}`);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`corpus: ${files.length} files, ${words} words, ${all.length} claims`);
  console.log(
    `findClaims total ${total.toFixed(0)} ms (first pass, JIT warming up); per file p50 ${pct(times, 50).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms`,
  );
  console.log(`findClaims total ${warmPass(files).toFixed(0)} ms (second pass, warm)`);
  for (const [k, n] of [...perKind].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(13)} ${String(n).padStart(7)}  ${((n * 1000) / words).toFixed(2)} per 1,000 words`);
  console.log(`claims overlapping phone/law/rank/URL: ${bad} (must be 0)`);
  const next = rng(20240601);
  console.log('sample of 40 claims (file: text -> kind value unit [qualifiers]):');
  for (let k = 0; k < 40 && all.length > 0; k++) {
    const { file, claim: c } = all[Math.floor(next() * all.length)];
    const v = c.range ? `${c.range.from}..${c.range.to}` : String(c.value);
    console.log(`  ${file}: ${c.text} -> ${c.kind} ${v} ${c.unit ?? ''} [${c.qualifiers.join(',')}]${c.iso ? ' ' + c.iso : ''}`);
  }
  benchLargeArticle(files);
}

/** Total time of a second pass over the corpus (texts read first, so only the scan is timed). */
function warmPass(files: string[]): number {
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  const t0 = performance.now();
  for (const text of texts) findClaims(text, { anchorYear: anchorYearOf(text) });
  return performance.now() - t0;
}

/** Median of 20 runs over a ~50 KB article made of corpus text. */
function benchLargeArticle(files: string[]): void {
  let text = '';
  for (const f of files) {
    if (text.length >= 50_000) break;
    text += fs.readFileSync(f, 'utf8');
  }
  text = text.slice(0, 50_000);
  const runs: number[] = [];
  for (let k = 0; k < 20; k++) {
    const t0 = performance.now();
    findClaims(text);
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  console.log(`50 KB article: median ${runs[10].toFixed(2)} ms over 20 runs`);
}

/** Prints the report; skips with a message when ../shared is not checked out. */
export async function benchClaims(): Promise<void> {
  if (!fs.existsSync(SHARED)) {
    console.log('claims bench: skipped, ../shared not present');
    return;
  }
  benchDuckling();
  if (fs.existsSync(CORPUS)) benchCorpus();
  else console.log('claims bench: corpus not present, skipped');
}
