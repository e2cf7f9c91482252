/**
 * The workspace model: what the index knows of every article (its summary, its comparable
 * figures, the stamp that tells whether it changed), and the merged summary of them all.
 * Adding, replacing and dropping notes keep the incremental merge and the figure map up to
 * date; a merge of every note (in URI order, so results never depend on the order analyses
 * came back in) runs in slices that yield. No I/O here: the editor's index lists, reads and
 * watches files, and stores the model's serialized form (cache.ts).
 */
import type { Config } from '../config';
import { inSlices, SLICE_MS, yieldNow } from '../async';
import { createStringSharer, createSummaryIndex, type NoteSummary, type Summary, type SummaryIndex } from '../summary';
import { textHash } from '../worker/analyze';
import { someParent } from './uris';

/** What the model keeps per file. */
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
export function configKey(config: Config | undefined): string {
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
export function mergeKey(config: Config | undefined): string {
  if (!config) return '';
  let k = mergeKeys.get(config);
  if (k === undefined) mergeKeys.set(config, (k = `${configKey(config)}:${textHash(JSON.stringify([config.programIgnore, config.programInclude])).slice(0, 16)}`));
  return k;
}

function byUri(a: IndexEntry, b: IndexEntry): number {
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0;
}

export class WorkspaceModel {
  private readonly entries = new Map<string, IndexEntry>();
  /** Figure key → URI → lines stating it. Kept up to date per file, never rebuilt whole. */
  private readonly figureIndex = new Map<string, Map<string, number[]>>();
  /** One copy of the strings repeated across entries (each arrives as its own copy). */
  private readonly strings = createStringSharer();
  /** Entries under each folder URI (every ancestor of an entry's URI), so a deletion can tell a folder of articles at once. */
  private readonly inFolder = new Map<string, number>();
  /** The incremental merge, filled in URI order by `mergeAll`. */
  private summaries: SummaryIndex | undefined;
  /** mergeKey of the configuration the current merge was made with. */
  private mergedKey = '';
  private editCount = 0;
  /** Entries put under a new key since the last `mergeAll`: they would sit out of URI order in the incremental merge. */
  private added = 0;
  /** The merged view last read (`publish`), or a partial one (`showPartial`). */
  summary: Summary | undefined;
  /** `summary` is a partial one; the next publish replaces it. */
  partialShown = false;

  /** Counts every put and drop, so a caller can tell whether entries changed while it waited. */
  get edits(): number {
    return this.editCount;
  }

  get size(): number {
    return this.entries.size;
  }

  get(uri: string): IndexEntry | undefined {
    return this.entries.get(uri);
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  /** Whether a URI is a folder holding entries. */
  holdsEntries(folder: string): boolean {
    return this.inFolder.has(folder.replace(/\/$/, ''));
  }

  values(): IterableIterator<IndexEntry> {
    return this.entries.values();
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** The entries in URI order: merges must not depend on the order analyses came back in. */
  sorted(): IndexEntry[] {
    return [...this.entries.values()].sort(byUri);
  }

  /** Other places stating the same figure (kind, unit and value), excluding `self`. */
  sameFigure(key: string, self: string): { uri: string; line: number }[] {
    const out: { uri: string; line: number }[] = [];
    for (const [u, lines] of this.figureIndex.get(key) ?? []) if (u !== self) out.push({ uri: u, line: lines[0]! });
    return out;
  }

  /** Forgets every entry and the merge. */
  clear(): void {
    this.entries.clear();
    this.inFolder.clear();
    this.figureIndex.clear();
    this.editCount++;
    this.summaries = undefined;
    this.summary = undefined;
  }

  /** Stores an entry (sharing its strings) and brings the incremental merge and the figure map up to date. */
  put(entry: IndexEntry): void {
    entry.summary.file = entry.uri;
    this.strings.note(entry.summary);
    for (const f of entry.figures) f[0] = this.strings.string(f[0]);
    this.editCount++;
    if (!this.drop(entry.uri, false)) this.added++;
    this.entries.set(entry.uri, entry);
    this.countFolders(entry.uri, 1);
    for (const [k, line] of entry.figures) {
      let uris = this.figureIndex.get(k);
      if (!uris) this.figureIndex.set(k, (uris = new Map()));
      const lines = uris.get(entry.uri);
      if (lines) lines.push(line);
      else uris.set(entry.uri, [line]);
    }
    this.summaries?.set(entry.summary);
  }

  /** Forgets an entry; `fromMerge` false when it is about to be replaced (the merge keeps its place). */
  drop(uri: string, fromMerge = true): boolean {
    const old = this.entries.get(uri);
    if (!old) return false;
    this.editCount++;
    this.entries.delete(uri);
    this.countFolders(uri, -1);
    for (const [k] of old.figures) {
      const uris = this.figureIndex.get(k);
      uris?.delete(uri);
      if (uris?.size === 0) this.figureIndex.delete(k);
    }
    if (fromMerge) this.summaries?.delete(old.summary.file);
    return true;
  }

  /** Drops the entries of deleted files, and of every file under a deleted folder. */
  dropRemoved(uris: readonly string[]): void {
    const folders = new Set<string>();
    for (const uri of uris) if (!this.drop(uri) && this.holdsEntries(uri)) folders.add(uri.replace(/\/$/, ''));
    if (folders.size === 0) return; // deletions elsewhere (a lock file, build output) cost one lookup each
    for (const uri of this.keys()) if (someParent(uri, (folder) => folders.has(folder))) this.drop(uri);
  }

  /** Keeps `inFolder` up to date for an entry added (+1) or dropped (-1). */
  private countFolders(uri: string, d: number): void {
    someParent(uri, (folder) => {
      const n = (this.inFolder.get(folder) ?? 0) + d;
      if (n > 0) this.inFolder.set(folder, n);
      else this.inFolder.delete(folder);
    });
  }

  /**
   * Whether the merge must be made afresh (`mergeAll`) rather than read incrementally: there
   * is none, a note was added since (it would sit out of URI order), or the configuration's
   * aliases or curation changed. Replaced and dropped notes are merged incrementally.
   */
  needsMerge(config: Config | undefined): boolean {
    return !this.summaries || this.added > 0 || this.mergedKey !== mergeKey(config);
  }

  /**
   * A fresh incremental merge of every entry in URI order, filled in slices that yield.
   * Entries that change meanwhile are reconciled before the new merge replaces the old one,
   * which is then published.
   */
  async mergeAll(config: Config | undefined): Promise<void> {
    this.added = 0; // every entry goes in, in URI order; notes put meanwhile are reconciled below
    const key = mergeKey(config);
    const index = createSummaryIndex(config ?? { programAliases: {} });
    const edits = this.editCount;
    const merged = new Map<string, NoteSummary>();
    await inSlices(this.sorted(), (e) => {
      index.set(e.summary);
      merged.set(e.uri, e.summary);
    });
    // Programs are rebuilt a few at a time, then the merged view is assembled.
    while (!index.refreshSome(SLICE_MS)) await yieldNow();
    await yieldNow(); // the last program's turn, then the assembly: two tasks
    // Entries that changed while this ran (no await from here on; their programs are rebuilt in summary()).
    if (this.editCount !== edits) {
      for (const [uri, summary] of merged) {
        const now = this.entries.get(uri);
        if (!now) index.delete(summary.file);
        else if (now.summary !== summary) index.set(now.summary);
      }
      for (const [uri, e] of this.entries) if (!merged.has(uri)) index.set(e.summary);
    }
    this.summaries = index;
    this.mergedKey = key;
    this.publish();
  }

  /** Reads the merged view (only what changed is rebuilt) into `summary`; false when there is no merge yet. */
  publish(): boolean {
    if (!this.summaries) return false;
    this.summary = this.summaries.summary();
    this.partialShown = false;
    return true;
  }

  /**
   * A merge of the entries there are now, in slices, as `summary`: what a long run shows
   * before it ends. It stays apart from the incremental merge (analyses arriving meanwhile
   * would keep that dirty, so it would never be done). False when `cancelled` said so.
   */
  async showPartial(config: Config | undefined, cancelled: () => boolean): Promise<boolean> {
    const index = createSummaryIndex(config ?? { programAliases: {} });
    await inSlices(this.sorted(), (e) => index.set(e.summary));
    while (!index.refreshSome(SLICE_MS)) {
      await yieldNow();
      if (cancelled()) return false;
    }
    await yieldNow(); // the assembly in a task of its own
    if (cancelled()) return false;
    this.summary = index.summary();
    this.partialShown = true;
    return true;
  }
}
