/**
 * `lint --cache` over the press-release corpus, beside markdownlint-cli2 on the same files in
 * the same run: without the cache, the first run with it (empty cache), and a repeated run.
 * Each is run `PN_BENCH_RUNS` times (default 3), alternating, and printed as a range.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, corpusFiles, fmt } from './common';

function time(args: string[], cwd: string): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, stdio: 'ignore', maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const range = (xs: number[]) => `${fmt(Math.min(...xs), 0)}–${fmt(Math.max(...xs), 0)} ms`;

export async function benchLintCache(): Promise<void> {
  const files = corpusFiles();
  if (!files) return;
  if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) throw new Error('run `npm run build` first');
  const dataDir = path.dirname(path.dirname(path.dirname(path.dirname(files[0]!))));
  const cli = path.join(ROOT, 'dist/cli.js');
  const config = ['--config', path.join(ROOT, 'examples/press-releases/.policynotes.json'), '--format', 'json'];
  const mdl = path.join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
  const runs = Number(process.env.PN_BENCH_RUNS ?? 3);
  const t = { none: [] as number[], first: [] as number[], repeat: [] as number[], peer: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const cache = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pn-bench-cache-')), 'lint-cache.json');
    t.none.push(time([cli, 'lint', '.', ...config], dataDir));
    t.first.push(time([cli, 'lint', '.', ...config, '--cache', '--cache-location', cache], dataDir));
    t.repeat.push(time([cli, 'lint', '.', ...config, '--cache', '--cache-location', cache], dataDir));
    t.peer.push(time([mdl, '**/*.md'], dataDir));
    fs.rmSync(path.dirname(cache), { recursive: true, force: true });
  }
  console.log(`${files.length} files, ${runs} runs each`);
  console.log(`  lint, no cache:            ${range(t.none)}`);
  console.log(`  lint --cache, first run:   ${range(t.first)} (${fmt((Math.min(...t.first) / Math.min(...t.none) - 1) * 100, 1)}% over no cache, best runs)`);
  console.log(`  lint --cache, repeated:    ${range(t.repeat)}`);
  console.log(`  markdownlint-cli2:         ${range(t.peer)} → repeated --cache is ${fmt(Math.min(...t.repeat) / Math.min(...t.peer), 3)} of its time (best runs)`);
}
