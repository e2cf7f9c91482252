/** Listing the articles of the workspace's folders, for Lint Workspace and the index. */
import * as vscode from 'vscode';
import { diskIgnoreIo, IgnoreFiles } from '../core/files/ignore';
import { findArticleFiles } from '../core/files/walk';
import { readSettings } from './settings';
import { filterInScope } from './scope';
import type { WorkspaceConfigs } from './workspaceConfig';

/**
 * Lists the articles of a folder per its configuration's include/exclude globs. A `file:`
 * folder is walked on disk, as the CLI does: VS Code's search costs a round trip and, for a
 * large workspace, a long block of the extension host decoding its answer. Other schemes
 * (virtual and remote file systems) are searched with `workspace.findFiles`. On disk, the
 * folder's `.gitignore` and `.policynotesignore` files leave out what they exclude, as in the CLI.
 */
export async function findArticles(folder: vscode.WorkspaceFolder, configs: WorkspaceConfigs, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const loaded = await configs.forUri(vscode.Uri.joinPath(folder.uri, 'x.md'));
  if (folder.uri.scheme === 'file') {
    const files = await findArticleFiles(folder.uri.fsPath, loaded.config.include, loaded.config.exclude, () => token?.isCancellationRequested === true);
    const ignore = new IgnoreFiles(diskIgnoreIo, { top: folder.uri.fsPath });
    return files.filter((p) => !ignore.ignores(p)).map((p) => vscode.Uri.file(p));
  }
  const glob = (list: string[]) => (list.length === 1 ? list[0]! : `{${list.join(',')}}`);
  const exclude = loaded.config.exclude.length > 0 ? glob(loaded.config.exclude) : null;
  return vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob(loaded.config.include)), exclude, undefined, token);
}

/**
 * Every article of every workspace folder, per the folders' include/exclude globs and the
 * `policyNotes.scope` setting (src/vscode/scope.ts).
 */
export async function listArticles(configs: WorkspaceConfigs, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const lists = await Promise.all(
    folders.map(async (f) => {
      const files = await findArticles(f, configs, token);
      return readSettings(f.uri).scope === 'all' ? files : filterInScope(files, configs, token);
    }),
  );
  return lists.flat();
}
