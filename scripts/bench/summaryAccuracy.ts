/**
 * `npm run bench summary-accuracy`: how right the summary is, on the annotated development
 * set that sits beside the repository, scored as docs/summary-accuracy.md says. Each file
 * is summarized alone, as `policy-notes summary FILE --format json` does, and its JSON read
 * back (so what is scored is the contract's output). Prints per-file and micro-averaged
 * figures; `PN_VERBOSE=1` lists every miss. Skips with a message when the set is absent.
 *
 *   node scripts/bench.mjs summary-accuracy
 */
import fs from 'node:fs';
import path from 'node:path';
import { summaryCommand } from '../../src/cli/commands/summary';
import { SHARED } from './common';
import { precision, recall, scoreFile, total, type GoldFile, type ToolFile, type ToolTarget } from './scoring';

interface JsonTarget extends ToolTarget {
  file: string;
}

interface JsonSummary {
  programs: { name: string; targets: JsonTarget[] }[];
  targets: JsonTarget[];
}

/** The tool's view of one file: what `policy-notes summary FILE --format json` prints, run in this process. */
export async function toolFile(file: string): Promise<ToolFile> {
  let out = '';
  let err = '';
  const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t), cwd: path.dirname(file), env: {} };
  const code = await summaryCommand.run([file, '--format', 'json'], io);
  if (code !== 0) throw new Error(`summary exited ${code}: ${err}`);
  const json = JSON.parse(out) as JsonSummary;
  const seen = new Set<string>();
  const targets: ToolTarget[] = [];
  for (const t of [...json.targets, ...json.programs.flatMap((p) => p.targets)]) {
    const key = `${t.line}\u0000${t.text}\u0000${t.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    targets.push(t);
  }
  return { programs: json.programs.map((p) => p.name), targets };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export async function benchSummaryAccuracy(): Promise<void> {
  const goldPath = path.join(SHARED, 'corpus', 'summary-dev.json');
  if (!fs.existsSync(goldPath)) {
    console.log(`(skipped: ${goldPath} is not present)`);
    return;
  }
  const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8')) as { files: GoldFile[] };
  const verbose = process.env.PN_VERBOSE === '1';
  const scores = [];
  for (const g of gold.files) {
    const file = path.join(SHARED, 'corpus', g.path);
    scores.push(scoreFile(g, await toolFile(file)));
  }
  console.log('file                                        programs P/R      targets P/R     binding  deadline');
  for (const s of scores) {
    const name = path.basename(s.path).slice(0, 42).padEnd(44);
    console.log(
      `${name}${`${pct(precision(s.programs))}/${pct(recall(s.programs))}`.padEnd(18)}${`${pct(precision(s.targets))}/${pct(recall(s.targets))}`.padEnd(16)}` +
        `${s.programOk}/${s.targets.tp}`.padEnd(9) +
        `${s.deadlineOk}/${s.targets.tp}`,
    );
    if (verbose) for (const n of s.notes) console.log(`    ${n}`);
  }
  const t = total(scores);
  console.log(`\nprograms: P ${pct(precision(t.programs))}  R ${pct(recall(t.programs))}  (TP ${t.programs.tp}, FP ${t.programs.fp}, FN ${t.programs.fn})`);
  console.log(`targets:  P ${pct(precision(t.targets))}  R ${pct(recall(t.targets))}  (TP ${t.targets.tp}, FP ${t.targets.fp}, FN ${t.targets.fn})`);
  console.log(
    `binding:  program ${pct(t.programOk / Math.max(1, t.targets.tp))} (${t.programOk}/${t.targets.tp})  deadline ${pct(t.deadlineOk / Math.max(1, t.targets.tp))} (${t.deadlineOk}/${t.targets.tp})`,
  );
}
