import * as fs from 'node:fs';
/**
 * Not a test suite: `npm run bench` loads this as the test index of a real VS Code to
 * measure the workspace index where it runs (issues 5 and 6): time to index, the longest
 * block of the extension host's main thread meanwhile, a one-file update, and the heap after
 * three re-indexes. It prints one `[hostbench] {json}` line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as vscode from 'vscode';
import { activateExtension, waitFor } from './helpers';

function heapMb(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed / 1048576;
}

/**
 * With PN_HOST_CPUPROF=file (PN_HOST_CPUPROF_WARM, PN_HOST_CPUPROF_UPDATE,
 * PN_HOST_CPUPROF_REOPEN, PN_HOST_CPUPROF_LINT), a CPU profile of the extension host's main
 * thread during the cold index (the warm start, the one-file update, the start of the
 * reopened window, Lint Workspace); open it in
 * Chrome DevTools. Beside it, `file.blocks.txt` lists each stretch of more than 40 ms in
 * which the main thread ran no timer, with the functions the profile saw most in it.
 */
async function startProfile(file: string | undefined): Promise<{ stop(): Promise<void> } | undefined> {
  if (!file) return undefined;
  const session = new Session();
  session.connect();
  const post = <T>(method: string) => new Promise<T>((resolve, reject) => session.post(method, (e, r) => (e ? reject(e) : resolve(r as T))));
  await post('Profiler.enable');
  await post('Profiler.start');
  const gaps = timerGaps(40);
  return {
    async stop() {
      const { profile } = await post<{ profile: CpuProfile }>('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      writeFileSync(`${file}.blocks.txt`, describeGaps(profile, gaps.stop()));
      session.disconnect();
    },
  };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Stretches (start and end in µs of the monotonic clock the profiler uses) over `ms` between runs of a 1 ms timer. */
function timerGaps(ms: number): { stop(): [number, number][] } {
  const gaps: [number, number][] = [];
  const now = () => Number(process.hrtime.bigint() / 1000n);
  let last = now();
  const timer = setInterval(() => {
    const t = now();
    if (t - last > ms * 1000) gaps.push([last, t]);
    last = t;
  }, 1);
  return {
    stop() {
      clearInterval(timer);
      return gaps;
    },
  };
}

/** For each gap, its length and the functions most often on top of the stack in it (self time). */
function describeGaps(profile: CpuProfile, gaps: [number, number][]): string {
  const frame = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes as { id: number; children?: number[] }[]) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (f: CpuProfile['nodes'][number]['callFrame']) => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  /** The innermost frame of the extension's own bundle on a sample's stack. */
  const ours = (id: number): string => {
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) if (frame.get(x)!.url.endsWith('dist/extension.js')) return name(frame.get(x)!);
    return '(not in the extension)';
  };
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, v]) => `    ${v.toFixed(1).padStart(6)} ms  ${k}`);
  const lines: string[] = [];
  for (const [from, to] of gaps.sort((a, b) => b[1] - b[0] - (a[1] - a[0]))) {
    const self = new Map<string, number>();
    const inOurs = new Map<string, number>();
    let t = profile.startTime;
    profile.samples.forEach((id, i) => {
      t += profile.timeDeltas[i]!;
      if (t < from || t > to) return;
      const ms = profile.timeDeltas[i]! / 1000;
      const k = name(frame.get(id)!);
      self.set(k, (self.get(k) ?? 0) + ms);
      const o = ours(id);
      inOurs.set(o, (inOurs.get(o) ?? 0) + ms);
    });
    lines.push(`${((to - from) / 1000).toFixed(0)} ms at +${((from - profile.startTime) / 1000).toFixed(0)} ms`, '  self:', ...top(self), '  in the extension:', ...top(inOurs));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : 'no stretch over the threshold\n';
}

/** Busy CPU time of the whole machine so far in ms (Linux /proc/stat), to tell our work from the workbench's; null elsewhere. */
function machineBusyMs(): number | null {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const ticks = fields.map(Number);
    const busy = ticks.reduce((a, b) => a + b, 0) - (ticks[3] ?? 0) - (ticks[4] ?? 0);
    return (busy * 1000) / 100;
  } catch {
    return null;
  }
}

/** The longest garbage-collection pause of the main thread since the last `take` (part of any long block). */
function gcPauses(): { take(): number; disconnect(): void } {
  let max = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) max = Math.max(max, e.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    take() {
      const m = max;
      max = 0;
      return Math.round(m);
    },
    disconnect: () => observer.disconnect(),
  };
}

/** Workspaces up to this size are also linted whole (Lint Workspace) by the bench. */
const LINT_MAX_FILES = 5000;

/** User plus system time (ms) from a /proc `stat` line (fields 14 and 15, in 1/100 s). */
function cpuMsOf(stat: string): number {
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

/** CPU time of each thread of this process (the extension host), with its name, from /proc (Linux only; empty elsewhere). */
function threadCpu(): Map<string, { name: string; ms: number }> {
  const out = new Map<string, { name: string; ms: number }>();
  try {
    for (const t of fs.readdirSync('/proc/self/task')) {
      const stat = fs.readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      out.set(t, { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ms: cpuMsOf(stat) });
    }
  } catch {
    // not Linux
  }
  return out;
}

/** CPU time of every process by pid, with a short name, from /proc (Linux only; empty elsewhere). */
function processCpu(): Map<string, { name: string; ms: number }> {
  const out = new Map<string, { name: string; ms: number }>();
  try {
    for (const pid of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        const type = cmd.find((a) => a.startsWith('--type='));
        const name =
          pid === String(process.pid)
            ? 'extension host'
            : type
              ? `chromium ${type.slice(7)}`
              : cmd
                  .slice(0, 2)
                  .map((a) => a.split('/').pop())
                  .join(' ')
                  .slice(0, 40);
        out.set(pid, { name, ms: cpuMsOf(stat) });
      } catch {
        // exited meanwhile
      }
    }
  } catch {
    // not Linux
  }
  return out;
}

function cpuDelta(a: Map<string, { name: string; ms: number }>, b: Map<string, { name: string; ms: number }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [t, v] of b) {
    const d = v.ms - (a.get(t)?.ms ?? 0);
    if (d > 0) out[`${v.name}#${t}`] = Math.round(d);
  }
  return out;
}

export async function run(): Promise<void> {
  if (process.env.PN_HOSTBENCH_PASS === 'reopen') return reopened();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const gcs = gcPauses();
  const heapBefore = heapMb();
  const profile = await startProfile(process.env.PN_HOST_CPUPROF); // from the activation on: its task counts as a block too
  const api = await activateExtension();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const machine0 = machineBusyMs();
  const threads0 = threadCpu();
  const procs0 = processCpu();
  await api.indexReady();
  const threads1 = threadCpu();
  const procs1 = processCpu();
  const indexMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const machine1 = machineBusyMs();
  await profile?.stop();
  const state = api.indexState();
  const maxBlockMs = loop.max / 1e6;
  const gcColdMs = gcs.take();
  const heapIndexed = heapMb();
  // PN_HOSTBENCH_QUICK=1: the cold index only, with where its CPU time went.
  if (process.env.PN_HOSTBENCH_QUICK === '1') {
    console.log(
      `[hostbench] ${JSON.stringify({ quick: true, files: state.total, analyzed: state.analyzed, phases: state.phases, indexMs: Math.round(indexMs), partials: state.partials, firstPartialMs: state.firstPartialMs, threads: cpuDelta(threads0, threads1), processes: Object.fromEntries(Object.entries(cpuDelta(procs0, procs1)).filter(([, ms]) => ms >= 30)), indexCpuMs: Math.round((cpu.user + cpu.system) / 1000), machineCpuMs: machine0 !== null && machine1 !== null ? Math.round(machine1 - machine0) : null, maxBlockMs: Math.round(maxBlockMs) })}`,
    );
    return;
  }

  // One file changes on disk: the watcher, re-analysis and merge (once the cache write that
  // follows a full run is done, as it is by the time someone edits).
  await api.indexSaved();
  const entry = api.summary()!.programs[0]?.mentions[0]?.file;
  let updateMs = 0;
  if (entry) {
    const uri = vscode.Uri.parse(entry);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const before = api.indexState().lastUpdateMs;
    const updateProfile = await startProfile(process.env.PN_HOST_CPUPROF_UPDATE);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${text}\n\n정부는 2030년까지 무역보험 9조 원을 공급할 계획이다.\n`));
    await waitFor(api.onDidChangeSummary, () => (api.indexState().lastUpdateMs !== before ? true : undefined), 'the one-file update', 60_000);
    updateMs = api.indexState().lastUpdateMs;
    await updateProfile?.stop();
  }
  loop.reset();
  gcs.take();
  for (let i = 0; i < 3; i++) await api.reindex();
  const heapAfter3 = heapMb();
  const maxBlockReindex = loop.max / 1e6;
  const gcReindexMs = gcs.take();
  // Warm start: memory dropped, the cache read back, every file checked by stat.
  loop.reset();
  const warmProfile = await startProfile(process.env.PN_HOST_CPUPROF_WARM);
  await api.restartIndex();
  await warmProfile?.stop();
  const warm = api.indexState();
  const gcWarmMs = gcs.take();
  // Lint Workspace over every article (closed files through the pool), for a workspace of a
  // size someone would lint whole from the editor.
  let lint: { files: number; problems: number; ms: number; maxBlockMs: number } | null = null;
  if (state.total <= LINT_MAX_FILES) {
    loop.reset();
    const lintProfile = await startProfile(process.env.PN_HOST_CPUPROF_LINT);
    const t = performance.now();
    const r = (await vscode.commands.executeCommand('policyNotes.lintWorkspace')) as { files: number; problems: number };
    await lintProfile?.stop();
    lint = { files: r.files, problems: r.problems, ms: Math.round(performance.now() - t), maxBlockMs: Math.round(loop.max / 1e6) };
  }
  gcs.disconnect();
  console.log(
    `[hostbench] ${JSON.stringify({
      files: state.total,
      fromCache: state.fromCache,
      cache: state.cache,
      analyzed: state.analyzed,
      phases: state.phases,
      indexMs: Math.round(indexMs),
      partials: state.partials,
      firstPartialMs: state.firstPartialMs,
      // CPU time of the whole extension host process (main thread and workers) during the cold index.
      indexCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      machineCpuMs: machine0 !== null && machine1 !== null ? Math.round(machine1 - machine0) : null,
      maxBlockMs: Math.round(maxBlockMs),
      p99BlockMs: Math.round(loop.percentile(99) / 1e6),
      maxBlockReindexMs: Math.round(maxBlockReindex),
      warmMs: Math.round(warm.startMs.verified),
      warmShownMs: Math.round(warm.startMs.cachedSummary),
      warmPhases: warm.phases,
      warmCache: warm.cache,
      warmFromCache: warm.fromCache,
      warmAnalyzed: warm.analyzed,
      maxBlockWarmMs: Math.round(loop.max / 1e6),
      longestGcMs: { cold: gcColdMs, reindex: gcReindexMs, warm: gcWarmMs },
      updateMs: Math.round(updateMs * 10) / 10,
      heapBeforeMb: Math.round(heapBefore),
      heapIndexedMb: Math.round(heapIndexed),
      heapAfter3ReindexMb: Math.round(heapAfter3),
      lint,
      programs: api.summary()?.programs.length ?? 0,
      targets: api.summary()?.targets.length ?? 0,
    })}`,
  );
  loop.disable();
}

/**
 * The window opened again on the same workspace and profile (PN_HOSTBENCH_PASS=reopen): a
 * fresh extension host starts from the cache the first pass saved, as a user's reopened
 * window does. Times are from the extension's activation.
 */
async function reopened(): Promise<void> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const gcs = gcPauses();
  const profile = await startProfile(process.env.PN_HOST_CPUPROF_REOPEN);
  const api = await activateExtension();
  await api.indexStarted();
  const state = api.indexState();
  await profile?.stop();
  gcs.disconnect();
  console.log(
    `[hostbench] ${JSON.stringify({
      reopen: true,
      files: state.total,
      fromCache: state.fromCache,
      analyzed: state.analyzed,
      cache: state.cache,
      shownMs: Math.round(state.startMs.cachedSummary),
      checkedMs: Math.round(state.startMs.verified),
      phases: state.phases,
      maxBlockMs: Math.round(loop.max / 1e6),
      longestGcMs: gcs.take(),
      heapMb: Math.round(heapMb()),
      programs: api.summary()?.programs.length ?? 0,
    })}`,
  );
  loop.disable();
}
