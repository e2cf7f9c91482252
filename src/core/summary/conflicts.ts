/**
 * Conflicts: two articles state the same program and metric differently. A metric is a
 * claim kind and unit (a change, `5조 원 추가`, is a metric apart from a level). Two kinds:
 *
 * - value: different figures for the same period. The period is the deadline, else the
 *   article's year (an undated `무역금융 370조 원` in a 2023 article and `360조 원` in a 2024
 *   one are two years' targets, not a disagreement), else unknown (compared among unknowns).
 * - deadline: the same figure with different stated deadlines (`500개사` by 2030 and by 2031).
 *
 * Different figures with different deadlines are milestones (`10%` by 2027, `15%` by
 * 2030), not a conflict. Within one article nothing conflicts: that is the author's own
 * staging. Each differing figure is reported once, against the statement most articles
 * agree with, so the output grows with the number of distinct figures, never quadratically.
 */
import { yearOf } from './dates';
import type { Conflict, Figure, FigureRef, ProgramSummary } from './types';

/** Conflicts among the targets of merged programs. `dates` maps a file to its article date. */
export function findConflicts(programs: readonly ProgramSummary[], dates: ReadonlyMap<string, string | null>): Conflict[] {
  const out: Conflict[] = [];
  for (const p of programs) {
    if (p.targets.length < 2) continue;
    for (const figures of groupBy(p.targets, (t) => `${t.kind}|${t.unit}|${t.delta ? 'd' : ''}`).values()) {
      if (unanimous(figures)) continue;
      const period = (f: Figure) => f.deadline ?? String(yearOf(dates.get(f.file) ?? null) ?? '?');
      for (const same of groupBy(figures, period).values()) out.push(...disagreements(p, same, (f) => String(f.value), 'value'));
      for (const same of groupBy(figures.filter((f) => f.deadline), (f) => String(f.value)).values()) {
        out.push(...disagreements(p, same, (f) => f.deadline as string, 'deadline'));
      }
    }
  }
  return out;
}

/** True when nothing can conflict: one article, or every article states the same figure and deadline. */
function unanimous(figures: readonly Figure[]): boolean {
  const first = figures[0] as Figure;
  let files = false;
  let differ = false;
  for (const f of figures) {
    if (f.file !== first.file) files = true;
    if (f.value !== first.value || f.deadline !== first.deadline) differ = true;
    if (files && differ) return false;
  }
  return true;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** Figures of `same` whose `aspect` differs from the majority's, each against a majority statement in another file. */
function disagreements(p: ProgramSummary, same: readonly Figure[], aspect: (f: Figure) => string, reason: Conflict['reason']): Conflict[] {
  const variants = [...groupBy(same, aspect).values()];
  if (variants.length < 2) return [];
  variants.sort((a, b) => new Set(b.map((f) => f.file)).size - new Set(a.map((f) => f.file)).size);
  const [majority, ...others] = variants as [Figure[], ...Figure[][]];
  const out: Conflict[] = [];
  for (const other of others) {
    const pair = firstPairAcrossFiles(majority, other);
    if (pair) out.push(conflict(p, pair[0], pair[1], reason));
  }
  return out;
}

function firstPairAcrossFiles(a: readonly Figure[], b: readonly Figure[]): [Figure, Figure] | null {
  const a0 = a[0] as Figure;
  const a1 = a.find((f) => f.file !== a0.file);
  for (const y of b) {
    const x = y.file !== a0.file ? a0 : a1;
    if (x) return [x, y];
  }
  return null;
}

function ref(f: Figure): FigureRef {
  return { file: f.file, line: f.line, start: f.start, end: f.end, sentence: f.sentence, text: f.text, value: f.value, unit: f.unit, deadline: f.deadline };
}

function describe(f: Figure): string {
  return `${f.text}${f.deadline ? ` by ${f.deadline}` : ''} (${f.file}:${f.line})`;
}

function conflict(p: ProgramSummary, a: Figure, b: Figure, reason: Conflict['reason']): Conflict {
  const what = reason === 'value' ? 'figures' : 'deadlines';
  return {
    program: p.name,
    programKey: p.key,
    kind: a.kind,
    unit: a.unit,
    reason,
    a: ref(a),
    b: ref(b),
    message: `${p.name}: different ${what} for the same ${a.kind} target: ${describe(b)} vs ${describe(a)}`,
  };
}
