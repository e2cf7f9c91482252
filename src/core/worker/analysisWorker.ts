/**
 * Worker entry (bundled to dist/worker.js): answers `{id, task}` with `{id, result}` or
 * `{id, error}`. It first analyzes a small note of its own and then says `{ready: true}`:
 * the one-time work of a fresh worker (loading the code, compiling its patterns) is not
 * charged to the first note's time budget. The lint rules are left out of it: a worker
 * started with a small memory limit must still answer a light note.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_CONFIG } from '../config';
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

try {
  const text = '---\ntitle: 준비\ncategories: [News]\nexcerpt: 준비\ndate: 2025-01-02\n---\n\n정부는 2026년까지 기업 100개 사에 예산 3억 원을 지원한다.\n';
  analyze({ uri: 'warm-up.md', text, config: DEFAULT_CONFIG, claims: true, summary: true, figureKeys: true });
} catch {
  // A failed warm-up leaves the first note to do it.
}
parentPort?.postMessage({ ready: true });
