/**
 * The analysis pool outside VS Code: every corpus file indexed as the workspace index does
 * it (the worker stats, reads, hashes and analyzes; the main thread only collects), with 1
 * and 2 workers, then a second pass where every file is unchanged (the warm check).
 *   node scripts/bench.mjs pool
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { AnalysisPool } from '../../src/core/worker/pool';
import type { FileStamp } from '../../src/core/worker/analyze';
import { corpusFiles, fmt } from './common';

function cpuMs(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1000;
}

export async function benchPool(): Promise<void> {
  const files = corpusFiles();
  if (!files) return console.log('(skipped: ../shared/corpus is not present)');
  const workerFile = path.resolve(__dirname, '../../dist/worker.js');
  for (const size of [1, 2]) {
    const pool = new AnalysisPool({ workerFile, size });
    const known = new Map<string, FileStamp>();
    for (const pass of ['cold', 'unchanged']) {
      const t = performance.now();
      const cpu0 = process.cpuUsage();
      let busy = 0;
      await Promise.all(
        files.map(async (f) => {
          const o = await pool.run({ uri: f, file: { path: f, known: known.get(f) }, config: DEFAULT_CONFIG, summary: true, figureKeys: true });
          if (o.ok && o.result.read && 'hash' in o.result.read) known.set(f, o.result.read);
          if (o.ok) busy += o.result.ms;
        }),
      );
      console.log(
        `${size} worker(s), ${pass}: ${files.length} files in ${fmt(performance.now() - t)} ms (time in analysis, all workers: ${fmt(busy)} ms; process CPU ${fmt(cpuMs(process.cpuUsage(cpu0)))} ms)`,
      );
    }
    await pool.close();
  }
}
