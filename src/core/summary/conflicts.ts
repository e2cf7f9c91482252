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
 * Grouping uses nested maps keyed by the fields themselves: no string is built per figure.
 */
import type { Conflict, Figure, FigureRef, ProgramSummary } from './types';
import { deadlineLabel, t } from '../l10n';
import { kindLabel } from '../explain';

/** Conflicts among the targets of merged programs. `undatedPeriod` maps a file to its article's year. */
export function findConflicts(programs: readonly ProgramSummary[], undatedPeriod: ReadonlyMap<string, string>): Conflict[] {
  const out: Conflict[] = [];
  for (const p of programs) {
    if (p.targets.length < 2) continue;
    for (const figures of byMetric(p.targets)) {
      if (unanimous(figures)) continue;
      const byPeriod = new Map<string, Map<number | null, Figure[]>>();
      const byValue = new Map<number | null, Map<string, Figure[]>>();
      for (const f of figures) {
        const period = f.deadline ?? undatedPeriod.get(f.file) ?? '?';
        push(inner(byPeriod, period), f.value, f);
        if (f.deadline) push(inner(byValue, f.value), f.deadline, f);
      }
      for (const variants of byPeriod.values()) if (variants.size > 1) for (const d of disagreements(p, [...variants.values()], 'value')) out.push(d);
      for (const variants of byValue.values()) if (variants.size > 1) for (const d of disagreements(p, [...variants.values()], 'deadline')) out.push(d);
    }
  }
  return out;
}

function inner<K, K2, V>(m: Map<K, Map<K2, V>>, k: K): Map<K2, V> {
  let v = m.get(k);
  if (!v) m.set(k, (v = new Map()));
  return v;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Targets grouped by kind, unit and level-or-change. */
function byMetric(targets: readonly Figure[]): Figure[][] {
  const m = new Map<string, Map<string | null, [Figure[], Figure[]]>>();
  for (const t of targets) {
    const units = inner(m, t.kind);
    let pair = units.get(t.unit);
    if (!pair) units.set(t.unit, (pair = [[], []]));
    pair[t.delta ? 1 : 0].push(t);
  }
  const out: Figure[][] = [];
  for (const units of m.values()) for (const [level, delta] of units.values()) out.push(level, delta);
  return out.filter((g) => g.length > 1);
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

/** Each variant but the majority's, against a majority statement in another file. */
function disagreements(p: ProgramSummary, groups: Figure[][], reason: Conflict['reason']): Conflict[] {
  // The majority is the statement the most articles make (each article counted once).
  const variants = groups.map((g) => ({ g, files: new Set(g.map((f) => f.file)).size })).sort((a, b) => b.files - a.files);
  const majority = (variants[0] as { g: Figure[] }).g;
  const out: Conflict[] = [];
  for (const { g } of variants.slice(1)) {
    const pair = firstPairAcrossFiles(majority, g);
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

export function ref(f: Figure): FigureRef {
  return { file: f.file, line: f.line, start: f.start, end: f.end, sentence: f.sentence, text: f.text, value: f.value, unit: f.unit, deadline: f.deadline };
}

function describe(f: FigureRef): string {
  return f.deadline ? t('{0} by {1} ({2})', f.text, deadlineLabel(f.deadline), `${f.file}:${f.line}`) : `${f.text} (${f.file}:${f.line})`;
}

function conflict(p: ProgramSummary, a: Figure, b: Figure, reason: Conflict['reason']): Conflict {
  return conflictOf(p.name, p.key, a.kind, reason, ref(a), ref(b));
}

/** A conflict from its two sides (`a` the majority's statement). */
export function conflictOf(program: string, programKey: string, kind: Conflict['kind'], reason: Conflict['reason'], a: FigureRef, b: FigureRef): Conflict {
  return {
    program,
    programKey,
    kind,
    unit: a.unit,
    reason,
    a,
    b,
    message:
      reason === 'value'
        ? t('{0}: different figures for the same {1} target: {2} vs {3}', program, kindLabel(kind).toLowerCase(), describe(b), describe(a))
        : t('{0}: different deadlines for the same {1} target: {2} vs {3}', program, kindLabel(kind).toLowerCase(), describe(b), describe(a)),
  };
}
