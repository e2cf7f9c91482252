/**
 * Scores a summary (the `policy-notes summary --format json` contract) against annotated
 * gold: programs, targets, and the program and deadline each matched target is bound to.
 * The rules are those of docs/summary-accuracy.md (name normalisation, one-to-one greedy
 * matching of targets on a line, optional gold counting neither way).
 */

export interface GoldProgram {
  name: string;
  line: number;
  aliases: string[];
  optional: boolean;
}

export interface GoldTarget {
  text: string;
  line: number;
  value: number | null;
  unit: string | null;
  program: string | null;
  deadline: number | null;
  optional: boolean;
  program_alts?: (string | null)[];
  deadline_alts?: (number | null)[];
}

export interface GoldFile {
  path: string;
  programs: GoldProgram[];
  targets: GoldTarget[];
}

/** A target as the tool reports it, for one file. */
export interface ToolTarget {
  text: string;
  line: number;
  value: number | null;
  unit: string | null;
  program: string | null;
  deadline: string | null;
}

export interface ToolFile {
  programs: string[];
  targets: ToolTarget[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface FileScore {
  path: string;
  programs: Counts;
  targets: Counts;
  programOk: number;
  deadlineOk: number;
  /** What went wrong, for a reader improving the extractor. */
  notes: string[];
}

const QUOTES = /[\s‘’“”'"｢｣「」『』`]/g;

/** NFKC, case-folded, without blanks and quote marks. */
export function norm(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(QUOTES, '');
}

/** `norm` minus one leading year and one trailing generic word. */
export function core(s: string): string {
  return norm(s)
    .replace(/^(?:(?:19|20)?\d{2}년도?|(?:19|20)\d{2}(?=\D))/, '')
    .replace(/(?:사업|프로그램|프로젝트)$/, '');
}

function spellings(p: GoldProgram): string[] {
  return [p.name, ...p.aliases];
}

function matchesGold(name: string, p: GoldProgram): boolean {
  const c = core(name);
  return spellings(p).some((s) => core(s) === c);
}

/** Scores one file. */
export function scoreFile(gold: GoldFile, tool: ToolFile): FileScore {
  const notes: string[] = [];
  const programs: Counts = { tp: 0, fp: 0, fn: 0 };
  const matched = new Set<GoldProgram>();
  const seen = new Set<string>();
  for (const name of tool.programs) {
    const c = core(name);
    if (seen.has(c)) continue;
    seen.add(c);
    const hits = gold.programs.filter((p) => matchesGold(name, p));
    const real = hits.filter((p) => !p.optional);
    if (real.length > 0) {
      const fresh = real.filter((p) => !matched.has(p));
      if (fresh.length > 0) {
        programs.tp++;
        for (const p of fresh) matched.add(p);
      }
    } else if (hits.length === 0) {
      programs.fp++;
      notes.push(`program FP: ${name}`);
    }
  }
  for (const p of gold.programs) {
    if (!p.optional && !matched.has(p)) {
      programs.fn++;
      notes.push(`program FN: ${p.name} (L${p.line})`);
    }
  }

  const targets: Counts = { tp: 0, fp: 0, fn: 0 };
  let programOk = 0;
  let deadlineOk = 0;
  const lines = new Set([...gold.targets.map((t) => t.line), ...tool.targets.map((t) => t.line)]);
  for (const line of [...lines].sort((a, b) => a - b)) {
    const g = gold.targets.filter((t) => t.line === line);
    const t = tool.targets.filter((x) => x.line === line);
    const pairs = matchLine(g, t);
    const usedT = new Set(pairs.map((p) => p[1]));
    const usedG = new Set(pairs.map((p) => p[0]));
    for (const [gi, ti] of pairs) {
      const gt = g[gi] as GoldTarget;
      const tt = t[ti] as ToolTarget;
      if (gt.optional) continue;
      targets.tp++;
      if (programCorrect(gold, gt, tt.program)) programOk++;
      else notes.push(`binding L${line} ${tt.text}: program ${tt.program ?? 'null'}, expected ${gt.program ?? 'null'}${gt.program_alts ? ` or ${gt.program_alts.join('/')}` : ''}`);
      const year = tt.deadline ? Number(tt.deadline.slice(0, 4)) : null;
      if (year === gt.deadline || (gt.deadline_alts ?? []).includes(year)) deadlineOk++;
      else notes.push(`deadline L${line} ${tt.text}: ${year ?? 'null'}, expected ${gt.deadline ?? 'null'}${gt.deadline_alts ? ` or ${gt.deadline_alts.join('/')}` : ''}`);
    }
    t.forEach((x, i) => {
      if (!usedT.has(i)) {
        targets.fp++;
        notes.push(`target FP L${line}: ${x.text}`);
      }
    });
    g.forEach((x, i) => {
      if (!usedG.has(i) && !x.optional) {
        targets.fn++;
        notes.push(`target FN L${line}: ${x.text}`);
      }
    });
  }
  return { path: gold.path, programs, targets, programOk, deadlineOk, notes };
}

function programCorrect(gold: GoldFile, gt: GoldTarget, program: string | null): boolean {
  const allowed = [gt.program, ...(gt.program_alts ?? [])];
  if (program === null) return allowed.includes(null);
  return allowed.some((name) => {
    if (name === null) return false;
    const p = gold.programs.find((x) => x.name === name) ?? { name, line: 0, aliases: [], optional: false };
    return matchesGold(program, p);
  });
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** One-to-one greedy matching on a line: identical texts, then containment, then value and unit. */
function matchLine(gold: readonly GoldTarget[], tool: readonly ToolTarget[]): [number, number][] {
  const pairs: [number, number][] = [];
  const usedG = new Set<number>();
  const usedT = new Set<number>();
  const tests: ((g: GoldTarget, t: ToolTarget) => boolean)[] = [
    (g, t) => squash(g.text) === squash(t.text),
    (g, t) => squash(g.text).includes(squash(t.text)) || squash(t.text).includes(squash(g.text)),
    (g, t) => g.unit === t.unit && g.value !== null && t.value !== null && Math.abs(g.value - t.value) <= 1e-6 * Math.max(Math.abs(g.value), Math.abs(t.value), 1e-12),
  ];
  for (const test of tests) {
    gold.forEach((g, gi) => {
      if (usedG.has(gi)) return;
      const ti = tool.findIndex((t, i) => !usedT.has(i) && test(g, t));
      if (ti >= 0) {
        pairs.push([gi, ti]);
        usedG.add(gi);
        usedT.add(ti);
      }
    });
  }
  return pairs;
}

/** Sums of counts over files. */
export function total(scores: readonly FileScore[]): { programs: Counts; targets: Counts; programOk: number; deadlineOk: number } {
  const sum = (pick: (s: FileScore) => Counts): Counts => ({
    tp: scores.reduce((n, s) => n + pick(s).tp, 0),
    fp: scores.reduce((n, s) => n + pick(s).fp, 0),
    fn: scores.reduce((n, s) => n + pick(s).fn, 0),
  });
  return {
    programs: sum((s) => s.programs),
    targets: sum((s) => s.targets),
    programOk: scores.reduce((n, s) => n + s.programOk, 0),
    deadlineOk: scores.reduce((n, s) => n + s.deadlineOk, 0),
  };
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}
