/**
 * The extension's analysis pool, created on first use (activation stays light). Workers
 * keep parsing and rules off the extension host's main thread; where they cannot start,
 * the pool runs one note per macrotask instead and the log says so.
 */
import * as vscode from 'vscode';
import { availableParallelism } from 'node:os';
import { AnalysisPool } from '../core/worker/pool';
import { log } from './log';

/** At most two workers: indexing a large workspace is the one long job, and more would compete with the editor itself. */
const MAX_WORKERS = 2;

/**
 * Notes in a run past which a second worker is worth its start. Each worker compiles the
 * analysis code for itself (about a second of CPU in a fresh worker, most of it V8's
 * optimizing compiler on another thread), so on two cores a second worker makes a corpus of
 * a few thousand notes slower and one of tens of thousands faster: see docs/benchmarks.md
 * (`node scripts/bench.mjs host`).
 */
const LONG_RUN = 4000;

/** Workers to start with: one per core beyond the one the editor needs, one at least, two at most. */
function baseWorkers(): number {
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism() - 1));
}

export class LazyPool implements vscode.Disposable {
  private pool: AnalysisPool | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  get(): AnalysisPool {
    if (!this.pool) {
      const workerFile = vscode.Uri.joinPath(this.extensionUri, 'dist', 'worker.js').fsPath;
      this.pool = new AnalysisPool({ workerFile, size: baseWorkers() });
      log().info(`Analysis pool started: ${this.pool.mode === 'workers' ? 'worker threads' : 'inline (worker threads unavailable)'}`);
    }
    return this.pool;
  }

  /**
   * The pool for a run of `notes` analyses: on a two-core machine a second worker joins only
   * for a long run (more than LONG_RUN notes), where it pays back its warm-up.
   */
  forRun(notes: number): AnalysisPool {
    const pool = this.get();
    if (notes > LONG_RUN) pool.grow(MAX_WORKERS);
    return pool;
  }

  dispose(): void {
    void this.pool?.close();
  }
}
