/**
 * The workspace index: every article matching the include globs of every workspace
 * folder, opened or not, analyzed once in the pool and kept in the workspace model (core)
 * per file with its content hash. This side lists the files, follows their events
 * (events.ts), reads them (reader.ts), stores the model between sessions (storage.ts) and
 * schedules the work: runs happen in the background, report progress, yield, and are
 * cancelled and restarted when the workspace or its configuration changes.
 */
import * as vscode from 'vscode';
import type { LoadedConfig } from '../../core/config';
import { pathTests, type PathTests } from '../../core/files/walk';
import type { Summary } from '../../core/summary';
import { WorkspaceModel, type IndexEntry } from '../../core/workspace/model';
import { listArticles } from '../articles';
import { log } from '../log';
import { inScope } from '../scope';
import type { LazyPool } from '../pool';
import type { WorkspaceConfigs } from '../workspaceConfig';
import { FileEvents, relativeTo } from './events';
import { IndexReader } from './reader';
import { runAll } from './run';
import { IndexStorage } from './storage';
import { newProgress, newTelemetry, type IndexProgress, type IndexState, type IndexTelemetry } from './telemetry';

export type { IndexEntry, IndexState };

/** A burst of more file events than this is applied as a full run (it lists what is there). */
const BURST = 200;

export class WorkspaceIndex implements vscode.Disposable {
  readonly model = new WorkspaceModel();
  /** Progress, which the views read. */
  readonly state: IndexProgress = newProgress();
  /** Timings, for tests and benchmarks only (the extension API's `indexState()`). */
  readonly telemetry: IndexTelemetry = newTelemetry();
  private readonly storage: IndexStorage;
  private readonly reader: IndexReader;
  private readonly events: FileEvents;
  private cancel: vscode.CancellationTokenSource | undefined;
  /** The start in progress or done (from the cache, then every file checked); reset by restart. */
  private starting: Promise<void> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly emitter = new vscode.EventEmitter<void>();
  /** A change event is scheduled (see notify). */
  private notifying = false;
  private disposed = false;
  /** Fires after the summary changed (a run finished, showed what it has so far, or a file was updated). */
  readonly onDidChange = this.emitter.event;
  private readonly progressEmitter = new vscode.EventEmitter<void>();
  /** Fires now and then while a long run analyzes files (`state.done` of `state.total`). */
  readonly onDidProgress = this.progressEmitter.event;
  /** The configuration used for merging (aliases) of the first folder. */
  mergeConfig: LoadedConfig['config'] | undefined;

  constructor(
    storage: vscode.Uri | undefined,
    private readonly configs: WorkspaceConfigs,
    readonly pool: LazyPool,
  ) {
    this.storage = new IndexStorage(storage, this.model, this.telemetry);
    this.reader = new IndexReader(this.model, configs, pool);
    this.events = new FileEvents(
      () => this.starting !== undefined,
      () => void this.flush(),
      (folder) => this.folderTests(folder),
    );
    this.disposables.push(
      this.emitter,
      this.progressEmitter,
      this.events,
      this.storage,
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.model.has(e.document.uri.toString()) && this.events.changed(e.document.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.starting && void this.rebuild()),
      configs.onDidChange(() => this.starting && void this.rebuild()),
      // Which files are articles changed: the next run lists them again (src/vscode/scope.ts).
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('policyNotes.scope') && this.starting && void this.rebuild()),
    );
  }

  /** The merged summary, once the first run finished. */
  get summary(): Summary | undefined {
    return this.model.summary;
  }

  /** Number of files currently indexed. */
  get size(): number {
    return this.model.size;
  }

  /** Per-file results currently indexed. */
  values(): IterableIterator<IndexEntry> {
    return this.model.values();
  }

  /** Other places stating the same figure (kind, unit and value), excluding `uri`. */
  sameFigure(key: string, uri: vscode.Uri): { uri: vscode.Uri; line: number }[] {
    return this.model.sameFigure(key, uri.toString()).map((p) => ({ uri: vscode.Uri.parse(p.uri), line: p.line }));
  }

  /** Starts indexing once (later calls join it); resolves when the start has finished: the cache shown, then every file checked. */
  start(): Promise<void> {
    this.starting ??= this.startRun();
    return this.starting;
  }

  private async startRun(): Promise<void> {
    const t0 = performance.now();
    this.telemetry.startMs = { cachedSummary: 0, verified: 0 };
    // The articles are listed while the cache is read and merged.
    const listing = listArticles(this.configs);
    listing.catch(() => undefined); // awaited (and reported) by rebuild
    await Promise.all([this.storage.load(), this.loadMergeConfig()]);
    // Without a cache every article is analyzed: the pool's worker (a thread loading the
    // analysis bundle) boots while they are listed. With one, it boots when a file changed.
    // A workspace without articles boots none.
    if (this.model.size === 0)
      void listing.then(
        (uris) => uris.length > 0 && this.pool.get(),
        () => undefined,
      );
    else {
      // Show what the cache holds at once; the run below then checks every file against it.
      await this.mergeAll();
      this.telemetry.startMs.cachedSummary = performance.now() - t0;
    }
    await this.rebuild(listing);
    this.telemetry.startMs.verified = performance.now() - t0;
  }

  /**
   * Forgets everything held in memory and starts again from the storage cache: what a
   * reopened window does (used by the warm-start benchmark and after a cache reset).
   */
  async restart(): Promise<void> {
    this.cancel?.cancel();
    if (this.storage.due || this.state.analyzed > 0) await this.storage.save();
    this.model.clear();
    this.starting = undefined;
    this.telemetry.fromCache = 0;
    await this.start();
  }

  /** Starts the index if needed and resolves once a summary exists and no run is in progress. */
  async whenIdle(): Promise<void> {
    void this.start();
    if (this.model.summary && !this.state.indexing) return;
    await new Promise<void>((resolve) => {
      const sub = this.onDidChange(() => {
        if (this.model.summary && !this.state.indexing) {
          sub.dispose();
          resolve();
        }
      });
    });
  }

  /** Resolves when the cache write in progress, if any, has finished. */
  whenSaved(): Promise<void> {
    return this.storage.whenSaved();
  }

  /** The configuration of the first folder, whose aliases the merge uses. */
  async loadMergeConfig(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    this.mergeConfig = folders[0] ? (await this.configs.forUri(vscode.Uri.joinPath(folders[0].uri, 'x.md'))).config : undefined;
  }

  /** A full run: lists every article, reuses unchanged files, analyzes the rest (`listing`: the articles, when already being listed). */
  async rebuild(listing?: Promise<vscode.Uri[]>): Promise<void> {
    this.cancel?.cancel();
    const cts = (this.cancel = new vscode.CancellationTokenSource());
    const outcome = await runAll(this, this.reader, cts.token, listing ?? listArticles(this.configs, cts.token));
    if (cts.token.isCancellationRequested) return;
    if (outcome === 'failed') {
      cts.cancel(); // the run's other workers stop at their next file
      this.state.indexing = false;
      if (this.model.publish()) this.notify();
      else await this.mergeAll(); // no merge yet
    }
    if (this.state.analyzed > 0) {
      // At once after a run: a window closed right after indexing keeps its cache.
      if (outcome === 'failed') this.storage.schedule();
      else {
        const t = Date.now();
        await this.storage.save();
        this.telemetry.phases.saveMs = Date.now() - t;
      }
    }
    // Files that changed while the run read the workspace (see flush).
    if (this.events.queued) this.events.soon();
  }

  /** Whether a file is an article of its workspace folder, by that folder's include and exclude globs and the scope setting (as the listing does). */
  private async isArticle(uri: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || !(await this.folderTests(folder)).isArticle(relativeTo(folder, uri))) return false;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return inScope(uri, await this.configs.forUri(uri), open?.isDirty ? open.getText() : undefined);
  }

  /** The include/exclude tests of a workspace folder's configuration (the one its listing uses). */
  private async folderTests(folder: vscode.WorkspaceFolder): Promise<PathTests> {
    return pathTests((await this.configs.forUri(vscode.Uri.joinPath(folder.uri, 'x.md'))).config);
  }

  /** Applies a burst of file events: a few files one by one, a big burst (a git checkout) as a rebuild. */
  private async flush(): Promise<void> {
    // While a run reads the workspace, what changed meanwhile waits for its end (see
    // rebuild), rather than starting its reading over.
    if (this.disposed || this.state.indexing) return;
    await this.events.expandCreated();
    if (this.disposed || this.state.indexing) return; // a run started meanwhile: it flushes at its end
    const batch = this.events.take();
    if (batch.relist || batch.changed.length > BURST || batch.removed.filter((k) => this.model.has(k) || this.model.holdsEntries(k)).length > BURST) {
      return this.rebuild(); // it lists what is there: gone files are dropped, new ones read
    }
    const started = performance.now();
    const edits = this.model.edits;
    this.model.dropRemoved(batch.removed);
    for (const key of batch.changed) {
      const uri = vscode.Uri.parse(key);
      // The watcher reports every Markdown file: those outside the folder's include globs, or
      // excluded, are no articles (a full run would not list them either).
      if (await this.isArticle(uri)) await this.reader.update(uri);
      else this.model.drop(key);
    }
    if (this.model.edits !== edits) {
      this.publish(() => (this.telemetry.lastUpdateMs = performance.now() - started));
      this.storage.schedule();
    }
  }

  /** A fresh merge of every entry (see WorkspaceModel.mergeAll), then published. */
  async mergeAll(): Promise<void> {
    const t = performance.now();
    await this.model.mergeAll(this.mergeConfig);
    this.notify();
    this.telemetry.phases.publishMs = performance.now() - t;
  }

  /**
   * Tells listeners (views, conflict diagnostics) in a task of their own, after the one that
   * merged: for a large workspace each costs tens of milliseconds, and together they would
   * block the editor for longer. Calls in the same turn are told once.
   */
  notify(): void {
    if (this.notifying) return;
    this.notifying = true;
    setImmediate(() => {
      this.notifying = false;
      if (!this.disposed) this.emitter.fire();
    });
  }

  /** A change event is scheduled and not yet fired. */
  get notifyPending(): boolean {
    return this.notifying;
  }

  /** Fires the progress event. */
  progress(): void {
    this.progressEmitter.fire();
  }

  /** Reads the merged view (only what changed is rebuilt), runs `before`, then tells listeners. */
  publish(before?: () => void): void {
    if (!this.model.publish()) return;
    before?.();
    this.notify();
  }

  /** Logs a run's end. */
  logRun(): void {
    log().info(`Index: ${this.model.size} articles in ${this.telemetry.lastRunMs} ms (${this.state.analyzed} analyzed, ${this.model.size - this.state.analyzed} from cache)`);
  }

  dispose(): void {
    this.disposed = true;
    this.cancel?.cancel();
    for (const d of this.disposables) d.dispose();
  }
}
