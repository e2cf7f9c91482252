/**
 * A seeded random sample of the programs the summary shows by default over the whole
 * corpus, each with the sentence of its first mention, for a reader to judge against
 * docs/summary-accuracy.md (is it a program?). Writes JSON lines to stdout, or to
 * PN_SAMPLE_OUT; PN_SAMPLE_SEED (default 1) and PN_SAMPLE_SIZE (default 200) choose the
 * sample. PN_SAMPLE_RECHECK (comma-separated files of judged names) re-checks earlier
 * judgements against the programs shown now. Not part of the default bench run:
 *
 *   node scripts/bench.mjs program-sample
 */
import fs from 'node:fs';
import path from 'node:path';
import { summaryCommand } from '../../src/cli/commands/summary';
import { CORPUS, corpusFiles, rng } from './common';

interface JsonProgram {
  name: string;
  confidence?: string;
  aliases: string[];
  mentions: { file: string; line: number }[];
}

export async function benchProgramSample(): Promise<void> {
  if (!corpusFiles()) return;
  let out = '';
  const io = { stdout: (t: string) => void (out += t), stderr: () => undefined, cwd: CORPUS, env: {} };
  await summaryCommand.run([path.join(CORPUS, 'data'), '--format', 'json'], io);
  const programs = (JSON.parse(out) as { programs: JsonProgram[] }).programs;
  const seed = Number(process.env.PN_SAMPLE_SEED ?? 1);
  const size = Number(process.env.PN_SAMPLE_SIZE ?? 200);
  const random = rng(seed);
  const order = programs.map((p, i) => ({ p, k: random(), i })).sort((a, b) => a.k - b.k);
  const lines = order.slice(0, size).map(({ p }) => {
    const m = p.mentions[0]!;
    const file = path.resolve(CORPUS, m.file);
    const text = fs.readFileSync(file, 'utf8').split(/\r?\n/);
    return JSON.stringify({
      name: p.name,
      confidence: p.confidence,
      aliases: p.aliases,
      mentions: p.mentions.length,
      file: path.relative(CORPUS, file),
      line: m.line,
      context: (text[m.line - 1] ?? '').slice(0, 400),
    });
  });
  const text = `${lines.join('\n')}\n`;
  if (process.env.PN_SAMPLE_OUT) fs.writeFileSync(process.env.PN_SAMPLE_OUT, text);
  else process.stdout.write(text);
  console.error(`${programs.length} programs shown by default; sample of ${lines.length}, seed ${seed}`);
  for (const file of (process.env.PN_SAMPLE_RECHECK ?? '').split(',').filter((f) => f !== '')) recheck(file, programs);
}

/** Spelling-insensitive form of a name (the scorer's `norm`). */
function norm(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s‘’“”'"｢｣「」『』`]/g, '');
}

/**
 * Re-checks a judged sample (JSON lines with `name` and `verdict`: program, optional or not)
 * against the programs shown now: how many judged not-programs are still shown, how many
 * judged programs are no longer shown (or shown under a longer name), and the share of
 * programs among the judged items still shown (optional ones left out).
 */
function recheck(file: string, programs: readonly JsonProgram[]): void {
  const shown = new Set<string>();
  for (const p of programs) for (const n of [p.name, ...p.aliases]) shown.add(norm(n));
  const count = { program: [0, 0], optional: [0, 0], not: [0, 0] } as Record<string, [number, number]>;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as { name: string; verdict: string };
    const c = count[r.verdict];
    if (c) c[shown.has(norm(r.name)) ? 0 : 1]++;
  }
  const [p, pLost] = count.program as [number, number];
  const [n, nGone] = count.not as [number, number];
  const share = p + n > 0 ? ((100 * p) / (p + n)).toFixed(1) : '-';
  console.error(`${path.basename(file)}: not-programs still shown ${n}/${n + nGone}, programs no longer shown ${pLost}/${p + pLost}; programs among the judged still shown ${share}%`);
}
