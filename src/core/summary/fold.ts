/**
 * Front-matter restatements folded into the body's statement. Articles repeat their key
 * figure in the front matter's title and excerpt (`370조 원` in a seed's title, description
 * and body); the body's sentence says it with its context, so the summary keeps that one.
 * Statements on different lines of the body are each a target of their own: a release
 * restates its figure where it applies it (a budget total in the lead, again in its table
 * and its section), and docs/summary-accuracy.md counts a target per line.
 *
 * Two figures are one when they have the same status, kind, value and unit (`200개` and
 * `200개 사` count alike), and neither their deadlines nor their programs
 * disagree (equal, or one missing). The most specific statement stays (a declared one, then
 * one with a deadline, then one in the body, then one with a program), and a program or
 * agency only the other statement names is carried over.
 */
import type { Figure } from './types';

function score(f: Figure, bodyStart: number): number {
  return (f.declared ? 8 : 0) + (f.deadline ? 4 : 0) + (f.start >= bodyStart ? 2 : 0) + (f.programKey ? 1 : 0);
}

/** `200개` and `200개 사` count the same firms; other units stay apart (`1000곳` is not `1000명`). */
function unitKey(f: Figure): string | null {
  return f.unit === '개사' ? '개' : f.unit;
}

function groupKey(f: Figure): string {
  return `${f.status}|${f.kind}|${f.value}|${unitKey(f)}|${f.delta ? 'd' : ''}`;
}

function compatible(a: Figure, b: Figure, bodyStart: number): boolean {
  if (a.start >= bodyStart && b.start >= bodyStart && !a.declared && !b.declared) return false;
  return (!a.deadline || !b.deadline || a.deadline === b.deadline) && (!a.programKey || !b.programKey || a.programKey === b.programKey);
}

/** Folds front-matter restatements into the body; the result is in text order. */
export function foldRestatements(figures: readonly Figure[], bodyStart: number): Figure[] {
  const outside = (f: Figure) => f.declared || f.start < bodyStart;
  if (!figures.some(outside)) return [...figures];
  // Body figures never fold with each other: only each front-matter or declared one looks for its partner.
  const groups = new Map<string, Figure[]>();
  const kept: Figure[] = [];
  for (const f of figures) {
    const key = groupKey(f);
    const list = groups.get(key) ?? groups.set(key, []).get(key)!;
    const i = list.findIndex((k) => (outside(k) || outside(f)) && compatible(k, f, bodyStart));
    if (i < 0) {
      list.push(f);
      kept.push(f);
      continue;
    }
    const merged = combine(list[i] as Figure, f, bodyStart);
    kept[kept.indexOf(list[i] as Figure)] = merged;
    list[i] = merged;
  }
  return kept.sort((a, b) => a.start - b.start);
}

function combine(a: Figure, b: Figure, bodyStart: number): Figure {
  const [best, other] = score(b, bodyStart) > score(a, bodyStart) ? [b, a] : [a, b];
  if ((best.program || !other.program) && (best.agency || !other.agency)) return best;
  return {
    ...best,
    program: best.program ?? other.program,
    programKey: best.programKey ?? other.programKey,
    agency: best.agency ?? other.agency,
  };
}
