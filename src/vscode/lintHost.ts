/**
 * What the editor passes to core's `lintFile`: the analysis pool, and image paths checked
 * through the file system (`/x` from the folder of the `.policynotes.json` in effect, else
 * the workspace folder; others from the article's folder). Open documents, Lint Workspace
 * and the CLI thus lint a file the same way.
 */
import * as vscode from 'vscode';
import type { Config } from '../core/config';
import type { FileLintHost, FileSource } from '../core/lintFile';
import { readBytes, statFile } from './files';
import type { LazyPool } from './pool';

/** `urgent` for a document open in the editor: its analysis goes ahead of a long run's queue. */
export function lintHost(uri: vscode.Uri, pool: LazyPool, config: Config, urgent = false): FileLintHost {
  return {
    analyze: (task) => pool.get().run(task, urgent),
    imageExists: async (image) => {
      const root = config.baseDir !== null ? vscode.Uri.parse(config.baseDir) : vscode.workspace.getWorkspaceFolder(uri)?.uri;
      const target = image.fromRoot ? vscode.Uri.joinPath(root ?? uri, image.path) : vscode.Uri.joinPath(uri, '..', image.path);
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
