/**
 * File events for the index, coalesced: creations, changes, deletions and renames of a
 * burst (a checkout, a build clean) wait a moment and are applied together. The Markdown
 * watcher cannot see the articles of a folder deleted, renamed or moved in (VS Code reports
 * the folder alone, microsoft/vscode#90746), so a second watcher follows deletions and
 * creations of anything, and such paths are looked at as possible folders of articles.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { slicer } from '../../core/async';
import { toPosix, walk, type PathTests } from '../../core/files/walk';
import { isDirectorySync } from '../files';

const COALESCE_MS = 300;
/** Paths the Markdown watcher reports; anything else renamed may be a folder of them. */
const ARTICLE_PATH = /\.(?:md|markdown)$/i;

/** A URI's path relative to its workspace folder, `/`-separated: what the include/exclude globs are matched against (as the listing does). */
export function relativeTo(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  return uri.scheme === 'file' ? toPosix(path.relative(folder.uri.fsPath, uri.fsPath)) : path.posix.relative(folder.uri.path, uri.path);
}

/** A batch of file events to apply. */
export interface EventBatch {
  /** Files created or changed (and the articles found in created folders). */
  changed: string[];
  /** Files and folders deleted. */
  removed: string[];
  /** A change only a full run can apply came in (a folder in a virtual workspace, see articlesIn). */
  relist: boolean;
}

export class FileEvents implements vscode.Disposable {
  private readonly pending = new Set<string>();
  /** Created or renamed paths that may be folders of articles, not yet looked at (see articlesIn). */
  private readonly created = new Set<string>();
  private readonly removed = new Set<string>();
  private relist = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  /**
   * `accepting` says whether events are wanted (the index started); `flush` is called once a
   * burst is over; `folderTests` gives a workspace folder's include/exclude tests.
   */
  constructor(
    private readonly accepting: () => boolean,
    private readonly flush: () => void,
    private readonly folderTests: (folder: vscode.WorkspaceFolder) => Promise<PathTests>,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}', false, false, true);
    const anything = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(
      watcher,
      anything,
      watcher.onDidCreate((u) => this.changed(u)),
      watcher.onDidChange((u) => this.changed(u)),
      anything.onDidDelete((u) => this.remove(u)),
      anything.onDidCreate((u) => !ARTICLE_PATH.test(u.path) && this.addFolder(u)),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => (this.remove(f.oldUri), ARTICLE_PATH.test(f.newUri.path) ? this.changed(f.newUri) : this.addFolder(f.newUri)))),
    );
  }

  /** A file created or changed (or an open document edited). */
  changed(uri: vscode.Uri): void {
    if (!this.accepting() || this.disposed) return;
    this.removed.delete(uri.toString());
    this.pending.add(uri.toString());
    this.soon();
  }

  /** A deleted file or folder (a deleted folder takes its articles with it). */
  private remove(uri: vscode.Uri): void {
    if (!this.accepting()) return;
    this.pending.delete(uri.toString());
    this.removed.add(uri.toString());
    this.soon();
  }

  /** Something created, moved in or renamed that may be a folder of articles. */
  private addFolder(uri: vscode.Uri): void {
    if (!this.accepting() || this.disposed) return;
    this.created.add(uri.toString());
    this.soon();
  }

  /** Events wait to be applied. */
  get queued(): boolean {
    return this.pending.size > 0 || this.removed.size > 0 || this.created.size > 0 || this.relist;
  }

  soon(): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), COALESCE_MS);
  }

  /** Looks into the paths created since the last call: the articles in those that are folders wait as changed files. */
  async expandCreated(): Promise<void> {
    const created = [...this.created];
    this.created.clear();
    for (const key of await this.articlesIn(created)) this.pending.add(key);
  }

  /** Takes every event waiting. */
  take(): EventBatch {
    const batch = { changed: [...this.pending], removed: [...this.removed], relist: this.relist };
    this.pending.clear();
    this.removed.clear();
    this.relist = false;
    return batch;
  }

  /**
   * The articles inside those of `keys` that are folders (the outermost of nested ones),
   * for a `file:` workspace by a walk with the folder's globs; a folder of a virtual
   * workspace asks for a full run instead. `.git`, `node_modules` and excluded folders are
   * not walked. Other paths (files of any kind) cost a stat each.
   */
  private async articlesIn(keys: string[]): Promise<string[]> {
    const out: string[] = [];
    let outer = '';
    const slice = slicer();
    for (const key of keys.sort()) {
      await slice.pause();
      if (outer && key.startsWith(`${outer}/`)) continue; // walked with its parent
      const uri = vscode.Uri.parse(key);
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder || this.disposed) continue;
      if (uri.scheme !== 'file') {
        const st = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => null);
        if (st && (st.type & vscode.FileType.Directory) !== 0) this.relist = true;
        continue;
      }
      if (!isDirectorySync(uri.fsPath)) continue;
      outer = key;
      const rel = relativeTo(folder, uri);
      const tests = await this.folderTests(folder);
      if (rel.split('/').some((p) => p === '.git' || p === 'node_modules') || tests.excludesFolder(rel)) continue;
      const root = folder.uri.fsPath;
      for (const f of await walk(
        uri.fsPath,
        () => this.disposed,
        (f) => tests.isArticle(toPosix(path.relative(root, f))),
      ))
        out.push(vscode.Uri.file(f).toString());
    }
    return out;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
