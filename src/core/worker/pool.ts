/**
 * A small `worker_threads` pool for note analysis, shared by the CLI and the extension.
 * Each note gets a time budget: past it the worker is terminated (the only way to stop a
 * runaway regular expression) and replaced, and the note is reported as
 * `analysis-timeout`. Workers run with `resourceLimits`, so one huge note cannot exhaust
 * the host's memory. Where workers cannot start (a web or restricted host), the pool runs
 * tasks inline, one per macrotask, and says so through `mode`.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { analyze, type AnalyzeResult, type AnalyzeTask } from './analyze';
import { yieldNow } from '../async';
import { localeState, t } from '../l10n';

/** Per-note budget (docs/design.md, threat model): past this the worker is terminated. */
export const NOTE_BUDGET_MS = 1000;

/** The outcome of a task: a result, or why there is none. */
export type PoolOutcome = { ok: true; result: AnalyzeResult } | { ok: false; reason: 'timeout' | 'crash'; message: string };

interface Job {
  id: number;
  task: AnalyzeTask;
  resolve(o: PoolOutcome): void;
}

interface Slot {
  worker: Worker;
  /** Jobs posted to the worker, in its order: the first is running, the rest wait in its inbox. */
  jobs: Job[];
  /** The budget of the running job. */
  timer: ReturnType<typeof setTimeout> | null;
  /** The worker has loaded and warmed up (its start-up does not count against a note's budget). */
  online: boolean;
}

/**
 * Jobs posted ahead to each worker. A worker with the next note already in its inbox starts
 * it at once instead of waiting for a round trip through a busy host's event loop.
 */
const DEPTH = 4;

export interface PoolOptions {
  /** Path of the bundled worker (dist/worker.js). */
  workerFile: string;
  size?: number;
  budgetMs?: number;
  maxOldGenerationSizeMb?: number;
  /** Run every task inline (no workers), e.g. when the worker bundle is absent. */
  inline?: boolean;
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** `workers` normally; `inline` when worker threads could not start. */
  mode: 'workers' | 'inline' = 'workers';
  private readonly budget: number;

  constructor(private readonly options: PoolOptions) {
    this.budget = options.budgetMs ?? NOTE_BUDGET_MS;
    const size = Math.max(1, options.size ?? Math.max(1, availableParallelism() - 1));
    if (options.inline) {
      this.mode = 'inline';
      return;
    }
    try {
      for (let i = 0; i < size; i++) this.slots.push(this.spawn());
    } catch {
      this.mode = 'inline';
      for (const s of this.slots) void s.worker.terminate();
      this.slots.length = 0;
    }
  }

  private spawn(): Slot {
    // The worker writes messages in the language of the process that started it.
    const worker = new Worker(this.options.workerFile, {
      workerData: { l10n: localeState() },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb ?? 256, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
    });
    worker.unref();
    const slot: Slot = { worker, jobs: [], timer: null, online: false };
    worker.on('message', (msg: { id: number; result?: AnalyzeResult; error?: string; ready?: true }) => {
      if (msg.ready) {
        // Loaded and warmed up (analysisWorker.ts): budgets start from here.
        slot.online = true;
        if (slot.jobs.length > 0 && !slot.timer) this.startBudget(slot);
        return;
      }
      if (slot.jobs[0]?.id !== msg.id) return;
      this.finish(slot, msg.result ? { ok: true, result: msg.result } : { ok: false, reason: 'crash', message: msg.error ?? t('unknown error') });
    });
    worker.on('error', (err) => this.replace(slot, { ok: false, reason: 'crash', message: `${err.name}: ${err.message}` }));
    worker.on('exit', () => {
      if (slot.jobs.length > 0) this.replace(slot, { ok: false, reason: 'crash', message: t('the analysis worker exited') });
    });
    return slot;
  }

  /** Number of worker threads (0 when inline). */
  get size(): number {
    return this.slots.length;
  }

  /**
   * Adds workers up to `size` (never removes any): for a long run, where another worker's
   * warm-up (its own compilation of the analysis code) pays for itself. No-op when inline.
   */
  grow(size: number): void {
    if (this.closed || this.mode === 'inline') return;
    try {
      while (this.slots.length < size) this.slots.push(this.spawn());
    } catch {
      // Keep the workers there are.
    }
    this.pump();
  }

  /**
   * Analyzes a note; resolves with its result, or with why it failed. Never rejects. An
   * `urgent` task (a document being edited) goes ahead of the queue, so a long run (the
   * workspace index) does not hold it up.
   */
  run(task: AnalyzeTask, urgent = false): Promise<PoolOutcome> {
    if (this.closed) return Promise.resolve({ ok: false, reason: 'crash', message: t('the analysis pool is closed') });
    if (this.mode === 'inline') return this.runInline(task);
    return new Promise((resolve) => {
      const job = { id: this.nextId++, task, resolve };
      if (urgent) this.queue.unshift(job);
      else this.queue.push(job);
      this.pump();
    });
  }

  private async runInline(task: AnalyzeTask): Promise<PoolOutcome> {
    await yieldNow(); // one note per macrotask keeps the host responsive
    try {
      return { ok: true, result: analyze(task) };
    } catch (e) {
      return { ok: false, reason: 'crash', message: String(e) };
    }
  }

  /** Posts queued jobs to the least loaded workers, up to DEPTH each. */
  private pump(): void {
    if (this.slots.length === 0 && this.mode === 'inline') {
      for (const job of this.queue.splice(0)) void this.runInline(job.task).then(job.resolve);
      return;
    }
    while (this.queue.length > 0) {
      let slot: Slot | undefined;
      for (const s of this.slots) if (s.jobs.length < DEPTH && (!slot || s.jobs.length < slot.jobs.length)) slot = s;
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.jobs.push(job);
      slot.worker.postMessage({ id: job.id, task: job.task });
      if (slot.jobs.length === 1) this.startBudget(slot);
    }
  }

  /** The running job's budget starts when the worker turns to it (as far as this thread can tell: never early). */
  private startBudget(slot: Slot): void {
    if (!slot.online) return;
    slot.timer = setTimeout(() => this.replace(slot, { ok: false, reason: 'timeout', message: t('analysis took longer than {0} ms and was stopped', this.budget) }), this.budget);
  }

  private finish(slot: Slot, outcome: PoolOutcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.jobs.shift();
    if (slot.jobs.length > 0) this.startBudget(slot);
    job?.resolve(outcome);
    this.pump();
  }

  /**
   * Terminates a stuck or dead worker, answers its running job, puts the jobs still waiting
   * in its inbox back at the head of the queue, and puts a fresh worker in its place.
   */
  private replace(slot: Slot, outcome: PoolOutcome): void {
    const [job, ...waiting] = slot.jobs;
    if (slot.timer) clearTimeout(slot.timer);
    slot.jobs = [];
    slot.timer = null;
    this.queue.unshift(...waiting);
    const old = slot.worker;
    old.removeAllListeners();
    void old.terminate();
    if (!this.closed) {
      const i = this.slots.indexOf(slot);
      try {
        if (i >= 0) this.slots[i] = this.spawn();
      } catch {
        this.slots.splice(i, 1);
        if (this.slots.length === 0) this.mode = 'inline';
      }
    }
    job?.resolve(outcome);
    this.pump();
  }

  /** Stops every worker; pending tasks resolve as failed. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, reason: 'crash', message: t('the analysis pool was closed') });
    await Promise.all(
      this.slots.map(async (s) => {
        if (s.timer) clearTimeout(s.timer);
        for (const job of s.jobs.splice(0)) job.resolve({ ok: false, reason: 'crash', message: t('the analysis pool was closed') });
        s.worker.removeAllListeners();
        await s.worker.terminate();
      }),
    );
    this.slots.length = 0;
  }
}
