/**
 * Benchmark and eyeball report for the program/target summary (src/core/summary).
 *
 * Over the 2,000 press releases of ../shared/corpus/gov-press-md and over a generated
 * workspace of 20,000 articles (built in memory from the templates below), prints: cold
 * and warm extraction time (parse + extract + merge) and files per second, merge time
 * alone, the "one file changed" update (re-extract one note, then re-merge all, or update the
 * incremental index), heap used with
 * every note summary held, and summary statistics with the 15 most mentioned programs for a
 * human to judge. Run:
 *
 *   node scripts/bench.mjs summary
 *   npx tsx --expose-gc -e "require('./scripts/bench/summary.ts').benchSummary()"
 */
import fs from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { parseNote } from '../../src/core/parse/note';
import { createStringSharer, createSummaryIndex, extractNote, mergeSummaries, type NoteSummary, type Summary } from '../../src/core/summary';
import { corpusFiles, fmt, percentile, rng } from './common';

interface Input {
  uri: string;
  text: string;
}

/** Collects garbage when the process allows it, so heap figures mean what is retained. */
function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function mb(bytes: number): string {
  return `${fmt(bytes / 1024 / 1024)} MB`;
}

/** Extracts every input; the notes themselves are dropped as soon as their summary exists. */
function extractAll(inputs: readonly Input[]): { notes: NoteSummary[]; perFile: number[] } {
  const perFile: number[] = [];
  const notes = inputs.map((input) => {
    const t = performance.now();
    const note = extractNote(parseNote(input), DEFAULT_CONFIG);
    perFile.push(performance.now() - t);
    return note;
  });
  return { notes, perFile };
}

function timeMerge(notes: readonly NoteSummary[], runs: number): { summary: Summary; ms: number[] } {
  const ms: number[] = [];
  let summary = mergeSummaries(notes, DEFAULT_CONFIG);
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    summary = mergeSummaries(notes, DEFAULT_CONFIG);
    ms.push(performance.now() - t);
  }
  return { summary, ms };
}

/** An edit of note `k` (a sentence with a new target appended). */
function edited(inputs: readonly Input[], k: number, i: number): Input {
  const input = inputs[k] as Input;
  return { uri: input.uri, text: `${input.text}\n\n정부는 2030년까지 ${100 + i}개사를 새로 육성할 계획이다.\n` };
}

/** Re-extracts one edited note and re-merges everything (`mergeSummaries`). */
function timeUpdate(inputs: readonly Input[], notes: NoteSummary[], runs: number): number[] {
  const pick = rng(7);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const k = Math.floor(pick() * inputs.length);
    const t = performance.now();
    notes[k] = extractNote(parseNote(edited(inputs, k, i)), DEFAULT_CONFIG);
    mergeSummaries(notes, DEFAULT_CONFIG);
    ms.push(performance.now() - t);
  }
  return ms;
}

/** Re-extracts one edited note and updates the incremental index (`createSummaryIndex`), reading the summary. */
function timeIndexUpdate(inputs: readonly Input[], notes: readonly NoteSummary[], runs: number): { fill: number; ms: number[] } {
  const t0 = performance.now();
  const index = createSummaryIndex(DEFAULT_CONFIG);
  for (const n of notes) index.set(n);
  index.summary();
  const fill = performance.now() - t0;
  const pick = rng(11);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const k = Math.floor(pick() * inputs.length);
    const t = performance.now();
    index.set(extractNote(parseNote(edited(inputs, k, i)), DEFAULT_CONFIG));
    index.summary();
    ms.push(performance.now() - t);
  }
  return { fill, ms };
}

function report(label: string, inputs: readonly Input[]): void {
  const bytes = inputs.reduce((n, i) => n + i.text.length, 0);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const cold = extractAll(inputs);
  const tMerge = performance.now();
  const first = mergeSummaries(cold.notes, DEFAULT_CONFIG);
  const coldMs = performance.now() - t0;
  const firstMerge = performance.now() - tMerge;
  gc();
  const heapHeld = process.memoryUsage().heapUsed;
  const warmT = performance.now();
  const warm = extractAll(inputs);
  mergeSummaries(warm.notes, DEFAULT_CONFIG);
  const warmMs = performance.now() - warmT;
  const merge = timeMerge(warm.notes, 10);
  const update = timeUpdate(inputs, warm.notes, 20);
  const incremental = timeIndexUpdate(inputs, warm.notes, 50);
  console.log(`\n--- ${label}: ${fmt(inputs.length, 0)} files, ${mb(bytes * 2)} of text in memory (UTF-16)`);
  console.log(`cold parse+extract+merge: ${fmt(coldMs, 0)} ms (${fmt((inputs.length / coldMs) * 1000, 0)} files/s), of which the first merge ${fmt(firstMerge, 0)} ms`);
  console.log(
    `warm parse+extract+merge: ${fmt(warmMs, 0)} ms (${fmt((inputs.length / warmMs) * 1000, 0)} files/s); per file p50 ${fmt(percentile(warm.perFile, 50), 2)} ms, p95 ${fmt(percentile(warm.perFile, 95), 2)} ms, max ${fmt(Math.max(...warm.perFile), 1)} ms`,
  );
  console.log(`merge alone: p50 ${fmt(percentile(merge.ms, 50), 1)} ms, max ${fmt(Math.max(...merge.ms), 1)} ms`);
  console.log(`one file changed, full re-merge (re-extract + mergeSummaries): p50 ${fmt(percentile(update, 50), 1)} ms, p95 ${fmt(percentile(update, 95), 1)} ms`);
  console.log(
    `one file changed, incremental (re-extract + index.set + summary()): p50 ${fmt(percentile(incremental.ms, 50), 1)} ms, p95 ${fmt(percentile(incremental.ms, 95), 1)} ms (filling the index: ${fmt(incremental.fill, 0)} ms)`,
  );
  console.log(`heap used with the note summaries and the summary held: ${mb(heapHeld)} (${mb(heapHeld - heapBefore)} more than with the texts alone)`);
  stats(first);
}

function stats(s: Summary): void {
  const forecasts = s.figures.filter((f) => f.status === 'forecast').length;
  const withProgram = s.targets.filter((t) => t.program !== null).length;
  const withDeadline = s.targets.filter((t) => t.deadline !== null).length;
  console.log(
    `programs ${fmt(s.programs.length, 0)}; targets ${fmt(s.targets.length, 0)} (${fmt(withProgram, 0)} with a program, ${fmt(withDeadline, 0)} with a deadline); forecasts ${fmt(forecasts, 0)}, results ${fmt(s.figures.length - forecasts, 0)}; conflicts ${fmt(s.conflicts.length, 0)}`,
  );
  console.log('top 15 programs by mentions:');
  for (const p of s.programs.slice(0, 15)) {
    const files = new Set(p.mentions.map((m) => m.file)).size;
    console.log(
      `  ${String(p.mentions.length).padStart(6)} mentions in ${String(files).padStart(5)} files, ${String(p.targets.length).padStart(5)} targets  ${p.name}${p.aliases.length ? ` (also ${p.aliases.slice(0, 3).join(', ')})` : ''}  [${p.agencies.slice(0, 2).join(', ')}]`,
    );
  }
  for (const c of s.conflicts.slice(0, 5)) console.log(`  conflict: ${c.message}`);
}

// ---- a generated workspace: articles written from templates (not copied from any source) ----

const PROGRAMS = [
  '‘K-수출스타’ 사업',
  '무역금융',
  '무역보험',
  '수출 바우처',
  'K-수출전사 프로젝트',
  '‘한류 소비재 수출 하이웨이’ 사업',
  '스케일업 프로그램',
  '디지털무역 인력 양성 사업',
  '‘청년 해외 인턴십’ 프로그램',
  '‘글로벌 강소기업 1000+’ 프로젝트',
  '수출 물류 바우처',
  '‘지역 특화 수출 허브’ 사업',
  'K-바이오 랩허브 사업',
  '‘탄소중립 선도 공장’ 프로젝트',
];
const AGENCIES = ['산업통상자원부', '산업부', '중소벤처기업부', '중기부', '코트라', 'KOTRA', '무보', '한국무역보험공사', '기재부', '과기정통부', '관세청', '무역협회'];
const UNITS = [
  ['개사', 400],
  ['곳', 2000],
  ['명', 3000],
  ['건', 900],
] as const;
const GOALS = ['육성할 계획이다', '새로 발굴하는 것을 목표로 한다', '확대할 방침이다', '지원할 예정이다', '늘리기로 했다'];

function pickFrom<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

/**
 * The workspace's "truth": each program's target per year (figure, unit, deadline), which
 * articles restate; about 2% of restatements get the figure or the deadline wrong, as
 * real articles sometimes do, so the conflict detector has something to find.
 */
function plannedTarget(program: number, year: number): { n: number; unit: string; deadline: string } {
  const [unit, max] = UNITS[program % UNITS.length] as (typeof UNITS)[number];
  const n = (((program * 7919 + year * 104729) % (max / 50)) + 1) * 50;
  return { n, unit, deadline: program % 3 === 0 ? '향후 5년 내' : `${year + 2 + (program % 4)}년까지` };
}

function sentence(r: () => number, year: number): string {
  const p = Math.floor(r() * PROGRAMS.length);
  const program = PROGRAMS[p] as string;
  const agency = pickFrom(r, AGENCIES);
  const planned = plannedTarget(p, year);
  const wrong = r() < 0.02;
  const n = wrong && r() < 0.5 ? planned.n + 50 : planned.n;
  const deadline = wrong && n === planned.n ? `${year + 9}년까지` : planned.deadline;
  // Half the sentences state no figure, as in real articles (the corpus averages 2.6 figures a file).
  switch (Math.floor(r() * 10)) {
    case 0:
      return `${agency}는 ${program}을 통해 ${deadline} 중소기업 ${n}${planned.unit}를 ${pickFrom(r, GOALS)}.`;
    case 1:
      return `${agency}는 올해 ${program}에 ${(p + 1) * 37 + (year % 10)}억 원을 투입할 계획이다.`;
    case 2:
      return `지난해 ${program} 실적은 ${Math.floor(r() * 40) * 10 + 10}${planned.unit}로 전년 대비 ${(r() * 20).toFixed(1)}% 증가했다.`;
    case 3:
      return `올해 수출은 ${Math.floor(r() * 3000) + 5000}억 달러에 이를 것으로 전망된다.`;
    case 4:
      return `<p>${agency}는 ${program}의 지원 대상을 <b>${deadline} ${n}${planned.unit}</b>까지 늘릴 계획이라고 밝혔다.</p>`;
    case 5:
      return `현장 간담회에서는 기업 애로와 제도 개선 과제가 논의됐으며, 참석자들은 협업 체계의 중요성을 강조했다.`;
    case 6:
      return `${agency} 관계자는 "현장의 목소리를 정책에 꾸준히 반영하겠다"고 말했다.`;
    default:
      return `자세한 내용은 누리집 공지사항을 참고하면 된다. 신청은 온라인으로만 받는다.`;
  }
}

/** A deterministic workspace of `count` articles, 1–4 KB each. */
export function generateWorkspace(count: number, seed = 42): Input[] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const year = 2020 + (i % 7);
    const paragraphs = Array.from({ length: 3 + Math.floor(r() * 6) }, () => Array.from({ length: 1 + Math.floor(r() * 3) }, () => sentence(r, year)).join(' '));
    const fm = ['---', `title: 수출 지원 정책 동향 ${i}`, `date: ${year}-${String((i % 12) + 1).padStart(2, '0')}-15`, `ministry: ${pickFrom(r, AGENCIES.slice(0, 4))}`, '---', ''];
    return { uri: `gen/${year}/article-${i}.md`, text: [...fm, ...paragraphs.flatMap((p) => [p, ''])].join('\n') };
  });
}

/** Runs the benchmark and prints its report. */
export async function benchSummary(): Promise<void> {
  const files = corpusFiles();
  if (files)
    report(
      'gov-press-md corpus',
      files.map((f) => ({ uri: f, text: fs.readFileSync(f, 'utf8') })),
    );
  const generated = generateWorkspace(20000);
  report('generated workspace', generated);
  sharedStrings(generated);
}

/**
 * Heap of the note summaries as the workspace index receives them (each a copy, from a
 * worker's message or a cache line), then with their strings shared (`createStringSharer`).
 */
function sharedStrings(inputs: readonly Input[]): void {
  const copies = inputs.map((i) => serialize(extractNote(parseNote(i), DEFAULT_CONFIG)));
  gc();
  const base = process.memoryUsage().heapUsed;
  const held = copies.map((b) => deserialize(b) as NoteSummary);
  gc();
  const plain = process.memoryUsage().heapUsed - base;
  const sharer = createStringSharer();
  for (const n of held) sharer.note(n);
  gc();
  const shared = process.memoryUsage().heapUsed - base;
  console.log(`note summaries held as received copies: ${mb(plain)}; with shared strings: ${mb(shared)} (${fmt(held.length, 0)} notes)`);
}
