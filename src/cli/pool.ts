/**
 * The CLI's analysis pool: workers beside the bundle (dist/worker.js), inline when run from
 * source or with PN_WORKERS=0. A single file gets a worker too: only a worker can be stopped
 * at the note's time budget (a workspace schema may carry a pattern that backtracks for
 * minutes), and a file's result must not depend on how many files came with it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { AnalysisPool } from '../core/worker/pool';

export function createPool(env: Record<string, string | undefined>, files: number): AnalysisPool {
  const workerFile = path.join(__dirname, 'worker.js');
  const wanted = env.PN_WORKERS === undefined ? availableParallelism() : Number(env.PN_WORKERS);
  const useWorkers = wanted > 0 && files > 0 && fs.existsSync(workerFile);
  return new AnalysisPool({ workerFile, size: Math.max(1, Math.min(wanted, files)), inline: !useWorkers });
}
