/**
 * The workspace index: every article matching the include globs of every workspace
 * folder, opened or not, read through `workspace.fs` (virtual workspaces work), analyzed
 * once in the pool and kept per file with its content hash. It follows creates, changes,
 * deletes and renames (bursts coalesced), re-reads open documents as they are edited, and
 * is cached in the extension's workspace storage so a warm start reads only what changed.
 * Indexing runs in the background, reports progress, yields, and is cancelled and
 * restarted when the workspace or its configuration changes.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LoadedConfig } from '../../core/config';
import { pathTests, toPosix, walk, type PathTests } from '../../core/files/walk';
import { createStringSharer, createSummaryIndex, type NoteSummary, type Summary, type SummaryIndex } from '../../core/summary';
import { bytesOver, decodeBytes } from '../../core/text/decode';
import { textHash } from '../../core/worker/analyze';
import { findArticles } from '../features/lintWorkspace';
import { changedOnDisk, isDirectorySync, readBytes, someParent, statFile, writeBytes } from '../files';
import { log } from '../log';
import type { LazyPool } from '../pool';
import type { WorkspaceConfigs } from '../workspaceConfig';

/** What the index keeps per file. */
export interface IndexEntry {
  uri: string;
  hash: string;
  mtime: number;
  size: number;
  summary: NoteSummary;
  /** `[kind|unit|value, line]` of comparable figures. */
  figures: [string, number][];
  /** The aliases the note was analyzed with (configKey): another configuration means another analysis. */
  configKey: string;
}

const configKeys = new WeakMap<object, string>();
/** What of a configuration the analysis of a note depends on, as a short key. */
export function configKey(config: LoadedConfig['config'] | undefined): string {
  if (!config) return '';
  let k = configKeys.get(config);
  if (k === undefined) configKeys.set(config, (k = textHash(JSON.stringify([config.programAliases, config.agencyAliases])).slice(0, 16)));
  return k;
}

const mergeKeys = new WeakMap<object, string>();
/**
 * What of a configuration the merge depends on: the aliases, and the names the user marked
 * as programs or not. Marking a name re-merges the cached notes; it never re-analyzes them.
 */
export function mergeKey(config: LoadedConfig['config'] | undefined): string {
  if (!config) return '';
  let k = mergeKeys.get(config);
  if (k === undefined) mergeKeys.set(config, (k = `${configKey(config)}:${textHash(JSON.stringify([config.programIgnore, config.programInclude])).slice(0, 16)}`));
  return k;
}

/** Progress of the current indexing run. */
export interface IndexState {
  indexing: boolean;
  done: number;
  total: number;
  /** Milliseconds the last full run took, and how many files it had to analyze (the rest came from the cache). */
  lastRunMs: number;
  analyzed: number;
  /** Milliseconds the last incremental update took (re-analysis and merge), or 0. */
  lastUpdateMs: number;
  /** Entries restored from the storage cache at start, and where that cache lives (or why not). */
  fromCache: number;
  cache: string;
  /**
   * Milliseconds of the last start: until the summary restored from the storage cache was
   * shown (0 without a cache), and until the first run had checked every file.
   */
  startMs: { cachedSummary: number; verified: number };
  /** Where the last full run spent its time: listing the articles, reading and analyzing them, merging, saving the cache (ms). */
  phases: { listMs: number; analyzeMs: number; mergeMs: number; publishMs: number; saveMs: number };
  /**
   * Summaries shown while the current or last run was still analyzing (a long run shows
   * what it has so far), and the milliseconds from the run's start to the first of them.
   */
  partials: number;
  firstPartialMs: number;
}

/** Version 2: one JSON value per line (header, then entries). Version 3: the summary's extraction changed (docs/summary-accuracy.md), so older entries are analyzed again. */
const CACHE_VERSION = 3;
const COALESCE_MS = 300;
/** Paths the Markdown watcher reports; anything else renamed may be a folder of them. */
const ARTICLE_PATH = /\.(?:md|markdown)$/i;
/** Longest stretch of main-thread work before yielding to the host (ms). */
const SLICE_MS = 8;
/**
 * Files in flight during a run. `workspace.fs` calls cost a few milliseconds of latency each
 * but are answered in batches, so many outstanding stats and reads cost little more than one;
 * the pool queues the analyses.
 */
const IN_FLIGHT = 128;
/** Runs analyzing at least this many files tell their progress (see onDidProgress); shorter ones are over before it would be read. */
const PROGRESS_MIN = 200;
/** Least time between two progress events (ms). */
const PROGRESS_MS = 250;
/**
 * Runs analyzing at least this many files show the summary of what they have analyzed so
 * far twice: after an eighth of them (a thousand at most) and after half. On a cold start
 * of a large workspace the views fill within a second or two instead of staying empty
 * until the end; each costs a merge of what there is (in slices), so there are only two.
 */
const PARTIAL_MIN = 400;
function partialPoints(files: number): number[] {
  return files >= PARTIAL_MIN ? [Math.min(Math.ceil(files / 8), 1000), Math.ceil(files / 2)] : [];
}

/**
 * Runs `fn` over `items`, yielding to the host whenever a stretch of work passes SLICE_MS.
 * The clock is read every 8 items, so costly items (a cache entry read and merged by code
 * not yet optimized, in a fresh extension host) still make short slices.
 */
async function inSlices<T>(items: readonly T[], fn: (item: T, i: number) => void): Promise<void> {
  let slice = performance.now();
  for (let i = 0; i < items.length; i++) {
    fn(items[i]!, i);
    if ((i & 7) === 7 && performance.now() - slice > SLICE_MS) {
      await new Promise((r) => setImmediate(r));
      slice = performance.now();
    }
  }
}

/** A URI's path relative to its workspace folder, `/`-separated: what the include/exclude globs are matched against (as the listing does). */
function relativeTo(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  return uri.scheme === 'file' ? toPosix(path.relative(folder.uri.fsPath, uri.fsPath)) : path.posix.relative(folder.uri.path, uri.path);
}

export class WorkspaceIndex implements vscode.Disposable {
  private readonly entries = new Map<string, IndexEntry>();
  /** Figure key → URI → lines stating it. Kept up to date per file, never rebuilt whole. */
  private readonly figureIndex = new Map<string, Map<string, number[]>>();
  /** One copy of the strings repeated across entries (each arrives as its own copy). */
  private readonly strings = createStringSharer();
  /** The incremental merge (createSummaryIndex), filled in URI order on each full run. */
  private summaries: SummaryIndex | undefined;
  private merged: Summary | undefined;
  /** Counts every put and drop, so a merge can tell whether entries changed while it ran. */
  private edits = 0;
  private cancel: vscode.CancellationTokenSource | undefined;
  private readonly pending = new Set<string>();
  /** Entries under each folder URI (every ancestor of an entry's URI), so a deletion can tell a folder of articles at once. */
  private readonly inFolder = new Map<string, number>();
  /** A partial summary (showPartial) is what the views show; the next publish replaces it. */
  private partialShown = false;
  /** Created or renamed paths that may be folders of articles, not yet looked at (see articlesIn). */
  private readonly created = new Set<string>();
  /** Deleted files and folders not yet applied (see flush). */
  private readonly removed = new Set<string>();
  /** A change only a full run can apply came in (a folder in a virtual workspace, see addFolder). */
  private relist = false;
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();
  /** Entries put under a new key since the current run started (see rebuild). */
  private added = 0;
  /** mergeKey of the configuration the current merge was made with. */
  private mergedKey = '';
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
  /** Fires at most every PROGRESS_MS while a long run analyzes files (`state.done` of `state.total`). */
  readonly onDidProgress = this.progressEmitter.event;
  readonly state: IndexState = {
    indexing: false,
    done: 0,
    total: 0,
    lastRunMs: 0,
    analyzed: 0,
    lastUpdateMs: 0,
    fromCache: 0,
    cache: 'not loaded',
    startMs: { cachedSummary: 0, verified: 0 },
    phases: { listMs: 0, analyzeMs: 0, mergeMs: 0, publishMs: 0, saveMs: 0 },
    partials: 0,
    firstPartialMs: 0,
  };
  /** The configuration used for merging (aliases) of the first folder. */
  private mergeConfig: LoadedConfig['config'] | undefined;

  constructor(
    private readonly storage: vscode.Uri | undefined,
    private readonly configs: WorkspaceConfigs,
    private readonly pool: LazyPool,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}', false, false, true);
    // Anything created or deleted: a folder deleted or moved in is reported as the folder
    // alone, never as the articles inside it (microsoft/vscode#90746), which a Markdown glob
    // would not match.
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(
      this.emitter,
      this.progressEmitter,
      watcher,
      deletions,
      watcher.onDidCreate((u) => this.queue(u)),
      watcher.onDidChange((u) => this.queue(u)),
      deletions.onDidDelete((u) => this.remove(u)),
      deletions.onDidCreate((u) => !ARTICLE_PATH.test(u.path) && this.addFolder(u)),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => (this.remove(f.oldUri), ARTICLE_PATH.test(f.newUri.path) ? this.queue(f.newUri) : this.addFolder(f.newUri)))),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.entries.has(e.document.uri.toString()) && this.queue(e.document.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.starting && void this.rebuild()),
      configs.onDidChange(() => this.starting && void this.rebuild()),
    );
  }

  /** The merged summary, once the first run finished. */
  get summary(): Summary | undefined {
    return this.merged;
  }

  /** Number of files currently indexed. */
  get size(): number {
    return this.entries.size;
  }

  /** Per-file results currently indexed. */
  values(): IterableIterator<IndexEntry> {
    return this.entries.values();
  }

  /** Other places stating the same figure (kind, unit and value), excluding `uri`. */
  sameFigure(key: string, uri: vscode.Uri): { uri: vscode.Uri; line: number }[] {
    const self = uri.toString();
    const out: { uri: vscode.Uri; line: number }[] = [];
    for (const [u, lines] of this.figureIndex.get(key) ?? []) if (u !== self) out.push({ uri: vscode.Uri.parse(u), line: lines[0]! });
    return out;
  }

  /** Starts indexing once (later calls join it); resolves when the start has finished: the cache shown, then every file checked. */
  start(): Promise<void> {
    if (!this.starting) {
      this.starting = this.startRun();
    }
    return this.starting;
  }

  private async startRun(): Promise<void> {
    const t0 = performance.now();
    this.state.startMs = { cachedSummary: 0, verified: 0 };
    // The articles are listed while the cache is read and merged.
    const listing = this.listArticles();
    listing.catch(() => undefined); // awaited (and reported) by rebuild
    await Promise.all([this.loadCache(), this.loadMergeConfig()]);
    // Without a cache every article is analyzed: the pool's worker (a thread loading the
    // analysis bundle) boots while they are listed. With one, it boots when a file changed.
    if (this.entries.size === 0) this.pool.get();
    else {
      // Show what the cache holds at once; the run below then checks every file against it.
      await this.mergeAll();
      this.state.startMs.cachedSummary = performance.now() - t0;
    }
    await this.rebuild(listing);
    this.state.startMs.verified = performance.now() - t0;
  }

  /**
   * Forgets everything held in memory and starts again from the storage cache: what a
   * reopened window does (used by the warm-start benchmark and after a cache reset).
   */
  async restart(): Promise<void> {
    this.cancel?.cancel();
    if (this.saveTimer || this.state.analyzed > 0) await this.saveCache();
    this.entries.clear();
    this.inFolder.clear();
    this.edits++;
    this.figureIndex.clear();
    this.summaries = undefined;
    this.merged = undefined;
    this.starting = undefined;
    this.state.fromCache = 0;
    await this.start();
  }

  /** Starts the index if needed and resolves once a summary exists and no run is in progress. */
  async whenIdle(): Promise<void> {
    void this.start();
    if (this.merged && !this.state.indexing) return;
    await new Promise<void>((resolve) => {
      const sub = this.onDidChange(() => {
        if (this.merged && !this.state.indexing) {
          sub.dispose();
          resolve();
        }
      });
    });
  }

  /** The configuration of the first folder, whose aliases the merge uses. */
  private async loadMergeConfig(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    this.mergeConfig = folders[0] ? (await this.configs.forUri(vscode.Uri.joinPath(folders[0].uri, 'x.md'))).config : undefined;
  }

  /** Every article of every folder, per the folders' include/exclude globs. */
  private async listArticles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    return (await Promise.all(folders.map((f) => findArticles(f, this.configs, token)))).flat();
  }

  /** A full run: lists every article, reuses unchanged files, analyzes the rest (`listing`: the articles, when already being listed). */
  async rebuild(listing?: Promise<vscode.Uri[]>): Promise<void> {
    this.cancel?.cancel();
    const cts = (this.cancel = new vscode.CancellationTokenSource());
    const token = cts.token;
    const started = Date.now();
    // A summary published just before (the cache's, at a start) is told first: the deferred
    // event (notify) would otherwise fire with this run's indexing state, and listeners skip it.
    if (this.notifying) await new Promise((r) => setImmediate(r));
    if (token.isCancellationRequested) return;
    const phases = (this.state.phases = { listMs: 0, analyzeMs: 0, mergeMs: 0, publishMs: 0, saveMs: 0 });
    const editsAtStart = this.edits;
    try {
      await vscode.window.withProgress({ location: { viewId: 'policyNotes.programs' }, title: vscode.l10n.t('Indexing articles') }, async (progress) => {
        Object.assign(this.state, { indexing: true, done: 0, total: 0, analyzed: 0, partials: 0, firstPartialMs: 0 });
        this.notify();
        await this.loadMergeConfig();
        const uris = await (listing ?? this.listArticles(token));
        phases.listMs = Date.now() - started;
        if (token.isCancellationRequested) return;
        this.state.total = uris.length;
        const seen = new Set<string>();
        await inSlices(uris, (u) => void seen.add(u.toString()));
        await inSlices([...this.entries.keys()], (key) => void (!seen.has(key) && this.drop(key)));
        // Cached `file:` articles are checked by stat; only what changed is read.
        const { todo, fresh } = await this.changedSinceCache(uris, token);
        if (todo.length > 0) this.pool.forRun(todo.length); // no worker boots for a workspace that did not change
        let lastReport = 0;
        let lastProgress = 0;
        const report = () => {
          if (this.state.done - lastReport >= 50 || this.state.done === uris.length) {
            progress.report({ message: `${this.state.done}/${uris.length}` });
            lastReport = this.state.done;
            if (todo.length >= PROGRESS_MIN && performance.now() - lastProgress >= PROGRESS_MS) {
              lastProgress = performance.now();
              this.progressEmitter.fire();
            }
          }
        };
        this.state.done = uris.length - todo.length;
        report();
        // Partial summaries when the run brings many new articles (a cold start, a large pull),
        // or replaces a partial one; a run that re-reads known files (other aliases, say)
        // keeps the last complete summary until it ends, rather than a mix of both.
        const partialAt = fresh >= PARTIAL_MIN || this.partialShown ? partialPoints(todo.length) : [];
        let handled = 0;
        const gate = { busy: false };
        let next = 0;
        let slice = performance.now();
        const worker = async () => {
          while (next < todo.length && !token.isCancellationRequested) {
            const uri = todo[next++]!;
            const analyzed = await this.update(uri, token);
            if (token.isCancellationRequested) return; // a newer run counts its own files
            if (analyzed) this.state.analyzed++;
            this.state.done++;
            report();
            if (++handled === partialAt[0]) {
              partialAt.shift();
              await this.showPartial(token, started, gate);
            }
            // Answers can arrive in floods (a fast worker, many unchanged files): yield between slices.
            if (performance.now() - slice > SLICE_MS) {
              await new Promise((r) => setImmediate(r));
              slice = performance.now();
            }
          }
        };
        await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
        phases.analyzeMs = Date.now() - started - phases.listMs;
      });
    } catch (e) {
      // A run that failed (listing the folders, say) must not leave the index "indexing":
      // file events would wait for its end forever.
      if (token.isCancellationRequested) return;
      cts.cancel(); // the run's other workers stop at their next file
      this.state.indexing = false;
      log().error(`Index: the run failed: ${e instanceof Error ? e.message : String(e)}`);
      if (!this.summaries) await this.mergeAll();
      else this.publish();
      if (this.state.analyzed > 0) this.scheduleSave();
      if (this.queued()) this.flushSoon();
      return;
    }
    if (token.isCancellationRequested) return;
    this.state.indexing = false;
    this.state.lastRunMs = Date.now() - started;
    log().info(`Index: ${this.entries.size} articles in ${this.state.lastRunMs} ms (${this.state.analyzed} analyzed, ${this.entries.size - this.state.analyzed} from cache)`);
    // A run that changed nothing keeps the merged view (no main-thread merge, no event storm).
    let t = Date.now();
    // Replaced and dropped notes are already merged incrementally (a replaced note keeps its
    // place); a new note would sit out of file order, so new notes mean a fresh merge.
    if (!this.summaries || this.added > 0 || this.mergedKey !== mergeKey(this.mergeConfig)) await this.mergeAll();
    else if (this.edits !== editsAtStart || this.partialShown) this.publish(); // every put and drop counts as an edit
    else this.notify();
    phases.mergeMs = Date.now() - t;
    t = Date.now();
    if (this.state.analyzed > 0) await this.saveCache(); // at once: a window closed right after indexing keeps its cache
    phases.saveMs = Date.now() - t;
    // Files that changed while the run read the workspace (see flush).
    if (this.queued()) this.flushSoon();
  }

  /**
   * The articles that need a closer look: all but the cached `file:` ones (not modified in an
   * editor) whose size and time still match; and how many of them are not indexed at all.
   */
  private async changedSinceCache(uris: readonly vscode.Uri[], token: vscode.CancellationToken): Promise<{ todo: vscode.Uri[]; fresh: number }> {
    const dirty = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
    const todo: vscode.Uri[] = [];
    const cached: vscode.Uri[] = [];
    const files: { path: string; mtime: number; size: number }[] = [];
    let fresh = 0; // not indexed at all
    let slice = performance.now();
    for (const uri of uris) {
      const key = uri.toString();
      if (!this.entries.has(key)) fresh++;
      const entry = uri.scheme === 'file' && !dirty.has(key) ? this.entries.get(key) : undefined;
      // The configuration is memoized per folder (WorkspaceConfigs.forUri): a resolved promise, not a read.
      // An entry now over the size limit (lowered since) is looked at again, and dropped.
      const config = entry ? (await this.configs.forUri(uri)).config : undefined;
      if (entry && config && entry.size <= config.maxFileSize && entry.configKey === configKey(config)) {
        cached.push(uri);
        files.push({ path: uri.fsPath, mtime: entry.mtime, size: entry.size });
      } else todo.push(uri);
      if (performance.now() - slice > SLICE_MS) {
        await new Promise((r) => setImmediate(r));
        slice = performance.now();
      }
    }
    if (token.isCancellationRequested) return { todo, fresh };
    // Stat'ed here, not in the pool: a warm start needs no worker at all unless a file
    // changed, and a new worker takes longer to boot than the stats of thousands of files.
    const changed = await changedOnDisk(files, token);
    for (const i of changed) todo.push(cached[i]!);
    return { todo, fresh };
  }

  /** Re-reads one file if its size, time or content changed; true when it was analyzed. */
  private async update(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<boolean> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    try {
      const config = (await this.configs.forUri(uri)).config;
      if (token?.isCancellationRequested) return false;
      // An entry analyzed with other aliases counts as absent: the note is analyzed again.
      const entry = this.entries.get(key);
      const cached = entry?.configKey === configKey(config) ? entry : undefined;
      if (uri.scheme === 'file' && !open?.isDirty) return await this.updateFromDisk(uri, key, config, cached);
      let text: string;
      let mtime = 0;
      let size = 0;
      if (open && open.isDirty) {
        text = open.getText();
        if (bytesOver(text, config.maxFileSize) !== null) {
          this.drop(key);
          return false;
        }
      } else {
        const st = await statFile(uri);
        mtime = st.mtime;
        size = st.size;
        if (size > config.maxFileSize) {
          this.drop(key);
          return false;
        }
        if (cached && cached.mtime === mtime && cached.size === size) return false;
        const decoded = decodeBytes(await readBytes(uri));
        if (!decoded.ok) {
          this.drop(key);
          return false;
        }
        text = decoded.text;
      }
      const hash = textHash(text);
      if (cached && cached.hash === hash) {
        Object.assign(cached, { mtime, size });
        return false;
      }
      if (token?.isCancellationRequested) return false;
      const outcome = await this.pool.get().run({ uri: key, text, config, summary: true, figureKeys: true });
      if (!outcome.ok) {
        log().warn(`Index: ${key}: ${outcome.message}`);
        this.drop(key);
        return true;
      }
      this.put({ uri: key, hash, mtime, size, summary: outcome.result.summary!, figures: outcome.result.figureKeys ?? [], configKey: configKey(config) });
      return true;
    } catch (e) {
      this.drop(key);
      log().warn(`Index: cannot read ${key}: ${(e as Error).message}`);
      return false;
    }
  }

  /**
   * A `file:` article the editor does not hold modified: the pool's worker stats, reads,
   * decodes, hashes and analyzes it, so the extension host's main thread never touches
   * the bytes (it only merges the result). Same outcome as the general path above.
   */
  private async updateFromDisk(uri: vscode.Uri, key: string, config: LoadedConfig['config'], cached: IndexEntry | undefined): Promise<boolean> {
    const known = cached ? { mtime: cached.mtime, size: cached.size, hash: cached.hash } : undefined;
    const outcome = await this.pool.get().run({ uri: key, file: { path: uri.fsPath, known }, config, summary: true, figureKeys: true });
    if (!outcome.ok) {
      log().warn(`Index: ${key}: ${outcome.message}`);
      this.drop(key);
      return true;
    }
    const read = outcome.result.read!;
    switch (read.status) {
      case 'unchanged':
        if (cached) Object.assign(cached, { mtime: read.mtime, size: read.size });
        return false;
      case 'analyzed':
        this.put({ uri: key, hash: read.hash, mtime: read.mtime, size: read.size, summary: outcome.result.summary!, figures: outcome.result.figureKeys ?? [], configKey: configKey(config) });
        return true;
      case 'unreadable':
        log().warn(`Index: cannot read ${key}: ${read.reason}`);
        this.drop(key);
        return false;
      case 'skipped':
        this.drop(key);
        return false;
    }
  }

  /** Whether a file is an article of its workspace folder, by that folder's include and exclude globs (as `findArticles` lists them). */
  private async isArticle(uri: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? (await this.folderTests(folder)).isArticle(relativeTo(folder, uri)) : false;
  }

  /** The include/exclude tests of a workspace folder's configuration (the one its listing uses). */
  private async folderTests(folder: vscode.WorkspaceFolder): Promise<PathTests> {
    return pathTests((await this.configs.forUri(vscode.Uri.joinPath(folder.uri, 'x.md'))).config);
  }

  private queue(uri: vscode.Uri): void {
    if (!this.starting || this.disposed) return;
    this.removed.delete(uri.toString());
    this.pending.add(uri.toString());
    this.flushSoon();
  }

  /** A deleted file or folder, applied with the next flush (a deleted folder takes its articles with it). */
  private remove(uri: vscode.Uri): void {
    if (!this.starting) return;
    this.pending.delete(uri.toString());
    this.removed.add(uri.toString());
    this.flushSoon();
  }

  /** Something created, moved in or renamed that may be a folder of articles: looked at with the next flush (see articlesIn). */
  private addFolder(uri: vscode.Uri): void {
    if (!this.starting || this.disposed) return;
    this.created.add(uri.toString());
    this.flushSoon();
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
    let slice = performance.now();
    for (const key of keys.sort()) {
      if (performance.now() - slice > SLICE_MS) {
        await new Promise((r) => setImmediate(r));
        slice = performance.now();
      }
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
      for (const f of await walk(uri.fsPath, () => this.disposed, (f) => tests.isArticle(toPosix(path.relative(root, f))))) out.push(vscode.Uri.file(f).toString());
    }
    return out;
  }

  /** File events wait to be applied. */
  private queued(): boolean {
    return this.pending.size > 0 || this.removed.size > 0 || this.created.size > 0 || this.relist;
  }

  private flushSoon(): void {
    if (this.disposed) return;
    clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => void this.flush(), COALESCE_MS);
  }

  /** Drops the entries of deleted files, and of every file under a deleted folder. */
  private dropRemoved(keys: readonly string[]): void {
    const folders = new Set<string>();
    for (const key of keys) if (!this.drop(key) && this.inFolder.has(key.replace(/\/$/, ''))) folders.add(key.replace(/\/$/, ''));
    if (folders.size === 0) return; // deletions elsewhere (a lock file, build output) cost one lookup each
    for (const key of [...this.entries.keys()]) if (someParent(key, (folder) => folders.has(folder))) this.drop(key);
  }

  /** Keeps `inFolder` (entries under each folder URI) up to date for an entry added (+1) or dropped (-1). */
  private countFolders(key: string, d: number): void {
    someParent(key, (folder) => {
      const n = (this.inFolder.get(folder) ?? 0) + d;
      if (n > 0) this.inFolder.set(folder, n);
      else this.inFolder.delete(folder);
    });
  }

  /** Stores an entry (sharing its strings) and brings the incremental merge and the figure map up to date. */
  private put(entry: IndexEntry): void {
    entry.summary.file = entry.uri;
    this.strings.note(entry.summary);
    for (const f of entry.figures) f[0] = this.strings.string(f[0]);
    this.edits++;
    if (!this.drop(entry.uri, false)) this.added++;
    this.entries.set(entry.uri, entry);
    this.countFolders(entry.uri, 1);
    for (const [k, line] of entry.figures) {
      let byUri = this.figureIndex.get(k);
      if (!byUri) this.figureIndex.set(k, (byUri = new Map()));
      const lines = byUri.get(entry.uri);
      if (lines) lines.push(line);
      else byUri.set(entry.uri, [line]);
    }
    this.summaries?.set(entry.summary);
  }

  /** Forgets an entry; `fromMerge` false when it is about to be replaced (set keeps its place). */
  private drop(key: string, fromMerge = true): boolean {
    const old = this.entries.get(key);
    if (!old) return false;
    this.edits++;
    this.entries.delete(key);
    this.countFolders(key, -1);
    for (const [k] of old.figures) {
      const byUri = this.figureIndex.get(k);
      byUri?.delete(key);
      if (byUri?.size === 0) this.figureIndex.delete(k);
    }
    if (fromMerge) this.summaries?.delete(old.summary.file);
    return true;
  }

  /** Applies a burst of file events: a few files one by one, a big burst (a git checkout) as a rebuild. */
  private async flush(): Promise<void> {
    // While a run reads the workspace, what changed meanwhile waits for its end (see
    // rebuild), rather than starting its reading over.
    if (this.disposed || this.state.indexing) return;
    const created = [...this.created];
    this.created.clear();
    for (const key of await this.articlesIn(created)) this.pending.add(key);
    if (this.disposed) return;
    if (this.state.indexing) return; // a run started meanwhile: it flushes at its end
    const batch = [...this.pending];
    const removed = [...this.removed];
    this.pending.clear();
    this.removed.clear();
    if (this.relist || batch.length > 200 || removed.filter((k) => this.entries.has(k) || this.inFolder.has(k)).length > 200) {
      this.relist = false;
      return this.rebuild(); // it lists what is there: gone files are dropped, new ones read
    }
    const started = performance.now();
    const edits = this.edits;
    this.dropRemoved(removed);
    for (const key of batch) {
      const uri = vscode.Uri.parse(key);
      // The watcher reports every Markdown file: those outside the folder's include globs, or
      // excluded, are no articles (a full run would not list them either).
      if (await this.isArticle(uri)) await this.update(uri);
      else this.drop(key);
    }
    if (this.edits !== edits) {
      this.publish(() => (this.state.lastUpdateMs = performance.now() - started));
      this.scheduleSave();
    }
  }

  /**
   * Shows the summary of what a run has analyzed so far: a merge of the entries there are
   * now, in slices, published as the merged view. It stays apart from the incremental merge
   * (which analyses arriving meanwhile would keep dirty, so it would never be done); the
   * run's own merge at its end then puts every note in, as always.
   */
  private async showPartial(token: vscode.CancellationToken, started: number, gate: { busy: boolean }): Promise<void> {
    if (gate.busy) return; // the next one came due before this one was shown: skip it
    gate.busy = true;
    try {
      await this.buildPartial(token, started);
    } finally {
      gate.busy = false;
    }
  }

  private async buildPartial(token: vscode.CancellationToken, started: number): Promise<void> {
    const index = createSummaryIndex(this.mergeConfig ?? { programAliases: {} });
    await inSlices(this.sortedEntries(), (e) => index.set(e.summary));
    while (!index.refreshSome(SLICE_MS)) {
      await new Promise((r) => setImmediate(r));
      if (token.isCancellationRequested) return;
    }
    await new Promise((r) => setImmediate(r)); // the assembly in a task of its own
    if (token.isCancellationRequested) return;
    this.merged = index.summary();
    this.partialShown = true;
    this.notify();
    if (this.state.partials++ === 0) this.state.firstPartialMs = Date.now() - started;
  }

  /** The entries in URI order: merges must not depend on the order analyses came back in. */
  private sortedEntries(): IndexEntry[] {
    return [...this.entries.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  /**
   * A fresh incremental merge of every entry in URI order (results must not depend on worker
   * timing), filled in slices that yield to the host. Entries that change meanwhile are
   * reconciled before the new merge replaces the old one.
   */
  private async mergeAll(): Promise<void> {
    this.added = 0; // every entry goes in, in URI order; notes put meanwhile are reconciled below
    const mergedKey = mergeKey(this.mergeConfig);
    const index = createSummaryIndex(this.mergeConfig ?? { programAliases: {} });
    const edits = this.edits;
    const sorted = this.sortedEntries();
    const merged = new Map<string, NoteSummary>();
    await inSlices(sorted, (e) => {
      index.set(e.summary);
      merged.set(e.uri, e.summary);
    });
    // Programs are rebuilt a few at a time, then the merged view is assembled and published.
    const t = performance.now();
    while (!index.refreshSome(SLICE_MS)) await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r)); // the last program's turn, then the assembly: two tasks
    // Entries that changed while this ran, if any (no await from here on; their programs are rebuilt in summary()).
    if (this.edits !== edits) {
      for (const [uri, summary] of merged) {
        const now = this.entries.get(uri);
        if (!now) index.delete(summary.file);
        else if (now.summary !== summary) index.set(now.summary);
      }
      for (const [uri, e] of this.entries) if (!merged.has(uri)) index.set(e.summary);
    }
    this.summaries = index;
    this.mergedKey = mergedKey;
    this.publish();
    this.state.phases.publishMs = performance.now() - t;
  }

  /**
   * Tells listeners (views, conflict diagnostics) in a task of their own, after the one that
   * merged: for a large workspace each costs tens of milliseconds, and together they would
   * block the editor for longer. Calls in the same turn are told once.
   */
  private notify(): void {
    if (this.notifying) return;
    this.notifying = true;
    setImmediate(() => {
      this.notifying = false;
      if (!this.disposed) this.emitter.fire();
    });
  }

  /** Reads the merged view (only what changed is rebuilt), runs `before`, then tells listeners. */
  private publish(before?: () => void): void {
    if (!this.summaries) return;
    this.merged = this.summaries.summary();
    this.partialShown = false;
    before?.();
    this.notify();
  }

  private cacheUri(): vscode.Uri | undefined {
    return this.storage ? vscode.Uri.joinPath(this.storage, `index-v${CACHE_VERSION}.json`) : undefined;
  }

  private async loadCache(): Promise<void> {
    const uri = this.cacheUri();
    if (!uri) {
      this.state.cache = 'no workspace storage';
      return;
    }
    this.state.cache = uri.toString();
    try {
      // One JSON value per line (a header, then one entry per line), parsed in slices, so a
      // large workspace's cache never blocks the host in one long JSON.parse.
      // Lines are found in the bytes (0x0A never occurs inside a UTF-8 sequence) and decoded one by one.
      const bytes = await readBytes(uri);
      const decoder = new TextDecoder();
      const ends: number[] = [];
      for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) ends.push(i);
      ends.push(bytes.length);
      const header = JSON.parse(decoder.decode(bytes.subarray(0, ends[0]))) as { version?: unknown };
      if (header.version !== CACHE_VERSION) {
        this.state.cache += ` (not read: version ${String(header.version)}, expected ${CACHE_VERSION})`;
        return;
      }
      await inSlices(ends, (end, i) => {
        if (i === 0 || end === ends[i - 1]! + 1) return;
        const e = JSON.parse(decoder.decode(bytes.subarray(ends[i - 1]! + 1, end))) as IndexEntry;
        if (typeof e?.uri === 'string' && typeof e.hash === 'string' && typeof e.configKey === 'string' && e.summary && Array.isArray(e.figures)) this.put(e);
      });
      this.state.fromCache = this.entries.size;
    } catch (e) {
      // No cache yet (first start) or an unreadable one: index from scratch.
      this.entries.clear();
      this.inFolder.clear();
      this.edits++;
      this.figureIndex.clear();
      this.state.cache += ` (not read: ${(e as Error).message})`;
    }
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveCache(), 2000);
  }

  /** Resolves when the cache write in progress, if any, has finished. */
  whenSaved(): Promise<void> {
    return this.saving;
  }

  /** Saves the cache; saves never overlap (a later one waits for the one in progress). */
  private saveCache(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.saving = this.saving.then(() => this.writeCache());
    return this.saving;
  }

  private async writeCache(): Promise<void> {
    const uri = this.cacheUri();
    if (!uri || !this.storage) return;
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      const encoder = new TextEncoder();
      const newline = encoder.encode('\n');
      const chunks = [encoder.encode(JSON.stringify({ version: CACHE_VERSION, entries: this.entries.size }))];
      await inSlices([...this.entries.values()], (e) => void chunks.push(newline, encoder.encode(JSON.stringify(e))));
      await writeBytes(uri, chunks);
      this.state.cache = `${uri.toString()} (saved ${this.entries.size} entries)`;
    } catch (e) {
      this.state.cache = `${uri.toString()} (save failed: ${(e as Error).message})`;
      log().warn(`Index: cannot save the cache: ${(e as Error).message}`);
    }
  }

  dispose(): void {
    this.disposed = true;
    this.cancel?.cancel();
    clearTimeout(this.pendingTimer);
    clearTimeout(this.saveTimer);
    for (const d of this.disposables) d.dispose();
  }
}
