/**
 * Reliability figures (issue 6): every hostile input of the adversarial suite plus the whole
 * corpus through `analyze` (parse, lint, claims, summary), timed per note, with the three
 * "nothing executed" sentinels checked after each. Prints inputs tried, crashes,
 * executions (must be 0), the slowest case, and p95/max analysis time per note.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { analyze } from '../../src/core/worker/analyze';
import { corpusFiles, fmt, percentile } from './common';

const MARKER = path.join(os.tmpdir(), `pn-bench-marker-${process.pid}`);
const payload = `{t:(require('fs').writeFileSync(${JSON.stringify(MARKER)},'x'),globalThis.__pn_poc=1,'t')}`;

function hostile(): [string, string][] {
  const bomb = [
    '---',
    'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
    ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`),
    '---',
    '',
  ].join('\n');
  return [
    ...['---js', '---javascript', '---JavaScript', '--- js ', '---JS', '---coffee', '---__proto__'].map((o): [string, string] => [`1/2 ${o}`, `${o}\n${payload}\n---\n본문`]),
    ['3 tags', `---\na: !!js/function "function(){globalThis.__pn_poc=1}"\nb: !!js/regexp /(a+)+$/\nc: !!python/object/apply:os.system ['id']\n---\n`],
    ['4 __proto__', '---\n__proto__: {polluted: 1}\na: &a {__proto__: {polluted: 1}}\nb: {<<: *a}\nconstructor: x\n---\n'],
    ['5 alias bomb', bomb],
    ['6 flow nesting', `---\na: ${'['.repeat(32000)}${']'.repeat(32000)}\n---\n`],
    ['6 block nesting', ['---', ...Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}k${i}:`), '---', ''].join('\n')],
    ['7 5 MB title', `---\ntitle: "${'x'.repeat(5 * 1024 * 1024)}"\n---\n본문`],
    ['8 20,000 keys', ['---', ...Array.from({ length: 20000 }, (_, i) => `k${i}: ${i}`), '---', ''].join('\n')],
    ['10 unclosed', '---\ntitle: x\n\n# 제목\n\n수출 7000억 달러'],
    ['15 mixed EOL', '---\r\ntitle: 가\rexcerpt: 요약\n---\r\n9.0%'],
    ['19 not a mapping', '---\n- a\n---\n'],
    ['22 2 MB line of 0만', `${'0만 '.repeat(500_000)}\n`],
    ['22 digit runs', `${'1,'.repeat(1_000_000)}\n`],
    ['22 unclosed images', `${'![x'.repeat(200_000)}\n${'<img '.repeat(200_000)}`],
    ['fuzz: backticks', `${'`'.repeat(1)}a${'``'.repeat(2)}b`.repeat(50_000)],
    ['fuzz: nested lists', `${'- '.repeat(5000)}x\n\n    code\n`],
  ];
}

export async function benchReliability(): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  const inputs: [string, string][] = hostile();
  const files = corpusFiles();
  if (files) for (const f of files) inputs.push([path.basename(f), fs.readFileSync(f, 'utf8')]);
  let crashes = 0;
  let executions = 0;
  const times: number[] = [];
  let slowest = { name: '', ms: 0 };
  for (const [name, text] of inputs) {
    const t = performance.now();
    try {
      analyze({ uri: name, text, config: DEFAULT_CONFIG, lint: { schema: null }, claims: true, summary: true });
    } catch (e) {
      crashes++;
      console.log(`  crash on ${name}: ${(e as Error).message}`);
    }
    const ms = performance.now() - t;
    times.push(ms);
    if (ms > slowest.ms) slowest = { name, ms };
    if (fs.existsSync(MARKER) || g.__pn_poc !== undefined || ({} as Record<string, unknown>).polluted !== undefined) executions++;
  }
  const corpusTimes = times.slice(hostile().length);
  console.log(`inputs tried: ${inputs.length} (${hostile().length} hostile, ${corpusTimes.length} corpus notes)`);
  console.log(`crashes: ${crashes}; executions: ${executions}`);
  console.log(`slowest: ${slowest.name} ${fmt(slowest.ms, 0)} ms (budget 1,000 ms per note; the worker is stopped past it)`);
  if (corpusTimes.length > 0)
    console.log(
      `corpus, analysis per note (parse + lint + claims + summary): p50 ${fmt(percentile(corpusTimes, 50), 2)} ms, p95 ${fmt(percentile(corpusTimes, 95), 2)} ms, max ${fmt(Math.max(...corpusTimes), 1)} ms`,
    );
}
