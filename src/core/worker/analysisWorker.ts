/** Worker entry (bundled to dist/worker.js): answers `{id, task}` with `{id, result}` or `{id, error}`. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, type AnalyzeTask } from './analyze';
import { setLocale, type LocaleState } from '../l10n';

const l10n = (workerData as { l10n?: LocaleState } | null)?.l10n;
if (l10n) setLocale(l10n.locale, l10n.bundle);

parentPort?.on('message', (msg: { id: number; task: AnalyzeTask }) => {
  try {
    parentPort!.postMessage({ id: msg.id, result: analyze(msg.task) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
});
