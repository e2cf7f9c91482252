/** Worker entry (bundled to dist/worker.js): answers `{id, task}` with `{id, result}` or `{id, error}`. */
import { parentPort } from 'node:worker_threads';
import { analyze, type AnalyzeTask } from './analyze';

parentPort?.on('message', (msg: { id: number; task: AnalyzeTask }) => {
  try {
    parentPort!.postMessage({ id: msg.id, result: analyze(msg.task) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
});
