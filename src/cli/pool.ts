/** The CLI's analysis pool: workers beside the bundle (dist/worker.js), inline when run from source or with PN_WORKERS=0. */
import fs from 'node:fs';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { AnalysisPool } from '../core/worker/pool';

export function createPool(env: Record<string, string | undefined>, files: number): AnalysisPool {
  const workerFile = path.join(__dirname, 'worker.js');
  const wanted = env.PN_WORKERS === undefined ? availableParallelism() : Number(env.PN_WORKERS);
  const useWorkers = wanted > 0 && files > 1 && fs.existsSync(workerFile);
  return new AnalysisPool({ workerFile, size: Math.min(wanted, files), inline: !useWorkers });
}
