/**
 * Lint on open and save (or while typing, debounced), into the Problems panel. Results of
 * a run are published only if the document has not changed since it started (generation
 * and version checks), so stale diagnostics never land. Diagnostics of a closed document
 * are cleared unless a workspace lint put them there.
 */
import * as vscode from 'vscode';
import type { LoadedConfig } from '../../core/config';
import { pathTests } from '../../core/files/walk';
import { lintFile } from '../../core/lintFile';
import type { Issue } from '../../core/model';
import { toDiagnostic } from '../convert';
import { someParent, statFile } from '../files';
import { lintHost } from '../lintHost';
import { guardAsync } from '../log';
import type { LazyPool } from '../pool';
import { inScope } from '../scope';
import { readSettings } from '../settings';
import type { WorkspaceConfigs } from '../workspaceConfig';

const DEBOUNCE_MS = 400;

/** Issues last published per document, for quick fixes. */
export interface IssueStore {
  issuesFor(uri: vscode.Uri): { version: number; issues: Issue[] } | undefined;
}

export class Diagnostics implements vscode.Disposable, IssueStore {
  readonly collection = vscode.languages.createDiagnosticCollection('policy-notes');
  private readonly published = new Map<string, { version: number; issues: Issue[] }>();
  /** Deleted or renamed paths whose folders' files the next sweep forgets (see forget). */
  private gone = new Set<string>();
  private sweepTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly generation = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** URIs whose diagnostics came from "Lint Workspace" and outlive their editor. */
  readonly fromWorkspaceLint = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's diagnostics were published. */
  readonly onDidLint = this.emitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly configs: WorkspaceConfigs,
    private readonly pool: LazyPool,
  ) {
    this.disposables.push(
      this.collection,
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.didOpenTextDocument(d)),
      vscode.workspace.onDidSaveTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.didChangeTextDocument(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.didCloseTextDocument(d)),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('policyNotes') && this.relintOpen()),
      configs.onDidChange(() => this.relintOpen()),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((u) => this.forget(u))),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => this.forget(f.oldUri))),
    );
    // Deletions of anything: a deleted folder is reported as the folder alone (microsoft/vscode#90746).
    // A file created again under an open document (a checkout, a save by rename) is linted again:
    // its deletion cleared its problems, and the editor may see no change to its text.
    const files = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(
      files,
      files.onDidDelete((u) => this.forget(u)),
      files.onDidCreate((u) => {
        const key = u.toString();
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
        if (doc) this.schedule(doc, 0);
      }),
    );
    this.relintOpen();
  }

  issuesFor(uri: vscode.Uri) {
    return this.published.get(uri.toString());
  }

  /** Re-lints every open Markdown document (settings or configuration changed). */
  relintOpen(): void {
    for (const d of vscode.workspace.textDocuments) if (isArticle(d)) this.schedule(d, 0);
  }

  private didOpenTextDocument(d: vscode.TextDocument): void {
    if (isArticle(d)) this.schedule(d, 0);
  }

  private didChangeTextDocument(e: vscode.TextDocumentChangeEvent): void {
    if (!isArticle(e.document) || e.contentChanges.length === 0) return;
    if (readSettings(e.document).lintRun === 'onType') this.schedule(e.document, DEBOUNCE_MS);
    else this.generation.set(e.document.uri.toString(), (this.generation.get(e.document.uri.toString()) ?? 0) + 1);
  }

  /**
   * Forgets a deleted or renamed file at once, and every file under a deleted or renamed
   * folder with the next sweep: the events of a burst (a checkout, a build clean) cost a
   * lookup each and one scan of the problems together.
   */
  private forget(uri: vscode.Uri): void {
    this.forgetOne(uri);
    this.gone.add(uri.toString().replace(/\/$/, ''));
    clearTimeout(this.sweepTimer);
    this.sweepTimer = setTimeout(() => this.sweep(), 300);
  }

  /** Forgets the files under the folders gone since the last sweep. */
  private sweep(): void {
    const gone = this.gone;
    this.gone = new Set();
    const under = (key: string) => someParent(key, (folder) => gone.has(folder));
    const found = new Map<string, vscode.Uri>();
    this.collection.forEach((u) => void (under(u.toString()) && found.set(u.toString(), u)));
    for (const key of [...this.published.keys(), ...this.fromWorkspaceLint]) if (!found.has(key) && under(key)) found.set(key, vscode.Uri.parse(key));
    for (const u of found.values()) this.forgetOne(u);
  }

  private forgetOne(uri: vscode.Uri): void {
    const key = uri.toString();
    // Most deletions are of files this never linted: no message to the window for them.
    if (!this.published.has(key) && !this.timers.has(key) && !this.generation.has(key) && !this.fromWorkspaceLint.has(key) && !this.collection.has(uri)) return;
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
    this.fromWorkspaceLint.delete(key);
    this.published.delete(key);
    this.collection.delete(uri);
  }

  private didCloseTextDocument(d: vscode.TextDocument): void {
    const key = d.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
    if (!this.fromWorkspaceLint.has(key)) {
      this.collection.delete(d.uri);
      this.published.delete(key);
    }
  }

  private schedule(d: vscode.TextDocument, delay: number): void {
    if (!isArticle(d)) return;
    const key = d.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void guardAsync(`lint ${d.uri.toString()}`, this.lintDocument(d));
      }, delay),
    );
  }

  /** Lints an open document now and publishes the result unless it went stale meanwhile. */
  async lintDocument(doc: vscode.TextDocument): Promise<Issue[] | undefined> {
    const key = doc.uri.toString();
    const gen = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, gen);
    const version = doc.version;
    const loaded = await this.configs.forUri(doc.uri);
    if (isExcluded(doc.uri, loaded)) return undefined;
    const current = () => this.generation.get(key) === gen && doc.version === version && !doc.isClosed;
    // Not an article in the `policyNotes.scope` set for it: no problems (any it had are cleared).
    if (!(await inScope(doc.uri, loaded, doc.getText()))) {
      if (!current()) return undefined;
      this.fromWorkspaceLint.delete(key);
      this.published.delete(key);
      this.collection.delete(doc.uri);
      this.emitter.fire(doc.uri);
      return [];
    }
    // Through the pool's worker, as every other lint: the note's time budget holds for open
    // documents too. Ahead of the queue, so an index run in progress does not hold it up.
    const linted = await lintFile(key, { text: doc.getText() }, loaded, readSettings(doc).rules, lintHost(doc.uri, this.pool, loaded.config, true), current);
    if (!linted) return undefined;
    const issues = linted.issues;
    // A document can outlive its file: VS Code keeps a closed tab's document for a while, and
    // a change event may lint it after the deletion cleared its problems (docs/design.md, case H29).
    // Nothing is forgotten here: if the file comes back, its creation lints it again.
    if (await deletedUnderneath(doc)) return undefined;
    if (!current()) return undefined;
    this.publish(doc, issues, version);
    return issues;
  }

  /** Publishes issues computed elsewhere (workspace lint) for a document. */
  publish(doc: vscode.TextDocument, issues: Issue[], version: number): void {
    this.published.set(doc.uri.toString(), { version, issues });
    this.collection.set(
      doc.uri,
      issues.map((i) => toDiagnostic(doc, i, this.extensionUri)),
    );
    this.emitter.fire(doc.uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    clearTimeout(this.sweepTimer);
    for (const d of this.disposables) d.dispose();
  }
}

/** Markdown documents backed by a real resource (not output panes or diff views of git). */
export function isArticle(d: vscode.TextDocument): boolean {
  return d.languageId === 'markdown' && d.uri.scheme !== 'output' && d.uri.scheme !== 'git' && d.uri.scheme !== 'vscode-notebook-cell';
}

/** True when the config's exclude globs (relative to its folder) match the document. */
export function isExcluded(uri: vscode.Uri, loaded: LoadedConfig): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || loaded.config.exclude.length === 0) return false;
  return pathTests(loaded.config).isExcluded(vscode.workspace.asRelativePath(uri, false));
}

/** A saved `file:` document whose file no longer exists. */
async function deletedUnderneath(doc: vscode.TextDocument): Promise<boolean> {
  if (doc.uri.scheme !== 'file' || doc.isDirty || doc.isUntitled) return false;
  return statFile(doc.uri).then(
    () => false,
    () => true,
  );
}
