/**
 * "Policy Notes: Lint Workspace": every article in every workspace folder into the
 * Problems panel, with progress and cancel. Files are read through `workspace.fs` (the disk
 * directly for `file:`, see files.ts) and checked by size (`stat`) before reading; open documents are linted from the editor's text.
 * A few files are in flight at once, and the work yields between them so the extension host
 * stays responsive.
 */
import * as vscode from 'vscode';
import type { LoadedConfig } from '../../core/config';
import { findArticleFiles } from '../../core/files/walk';
import { fileIssue, type LintOptions } from '../../core/lint';
import type { Issue, RuleLevel } from '../../core/model';
import { parseNote } from '../../core/parse/note';
import { decodeBytes } from '../../core/text/decode';
import { LineIndex } from '../../core/text/lines';
import { positioner, toDiagnostic } from '../convert';
import { readBytes, statFile } from '../files';
import { log } from '../log';
import type { LazyPool } from '../pool';
import { readSettings } from '../settings';
import type { WorkspaceConfigs } from '../workspaceConfig';
import { findMissingImages, type Diagnostics } from './diagnostics';

/** Files linted at once: enough to keep every worker of the pool busy. */
const IN_FLIGHT = 8;

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
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Policy Notes: linting workspace', cancellable: true }, async (progress, token) => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const uris = (await Promise.all(folders.map((f) => findArticles(f, configs, token)))).flat();
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    let problems = 0;
    let done = 0;
    let next = 0;
    let lastYield = Date.now();
    // Several files in flight: while the pool analyzes one, the next is read and the last one's
    // problems are shown, so the workers never wait on this thread.
    const lintNext = async () => {
      while (next < uris.length && !token.isCancellationRequested) {
        const uri = uris[next++]!;
        const doc = open.get(uri.toString());
        // Awaited before adding: `problems += await …` would add to the count read before the wait.
        const found = doc ? ((await diagnostics.lintDocument(doc))?.length ?? 0) : await lintClosedFile(uri, diagnostics, configs, extensionUri, pool);
        problems += found;
        done++;
        if (done % 25 === 0 || done === uris.length) progress.report({ message: `${done}/${uris.length} files`, increment: (25 / Math.max(1, uris.length)) * 100 });
        if (Date.now() - lastYield > 30) {
          await new Promise((r) => setImmediate(r));
          lastYield = Date.now();
        }
      }
    };
    pool.forRun(uris.length); // a long run may take a second worker (pool.ts)
    await Promise.all(Array.from({ length: IN_FLIGHT }, lintNext));
    const cancelled = token.isCancellationRequested;
    log().info(`Lint Workspace: ${done}/${uris.length} files, ${problems} problem(s)${cancelled ? ' (cancelled)' : ''}`);
    return { files: done, problems, cancelled };
  });
}

async function lintClosedFile(uri: vscode.Uri, diagnostics: Diagnostics, configs: WorkspaceConfigs, extensionUri: vscode.Uri, pool: LazyPool): Promise<number> {
  const loaded = await configs.forUri(uri);
  const settings = readSettings(uri);
  const options = { config: loaded.config, schema: loaded.schema, settingsLevels: settings.rules };
  let issues: (Issue | null)[];
  let text = '';
  try {
    const st = await statFile(uri);
    const limit = Math.min(settings.maxFileSize, loaded.config.maxFileSize);
    if (st.size > limit) {
      issues = [fileIssue('file-too-large', `File too large (${st.size} bytes), expected at most ${limit}: skipped.`, options)];
    } else {
      const decoded = decodeBytes(await readBytes(uri));
      if (!decoded.ok) issues = [fileIssue(decoded.rule, decoded.message, options)];
      else {
        text = decoded.text;
        issues = await analyzeInPool(pool, uri, text, loaded, settings.rules, options);
      }
    }
  } catch (e) {
    log().warn(`Lint Workspace: cannot read ${uri.fsPath}: ${(e as Error).message}`);
    return 0;
  }
  const list = issues.filter((i): i is Issue => i !== null);
  diagnostics.fromWorkspaceLint.add(uri.toString());
  diagnostics.collection.set(uri, list.map((i) => toDiagnostic(positioner(new LineIndex(text)), i, extensionUri)));
  return list.length;
}

/** Lints a text in the pool; local images are checked here and the note re-linted only if one is missing. */
async function analyzeInPool(pool: LazyPool, uri: vscode.Uri, text: string, loaded: LoadedConfig, levels: Record<string, RuleLevel>, options: LintOptions): Promise<(Issue | null)[]> {
  const task = { uri: uri.toString(), text, config: loaded.config, lint: { schema: loaded.schemaText, settingsLevels: levels } };
  let outcome = await pool.get().run(task);
  if (outcome.ok && (outcome.result.imageRefs?.length ?? 0) > 0) {
    const missing = [...(await findMissingImages(parseNote({ uri: task.uri, text }), uri))];
    if (missing.length > 0) outcome = await pool.get().run({ ...task, lint: { ...task.lint, missingImages: missing } });
  }
  if (outcome.ok) return outcome.result.issues ?? [];
  const rule = outcome.reason === 'timeout' ? 'analysis-timeout' : 'internal-error';
  log().warn(`Lint Workspace: ${uri.toString()}: ${outcome.message}`);
  return [fileIssue(rule, `Analysis of this file failed: ${outcome.message}.`, options)];
}
