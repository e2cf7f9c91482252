/**
 * What the index tells of its runs: progress, which the views read, and timings, which only
 * the integration tests and the host benchmark read (through the extension API's
 * `indexState()`); nothing in the extension decides on them.
 */

/** Progress of the current (or last) run. */
export interface IndexProgress {
  indexing: boolean;
  done: number;
  total: number;
  /** Files the run had to analyze (the rest came from the cache). */
  analyzed: number;
}

/** Timings and cache state, for tests and benchmarks. */
export interface IndexTelemetry {
  /** Milliseconds the last full run took. */
  lastRunMs: number;
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

/** Both, as the extension API's `indexState()` returns them. */
export type IndexState = IndexProgress & IndexTelemetry;

export function newProgress(): IndexProgress {
  return { indexing: false, done: 0, total: 0, analyzed: 0 };
}

export function newTelemetry(): IndexTelemetry {
  return {
    lastRunMs: 0,
    lastUpdateMs: 0,
    fromCache: 0,
    cache: 'not loaded',
    startMs: { cachedSummary: 0, verified: 0 },
    phases: { listMs: 0, analyzeMs: 0, mergeMs: 0, publishMs: 0, saveMs: 0 },
    partials: 0,
    firstPartialMs: 0,
  };
}
