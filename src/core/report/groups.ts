/**
 * Groupings of the workspace summary that the sidebar and the report share: targets by
 * deadline year, programs by agency, a program's targets by what they state, and which
 * places and programs take part in a conflict. Pure and order-stable, so the trees and the
 * report's tables list things in the same order on every refresh.
 */
import type { Conflict, Figure, Place, ProgramSummary } from '../summary';

/** The year of a resolved deadline (`2028`, `2026-06` → `2028`, `2026`), else null. */
export function deadlineYear(deadline: string | null): string | null {
  const m = deadline === null ? null : /^(\d{4})/.exec(deadline);
  return m ? (m[1] as string) : null;
}

/** Targets of one deadline year; `year` null holds the targets without a resolved deadline. */
export interface YearGroup {
  year: string | null;
  targets: Figure[];
}

/** Targets by deadline year, earliest first, the no-deadline bucket last. */
export function byYear(targets: readonly Figure[]): YearGroup[] {
  const groups = new Map<string | null, Figure[]>();
  for (const t of targets) {
    const y = deadlineYear(t.deadline);
    const list = groups.get(y);
    if (list) list.push(t);
    else groups.set(y, [t]);
  }
  return [...groups.entries()].map(([year, list]) => ({ year, targets: list })).sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : a.year.localeCompare(b.year)));
}

/** Programs of one agency; `agency` null holds programs no agency was found for. */
export interface AgencyGroup {
  agency: string | null;
  programs: ProgramSummary[];
}

/** Programs by each agency they are attributed to (a program may be under several), by name. */
export function byAgency(programs: readonly ProgramSummary[]): AgencyGroup[] {
  const groups = new Map<string | null, ProgramSummary[]>();
  for (const p of programs) {
    const agencies = p.agencies.length > 0 ? p.agencies : [null];
    for (const a of agencies) {
      const list = groups.get(a);
      if (list) list.push(p);
      else groups.set(a, [p]);
    }
  }
  return [...groups.entries()].map(([agency, list]) => ({ agency, programs: list })).sort((a, b) => (a.agency === null ? 1 : b.agency === null ? -1 : a.agency.localeCompare(b.agency, 'ko')));
}

/** One statement of a program's target (figure and deadline) and every place that makes it. */
export interface TargetGroup {
  /** The first place's figure: its text, value, unit and deadline stand for the group. */
  first: Figure;
  figures: Figure[];
}

/**
 * A program's targets grouped by what they state (kind, value, unit, deadline), earliest
 * deadline first and those without one last; otherwise in first-seen order, so the
 * competing statements of a conflict sit next to each other.
 */
export function targetGroups(targets: readonly Figure[]): TargetGroup[] {
  const groups = new Map<string, TargetGroup>();
  for (const t of targets) {
    const key = `${t.kind}|${t.delta ? 'd' : ''}|${t.value ?? t.text}|${t.unit}|${t.deadline ?? t.deadlineText ?? ''}`;
    const g = groups.get(key);
    if (g) g.figures.push(t);
    else groups.set(key, { first: t, figures: [t] });
  }
  const deadline = (g: TargetGroup) => g.first.deadline;
  return [...groups.values()].sort((a, b) => {
    const x = deadline(a);
    const y = deadline(b);
    return x === y ? 0 : x === null ? 1 : y === null ? -1 : x.localeCompare(y);
  });
}

/** A key for a place that is stable across merges: the file and the span. */
export function placeKey(p: Pick<Place, 'file' | 'start' | 'end'>): string {
  return `${p.start}:${p.end}:${p.file}`;
}

/** What takes part in a conflict, for warning icons and flags. */
export interface ConflictIndex {
  /** Program keys (`ProgramSummary.key`) with at least one conflict. */
  programs: ReadonlySet<string>;
  /** `placeKey`s of both sides of every conflict. */
  places: ReadonlySet<string>;
  /** Conflicts by program key. */
  byProgram: ReadonlyMap<string, Conflict[]>;
}

/** Indexes conflicts by program and by place. */
export function conflictIndex(conflicts: readonly Conflict[]): ConflictIndex {
  const programs = new Set<string>();
  const places = new Set<string>();
  const byProgram = new Map<string, Conflict[]>();
  for (const c of conflicts) {
    programs.add(c.programKey);
    places.add(placeKey(c.a));
    places.add(placeKey(c.b));
    const list = byProgram.get(c.programKey);
    if (list) list.push(c);
    else byProgram.set(c.programKey, [c]);
  }
  return { programs, places, byProgram };
}

/** Mentions of a program once per file and line, in order (what the CLI lists as `mentions`). */
export function distinctMentions<T extends Pick<Place, 'file' | 'line'>>(mentions: readonly T[]): T[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const k = `${m.line}:${m.file}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
