/**
 * What the editor passes to core's `lintFile`: the analysis pool, and image paths checked
 * through the file system (`/x` from the workspace folder's root, others from the article's
 * folder). Open documents, Lint Workspace and the CLI thus lint a file the same way.
 */
import * as vscode from 'vscode';
import type { FileLintHost, FileSource } from '../core/lintFile';
import { readBytes, statFile } from './files';
import type { LazyPool } from './pool';

export function lintHost(uri: vscode.Uri, pool: LazyPool): FileLintHost {
  return {
    analyze: (task) => pool.get().run(task),
    imageExists: async (image) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      const target = image.fromRoot ? vscode.Uri.joinPath(folder?.uri ?? uri, image.path) : vscode.Uri.joinPath(uri, '..', image.path);
      return statFile(target).then(
        () => true,
        () => false,
      );
    },
  };
}

/** A closed file: a `file:` one is stat'ed, read and decoded by the pool's worker (this thread never touches its bytes), others through `workspace.fs`. */
export function closedSource(uri: vscode.Uri): FileSource {
  if (uri.scheme === 'file') return { path: uri.fsPath };
  return { stat: () => statFile(uri), read: () => readBytes(uri) };
}
