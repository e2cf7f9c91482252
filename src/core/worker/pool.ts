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

/** Per-note budget (adversarial.md): past this the worker is terminated. */
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
  job: Job | null;
  timer: ReturnType<typeof setTimeout> | null;
}

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
    const worker = new Worker(this.options.workerFile, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb ?? 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (msg: { id: number; result?: AnalyzeResult; error?: string }) => {
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      this.finish(slot, msg.result ? { ok: true, result: msg.result } : { ok: false, reason: 'crash', message: msg.error ?? 'unknown error' });
    });
    worker.on('error', (err) => this.replace(slot, { ok: false, reason: 'crash', message: `${err.name}: ${err.message}` }));
    worker.on('exit', () => {
      if (slot.job) this.replace(slot, { ok: false, reason: 'crash', message: 'the analysis worker exited' });
    });
    return slot;
  }

  /** Analyzes a note; resolves with its result, or with why it failed. Never rejects. */
  run(task: AnalyzeTask): Promise<PoolOutcome> {
    if (this.closed) return Promise.resolve({ ok: false, reason: 'crash', message: 'the analysis pool is closed' });
    if (this.mode === 'inline') return this.runInline(task);
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, task, resolve });
      this.pump();
    });
  }

  private async runInline(task: AnalyzeTask): Promise<PoolOutcome> {
    await new Promise((r) => setImmediate(r)); // one note per macrotask keeps the host responsive
    try {
      return { ok: true, result: analyze(task) };
    } catch (e) {
      return { ok: false, reason: 'crash', message: String(e) };
    }
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => this.replace(slot, { ok: false, reason: 'timeout', message: `analysis took longer than ${this.budget} ms and was stopped` }), this.budget);
      slot.worker.postMessage({ id: job.id, task: job.task });
    }
  }

  private finish(slot: Slot, outcome: PoolOutcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    slot.timer = null;
    job?.resolve(outcome);
    this.pump();
  }

  /** Terminates a stuck or dead worker, answers its job, and puts a fresh worker in its place. */
  private replace(slot: Slot, outcome: PoolOutcome): void {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
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
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, reason: 'crash', message: 'the analysis pool was closed' });
    await Promise.all(
      this.slots.map(async (s) => {
        if (s.timer) clearTimeout(s.timer);
        s.job?.resolve({ ok: false, reason: 'crash', message: 'the analysis pool was closed' });
        s.worker.removeAllListeners();
        await s.worker.terminate();
      }),
    );
    this.slots.length = 0;
  }
}
