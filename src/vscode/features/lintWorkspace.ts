/**
 * "Policy Notes: Lint Workspace": every article in every workspace folder into the
 * Problems panel, with progress and cancel. Each file is linted by core's lintFile, as the
 * editor and the CLI lint it: a `file:` article is stat'ed, read and linted by the analysis
 * pool's worker; other schemes are read through `workspace.fs`, checked by size first. Open
 * documents are linted from the editor's text. A few files are in flight at once,
 * diagnostics are set in batches, and the work yields so the extension host stays responsive.
 */
import * as vscode from 'vscode';
import { listArticles } from '../articles';
import { yieldNow } from '../../core/async';
import { lintFile } from '../../core/lintFile';
import { positionerOfLines, toDiagnostic } from '../convert';
import { closedSource, lintHost } from '../lintHost';
import { log } from '../log';
import type { LazyPool } from '../pool';
import { readSettings } from '../settings';
import type { WorkspaceConfigs } from '../workspaceConfig';
import type { Diagnostics } from './diagnostics';

/** Files linted at once: enough to keep every worker of the pool busy. */
const IN_FLIGHT = 8;
/** Closed files whose diagnostics are set together. */
const SHOW_BATCH = 50;

export async function lintWorkspace(diagnostics: Diagnostics, configs: WorkspaceConfigs, extensionUri: vscode.Uri, pool: LazyPool): Promise<{ files: number; problems: number; cancelled: boolean }> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Policy Notes: linting workspace'), cancellable: true }, async (progress, token) => {
    const uris = await listArticles(configs, token);
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    let problems = 0;
    let done = 0;
    let next = 0;
    let lastYield = Date.now();
    // Closed files' diagnostics are set in batches: each set is a message to the window (on a
    // server host a compressed one), and one per file cost more than the files' analysis.
    const shown: [vscode.Uri, vscode.Diagnostic[]][] = [];
    const show = () => {
      // A file opened meanwhile is linted from its editor: its diagnostics are that lint's
      // (and, as for every file this command linted, they stay when it is closed).
      const nowOpen = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
      const batch = shown.splice(0);
      for (const [uri] of batch) diagnostics.fromWorkspaceLint.add(uri.toString());
      const closed = batch.filter(([uri]) => !nowOpen.has(uri.toString()));
      if (closed.length > 0) diagnostics.collection.set(closed);
    };
    // Several files in flight: while the pool analyzes one, the next is read and the last one's
    // problems are shown, so the workers never wait on this thread.
    const lintNext = async () => {
      while (next < uris.length && !token.isCancellationRequested) {
        const uri = uris[next++]!;
        const doc = open.get(uri.toString());
        // Awaited before adding: `problems += await …` would add to the count read before the wait.
        let found = 0;
        try {
          found = doc ? ((await diagnostics.lintDocument(doc))?.length ?? 0) : await lintClosedFile(uri, shown, configs, extensionUri, pool);
        } catch (e) {
          // One file failing in an unexpected way does not stop the others.
          log().error(`Lint Workspace: ${uri.toString()}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        }
        problems += found;
        done++;
        if (shown.length >= SHOW_BATCH) show();
        if (done % 25 === 0 || done === uris.length) progress.report({ message: vscode.l10n.t('{0}/{1} files', done, uris.length), increment: (25 / Math.max(1, uris.length)) * 100 });
        if (Date.now() - lastYield > 30) {
          await yieldNow();
          lastYield = Date.now();
        }
      }
    };
    const closed = uris.filter((u) => !open.has(u.toString())).length;
    if (closed > 0) pool.forRun(closed); // a long run may take a second worker (pool.ts)
    await Promise.all(Array.from({ length: IN_FLIGHT }, lintNext));
    show();
    const cancelled = token.isCancellationRequested;
    log().info(`Lint Workspace: ${done}/${uris.length} files, ${problems} problem(s)${cancelled ? ' (cancelled)' : ''}`);
    return { files: done, problems, cancelled };
  });
}

/**
 * Lints a closed file (core's lintFile, as the editor and the CLI do) and adds its
 * diagnostics to `shown` (set in batches by the caller); the number of problems.
 */
async function lintClosedFile(uri: vscode.Uri, shown: [vscode.Uri, vscode.Diagnostic[]][], configs: WorkspaceConfigs, extensionUri: vscode.Uri, pool: LazyPool): Promise<number> {
  const loaded = await configs.forUri(uri);
  const linted = await lintFile(uri.toString(), closedSource(uri), loaded, readSettings(uri).rules, lintHost(uri, pool, loaded.config));
  if (!linted) return 0;
  if (linted.skipped) log().info(`Lint Workspace: ${uri.toString()}: ${linted.skipped}`);
  const at = positionerOfLines(linted.lines ?? { starts: [0], length: 0 });
  shown.push([uri, linted.issues.map((i) => toDiagnostic(at, i, extensionUri))]);
  return linted.issues.length;
}
