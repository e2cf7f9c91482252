/**
 * A full run of the index: lists every article, drops what is gone, checks the cached files
 * by stat, analyzes the rest a few at a time (the pool queues them), shows partial
 * summaries on a long run, and merges at its end.
 */
import * as vscode from 'vscode';
import { inSlices, slicer, yieldNow } from '../../core/async';
import { log } from '../log';
import type { LoadedConfig } from '../../core/config';
import type { WorkspaceModel } from '../../core/workspace/model';
import type { LazyPool } from '../pool';
import type { IndexReader } from './reader';
import type { IndexProgress, IndexTelemetry } from './telemetry';

/**
 * Files in flight during a run. `workspace.fs` calls cost a few milliseconds of latency each
 * but are answered in batches, so many outstanding stats and reads cost little more than one;
 * the pool queues the analyses.
 */
const IN_FLIGHT = 128;
/** Runs analyzing at least this many files tell their progress (see onDidProgress); shorter ones are over before it would be read. */
const PROGRESS_MIN = 200;
/** Least time between two progress events (ms). */
const PROGRESS_MS = 250;
/**
 * Runs analyzing at least this many files show the summary of what they have analyzed so
 * far twice: after an eighth of them (a thousand at most) and after half. On a cold start
 * of a large workspace the views fill early instead of staying empty until the end; each
 * costs a merge of what there is (in slices), so there are only two.
 */
const PARTIAL_MIN = 400;
function partialPoints(files: number): number[] {
  return files >= PARTIAL_MIN ? [Math.min(Math.ceil(files / 8), 1000), Math.ceil(files / 2)] : [];
}

/** What a run needs of the index (WorkspaceIndex). */
export interface RunHost {
  readonly model: WorkspaceModel;
  readonly state: IndexProgress;
  readonly telemetry: IndexTelemetry;
  readonly pool: LazyPool;
  readonly mergeConfig: LoadedConfig['config'] | undefined;
  readonly notifyPending: boolean;
  loadMergeConfig(): Promise<void>;
  notify(): void;
  progress(): void;
  publish(): void;
  mergeAll(): Promise<void>;
  logRun(): void;
}

/** How a run ended: every file checked and merged, cancelled by a newer run, or failed (logged). */
export type RunOutcome = 'done' | 'cancelled' | 'failed';

export async function runAll(index: RunHost, reader: IndexReader, token: vscode.CancellationToken, listing: Promise<vscode.Uri[]>): Promise<RunOutcome> {
  const { model, state, telemetry } = index;
  const started = Date.now();
  // A summary published just before (the cache's, at a start) is told first: the deferred
  // event (notify) would otherwise fire with this run's indexing state, and listeners skip it.
  if (index.notifyPending) await yieldNow();
  if (token.isCancellationRequested) return 'cancelled';
  const phases = (telemetry.phases = { listMs: 0, analyzeMs: 0, mergeMs: 0, publishMs: 0, saveMs: 0 });
  const editsAtStart = model.edits;
  try {
    await vscode.window.withProgress({ location: { viewId: 'policyNotes.programs' }, title: vscode.l10n.t('Indexing articles') }, async (progress) => {
      Object.assign(state, { indexing: true, done: 0, total: 0, analyzed: 0 });
      Object.assign(telemetry, { partials: 0, firstPartialMs: 0 });
      index.notify();
      await index.loadMergeConfig();
      const uris = await listing;
      phases.listMs = Date.now() - started;
      if (token.isCancellationRequested) return;
      state.total = uris.length;
      const seen = new Set<string>();
      await inSlices(uris, (u) => void seen.add(u.toString()));
      await inSlices(model.keys(), (key) => void (!seen.has(key) && model.drop(key)));
      // Cached `file:` articles are checked by stat; only what changed is read.
      const { todo, fresh } = await reader.changedSinceCache(uris, token);
      if (todo.length > 0) index.pool.forRun(todo.length); // no worker boots for a workspace that did not change
      let lastReport = 0;
      let lastProgress = 0;
      const report = () => {
        if (state.done - lastReport < 50 && state.done !== uris.length) return;
        progress.report({ message: `${state.done}/${uris.length}` });
        lastReport = state.done;
        if (todo.length >= PROGRESS_MIN && performance.now() - lastProgress >= PROGRESS_MS) {
          lastProgress = performance.now();
          index.progress();
        }
      };
      state.done = uris.length - todo.length;
      report();
      // Partial summaries when the run brings many new articles (a cold start, a large pull),
      // or replaces a partial one; a run that re-reads known files (other aliases, say)
      // keeps the last complete summary until it ends, rather than a mix of both.
      const partialAt = fresh >= PARTIAL_MIN || model.partialShown ? partialPoints(todo.length) : [];
      let handled = 0;
      let showing = false;
      let next = 0;
      const slice = slicer();
      const worker = async () => {
        while (next < todo.length && !token.isCancellationRequested) {
          const analyzed = await reader.update(todo[next++]!, token);
          if (token.isCancellationRequested) return; // a newer run counts its own files
          if (analyzed) state.analyzed++;
          state.done++;
          report();
          // A partial summary that comes due before the last one was shown is skipped.
          if (++handled === partialAt[0] && !(partialAt.shift(), showing)) {
            showing = true;
            if (await model.showPartial(index.mergeConfig, () => token.isCancellationRequested)) {
              index.notify();
              if (telemetry.partials++ === 0) telemetry.firstPartialMs = Date.now() - started;
            }
            showing = false;
          }
          // Answers can arrive in floods (a fast worker, many unchanged files): yield between slices.
          await slice.pause();
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
      phases.analyzeMs = Date.now() - started - phases.listMs;
    });
  } catch (e) {
    // A run that failed (listing the folders, say) must not leave the index "indexing":
    // file events would wait for its end forever.
    if (token.isCancellationRequested) return 'cancelled';
    log().error(`Index: the run failed: ${e instanceof Error ? e.message : String(e)}`);
    return 'failed';
  }
  if (token.isCancellationRequested) return 'cancelled';
  state.indexing = false;
  telemetry.lastRunMs = Date.now() - started;
  index.logRun();
  // A run that changed nothing keeps the merged view (no main-thread merge, no event storm).
  const t = Date.now();
  if (model.needsMerge(index.mergeConfig)) await index.mergeAll();
  else if (model.edits !== editsAtStart || model.partialShown)
    index.publish(); // every put and drop counts as an edit
  else index.notify();
  phases.mergeMs = Date.now() - t;
  return 'done';
}
