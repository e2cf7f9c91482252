/**
 * Worker entry (bundled to dist/worker.js): answers `{id, task}` with `{id, result}` or
 * `{id, error}`. Started with `workerData.background`, it first lowers its own thread's
 * scheduling priority (see `lowerThreadPriority`).
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, type AnalyzeTask } from './analyze';

/**
 * Background work gives way: on Linux a thread's nice value is its own, so this worker
 * thread yields the CPU to the editor's threads (the extension host's main thread, the
 * window) whenever they want it, and uses the rest. Elsewhere the priority belongs to the
 * whole process, which must keep its own: nothing is changed there.
 */
function lowerThreadPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(10);
  } catch {
    // Not allowed here: run at the usual priority.
  }
}

if ((workerData as { background?: boolean } | undefined)?.background) lowerThreadPriority();

parentPort?.on('message', (msg: { id: number; task: AnalyzeTask }) => {
  try {
    parentPort!.postMessage({ id: msg.id, result: analyze(msg.task) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
});
