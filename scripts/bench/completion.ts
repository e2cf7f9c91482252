/**
 * Benchmark of front-matter completion (`src/core/frontmatter/complete.ts`, what the
 * completion provider runs per request) on a 50 KB article with 2,000 articles indexed:
 * the corpus of ../shared when present (else 2,000 generated articles), summarized and
 * merged as the workspace index does. Prints, for three places (a new top-level line, a new
 * item under `programs:`, an `agency:` value), the first request (choices not yet worked
 * out for this summary) and p50/p95/max of warm requests, with the number of items.
 *
 * Run: `node scripts/bench.mjs completion` (or `npx tsx scripts/bench/completion.ts`).
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import builtin from '../../schemas/article.schema.json';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { workspaceChoices } from '../../src/core/frontmatter/choices';
import { frontMatterCompletions } from '../../src/core/frontmatter/complete';
import { parseNote } from '../../src/core/parse/note';
import { extractNote, mergeSummaries } from '../../src/core/summary';
import { corpusFiles, fmt, percentile, rng } from './common';

const ARTICLES = 2000;
const ARTICLE_BYTES = 50 * 1024;
const RUNS = 60;

function generated(n: number): { uri: string; text: string }[] {
  const rand = rng(19);
  const agencies = ['산업통상자원부', '중소벤처기업부', '대한무역투자진흥공사', '한국무역보험공사', '국토교통부', '환경부'];
  return Array.from({ length: n }, (_, i) => {
    const program = `K-지원사업${Math.floor(rand() * 800)}`;
    const agency = agencies[i % agencies.length]!;
    const text = [
      '---',
      `title: 지원 계획 ${i}`,
      'categories:',
      '  - News',
      `excerpt: ${agency}가 ${program}을 추진한다.`,
      'programs:',
      `  - name: ${program}`,
      `    agency: ${agency}`,
      '---',
      '',
      `${agency}는 ‘${program}’으로 2028년까지 ${100 + i}개 사를 지원하고 예산 ${i + 1}억 원을 투입한다고 밝혔다.`,
      '',
    ].join('\n');
    return { uri: `gen/${i}.md`, text };
  });
}

/** A 50 KB article: a front matter with a blank line and a program list, then repeated paragraphs. */
function bigArticle(): string {
  const head = ['---', 'title: 수출 지원 종합 대책', 'categories:', '  - News', '', 'programs:', '  - name: 수출바우처', '    agency: ', '  - ', '---', ''].join('\n');
  const paragraph = '정부는 2028년까지 수출 중견기업 200개 사를 새로 발굴하고 무역금융 370조 원을 공급한다. 지난해 수출은 9.0% 늘었다.\n\n';
  let body = '';
  while (Buffer.byteLength(head + body) < ARTICLE_BYTES) body += paragraph;
  return head + body;
}

function time(fn: () => number): { ms: number; items: number } {
  const t = performance.now();
  const items = fn();
  return { ms: performance.now() - t, items };
}

export async function benchCompletion(): Promise<void> {
  const files = corpusFiles();
  const inputs = files ? files.slice(0, ARTICLES).map((f) => ({ uri: f, text: fs.readFileSync(f, 'utf8') })) : generated(ARTICLES);
  const source = files ? `the first ${inputs.length} corpus articles` : `${inputs.length} generated articles`;
  const summary = mergeSummaries(
    inputs.map((i) => extractNote(parseNote(i), DEFAULT_CONFIG)),
    DEFAULT_CONFIG,
  );
  const text = bigArticle();
  console.log(`indexed: ${source} (${summary.programs.length} programs); article ${fmt(Buffer.byteLength(text) / 1024)} KB`);
  const places: [string, number][] = [
    ['new top-level line (missing keys)', text.indexOf('\n\nprograms:') + 1],
    ['new item under programs: (programs)', text.indexOf('  - \n---') + 4],
    ['agency: value (agencies)', text.indexOf('agency: ') + 'agency: '.length],
  ];
  for (const [what, offset] of places) {
    const run = (): number => {
      const choices = workspaceChoices(summary, DEFAULT_CONFIG);
      return frontMatterCompletions({ text, offset, schema: builtin as Record<string, unknown>, programs: choices.programs, agencies: choices.agencies, now: new Date() }).length;
    };
    const first = time(run);
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) warm.push(time(run).ms);
    console.log(
      `${what}: ${first.items} items; first ${fmt(first.ms, 2)} ms; warm p50 ${fmt(percentile(warm, 50), 2)} ms, p95 ${fmt(percentile(warm, 95), 2)} ms, max ${fmt(Math.max(...warm), 2)} ms`,
    );
  }
}
