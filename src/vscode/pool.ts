/**
 * The extension's analysis pool, created on first use (activation stays light). Workers
 * keep parsing and rules off the extension host's main thread; where they cannot start,
 * the pool runs one note per macrotask instead and the log says so.
 */
import * as vscode from 'vscode';
import { availableParallelism } from 'node:os';
import { AnalysisPool } from '../core/worker/pool';
import { log } from './log';

export class LazyPool implements vscode.Disposable {
  private pool: AnalysisPool | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  get(): AnalysisPool {
    if (!this.pool) {
      const workerFile = vscode.Uri.joinPath(this.extensionUri, 'dist', 'worker.js').fsPath;
      // Up to two workers: the host's main thread mostly waits on them, and indexing a large
      // workspace is the one long job; more workers would compete with the editor itself.
      this.pool = new AnalysisPool({ workerFile, size: Math.max(1, Math.min(2, availableParallelism())) });
      log().info(`Analysis pool started: ${this.pool.mode === 'workers' ? 'worker threads' : 'inline (worker threads unavailable)'}`);
    }
    return this.pool;
  }

  dispose(): void {
    void this.pool?.close();
  }
}
