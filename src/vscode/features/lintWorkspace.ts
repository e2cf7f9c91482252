/**
 * "Policy Notes: Lint Workspace": every article in every workspace folder into the
 * Problems panel, with progress and cancel. A `file:` article is stat'ed, read and linted by
 * the analysis pool's worker; other schemes are read through `workspace.fs`, checked by size
 * first. Open documents are linted from the editor's text. A few files are in flight at once,
 * diagnostics are set in batches, and the work yields so the extension host stays responsive.
 */
import * as vscode from 'vscode';
import { findArticleFiles } from '../../core/files/walk';
import { fileIssue } from '../../core/lint';
import type { Issue } from '../../core/model';
import { decodeBytes } from '../../core/text/decode';
import type { AnalyzeTask } from '../../core/worker/analyze';
import { positionerOfLines, toDiagnostic, type Positioner } from '../convert';
import { readBytes, statFile } from '../files';
import { log } from '../log';
import type { LazyPool } from '../pool';
import { readSettings } from '../settings';
import type { WorkspaceConfigs } from '../workspaceConfig';
import { findMissingImages, type Diagnostics } from './diagnostics';

/** Files linted at once: enough to keep every worker of the pool busy. */
const IN_FLIGHT = 8;
/** Closed files whose diagnostics are set together. */
const SHOW_BATCH = 50;

/**
 * Lists the articles of a folder per its configuration's include/exclude globs. A `file:`
 * folder is walked on disk, as the CLI does: VS Code's search costs a round trip and, for a
 * large workspace, a long block of the extension host decoding its answer. Other schemes
 * (virtual and remote file systems) are searched with `workspace.findFiles`.
 */
export async function findArticles(folder: vscode.WorkspaceFolder, configs: WorkspaceConfigs, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const loaded = await configs.forUri(vscode.Uri.joinPath(folder.uri, 'x.md'));
  if (folder.uri.scheme === 'file') {
    const files = await findArticleFiles(folder.uri.fsPath, loaded.config.include, loaded.config.exclude, () => token?.isCancellationRequested === true);
    return files.map((p) => vscode.Uri.file(p));
  }
  const glob = (list: string[]) => (list.length === 1 ? list[0]! : `{${list.join(',')}}`);
  const exclude = loaded.config.exclude.length > 0 ? glob(loaded.config.exclude) : null;
  return vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob(loaded.config.include)), exclude, undefined, token);
}

export async function lintWorkspace(diagnostics: Diagnostics, configs: WorkspaceConfigs, extensionUri: vscode.Uri, pool: LazyPool): Promise<{ files: number; problems: number; cancelled: boolean }> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Policy Notes: linting workspace'), cancellable: true }, async (progress, token) => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const uris = (await Promise.all(folders.map((f) => findArticles(f, configs, token)))).flat();
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
          await new Promise((r) => setImmediate(r));
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
 * Lints a closed file and adds its diagnostics to `shown` (set in batches by the caller);
 * the number of problems. A `file:` article is stat'ed, read and decoded by the pool's
 * worker, which also returns where its lines start: this thread never touches the bytes.
 */
async function lintClosedFile(uri: vscode.Uri, shown: [vscode.Uri, vscode.Diagnostic[]][], configs: WorkspaceConfigs, extensionUri: vscode.Uri, pool: LazyPool): Promise<number> {
  const loaded = await configs.forUri(uri);
  const settings = readSettings(uri);
  const options = { config: loaded.config, schema: loaded.schema, settingsLevels: settings.rules };
  const limit = loaded.config.maxFileSize; // includes the policyNotes.maxFileSize setting (workspaceConfig.ts)
  const tooLarge = (size: number) => fileIssue('file-too-large', vscode.l10n.t('File too large ({0} bytes), expected at most {1}: skipped.', size, limit), options);
  const report = (issues: (Issue | null)[], at: Positioner) => {
    const list = issues.filter((i): i is Issue => i !== null);
    shown.push([uri, list.map((i) => toDiagnostic(at, i, extensionUri))]);
    return list.length;
  };
  const atStart = positionerOfLines({ starts: [0], length: 0 });
  let source: Pick<AnalyzeTask, 'file' | 'text'>;
  if (uri.scheme === 'file') source = { file: { path: uri.fsPath } };
  else {
    try {
      const st = await statFile(uri);
      if (st.size > limit) return report([tooLarge(st.size)], atStart);
      const decoded = decodeBytes(await readBytes(uri));
      if (!decoded.ok) return report([fileIssue(decoded.rule, decoded.message, options)], atStart);
      source = { text: decoded.text };
    } catch (e) {
      log().warn(`Lint Workspace: cannot read ${uri.toString()}: ${(e as Error).message}`);
      return 0;
    }
  }
  const lint = { schema: loaded.schemaText, settingsLevels: settings.rules };
  const task: AnalyzeTask = { uri: uri.toString(), ...source, config: loaded.config, lint, lineStarts: true };
  let outcome = await pool.get().run(task);
  // Local images are checked here, and the note linted again only if one is missing.
  if (outcome.ok && (outcome.result.imageRefs?.length ?? 0) > 0) {
    const missing = [...(await findMissingImages(outcome.result.imageRefs!, uri))];
    if (missing.length > 0) outcome = await pool.get().run({ ...task, lint: { ...lint, missingImages: missing } });
  }
  if (!outcome.ok) {
    const rule = outcome.reason === 'timeout' ? 'analysis-timeout' : 'internal-error';
    log().warn(`Lint Workspace: ${uri.toString()}: ${outcome.message}`);
    return report([fileIssue(rule, vscode.l10n.t('Analysis of this file failed: {0}.', outcome.message), options)], atStart);
  }
  const read = outcome.result.read;
  if (read?.status === 'unreadable') {
    log().warn(`Lint Workspace: cannot read ${uri.fsPath}: ${read.reason}`);
    return 0;
  }
  if (read?.status === 'skipped') return report([read.rule === 'file-too-large' ? tooLarge(read.size) : fileIssue(read.rule, read.reason, options)], atStart);
  return report(outcome.result.issues ?? [], outcome.result.lines ? positionerOfLines(outcome.result.lines) : atStart);
}
