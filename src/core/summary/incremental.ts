/**
 * An incrementally maintained workspace summary, for the index: set or delete one note's
 * summary, then read the merged view. Only the programs the changed note touches (before
 * and after the change) are rebuilt, with their conflicts; the rest is reused. The result
 * is exactly `mergeSummaries` of the notes in the order they were first set (that function
 * is this index, filled once), so a one-file update costs about the size of the programs
 * it touches plus one pass over the workspace's target list, not a full merge.
 *
 * Note summaries are kept by reference and never changed.
 */
import type { Config } from '../config';
import { buildProgramAliases, type ProgramAliases } from './aliases';
import { findConflicts } from './conflicts';
import { buildProgram, byProminence, renamed, type Share } from './groups';
import type { Conflict, Figure, NoteSummary, ProgramSummary, Summary } from './types';

/** A workspace summary kept up to date one note at a time. */
export interface SummaryIndex {
  /** Adds a note, or replaces the note with the same `file` (keeping its place in file order). */
  set(note: NoteSummary): void;
  /** Removes a note; false when there was none. */
  delete(file: string): boolean;
  /** The merged view (cached until the next change). */
  summary(): Summary;
  /**
   * Rebuilds changed programs for at most about `budgetMs` (one program at least), so a host
   * can spread a large rebuild over several turns; true when none is left and `summary()`
   * only assembles.
   */
  refreshSome(budgetMs: number): boolean;
  /** Number of notes held. */
  readonly size: number;
}

interface Group extends BuiltGroup {
  shares: Map<string, Share>;
}

/** A held note, with its figures as the summary lists them (renamed), cached until it or a name changes. */
export interface NoteEntry {
  note: NoteSummary;
  order: number;
  targets: Figure[] | null;
  others: Figure[] | null;
}

/** Program keys a note touches: those of its mentions and of its figures. */
function keysOf(note: NoteSummary, resolve: (k: string) => string): Set<string> {
  const keys = new Set<string>();
  for (const m of note.programs) keys.add(resolve(m.key));
  for (const f of note.figures) if (f.programKey) keys.add(resolve(f.programKey));
  return keys;
}

/** The programs' shares, with the keys changed since the last refresh. */
function shareStore(resolve: (k: string) => string) {
  const groups = new Map<string, Group>();
  const dirty = new Set<string>();
  const undatedPeriod = new Map<string, string>();
  const share = (key: string, file: string, order: number): Share => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { shares: new Map(), program: null, conflicts: [] }));
    dirty.add(key);
    let s = g.shares.get(file);
    if (!s) g.shares.set(file, (s = { order, mentions: [], targets: [] }));
    return s;
  };
  return {
    groups,
    dirty,
    undatedPeriod,
    add(note: NoteSummary, order: number) {
      if (note.date) undatedPeriod.set(note.file, note.date.slice(0, 4));
      for (const m of note.programs) share(resolve(m.key), note.file, order).mentions.push(m);
      for (const f of note.figures) if (f.status === 'target' && f.programKey) share(resolve(f.programKey), note.file, order).targets.push(f);
    },
    remove(note: NoteSummary) {
      undatedPeriod.delete(note.file);
      for (const key of keysOf(note, resolve)) {
        // Emptied, not deleted: a replaced note keeps its place among the program's shares.
        const s = groups.get(key)?.shares.get(note.file);
        if (s) {
          s.mentions = [];
          s.targets = [];
          dirty.add(key);
        }
      }
    },
  };
}

/** Creates an empty index for a configuration (its program aliases). */
export function createSummaryIndex(config: Pick<Config, 'programAliases'>): SummaryIndex {
  const aliases = buildProgramAliases(config);
  const resolve = (k: string) => aliases.keys.get(k) ?? k;
  const notes = new Map<string, NoteEntry>();
  const store = shareStore(resolve);
  let counter = 0;
  let cached: Summary | null = null;
  /** A program was renamed or removed by a partial refresh (refreshSome) not yet assembled. */
  let renamedPending = false;
  return {
    set(note) {
      const old = notes.get(note.file);
      if (old) store.remove(old.note);
      const order = old?.order ?? counter++;
      notes.set(note.file, { note, order, targets: null, others: null });
      store.add(note, order);
      cached = null;
    },
    delete(file) {
      const old = notes.get(file);
      if (!old) return false;
      store.remove(old.note);
      notes.delete(file);
      cached = null;
      return true;
    },
    summary() {
      if (!cached) {
        const renamedAny = refresh(store.groups, store.dirty, aliases, store.undatedPeriod) || renamedPending;
        renamedPending = false;
        cached = assemble([...notes.values()], store.groups, resolve, renamedAny);
      }
      return cached;
    },
    refreshSome(budgetMs) {
      if (cached) return true;
      renamedPending = refresh(store.groups, store.dirty, aliases, store.undatedPeriod, performance.now() + budgetMs) || renamedPending;
      return store.dirty.size === 0;
    },
    get size() {
      return notes.size;
    },
  };
}

/** Rebuilds changed programs (dropping emptied ones); true when a program's display name changed or it went away. */
function refresh(groups: Map<string, Group>, dirty: Set<string>, aliases: ProgramAliases, undatedPeriod: ReadonlyMap<string, string>, deadline = Infinity): boolean {
  let renamedAny = false;
  let first = true;
  for (const key of dirty) {
    if (!first && deadline !== Infinity && performance.now() > deadline) return renamedAny;
    first = false;
    dirty.delete(key);
    const g = groups.get(key);
    if (!g) continue;
    for (const [file, s] of g.shares) if (s.mentions.length === 0 && s.targets.length === 0) g.shares.delete(file);
    const before = g.program?.name;
    if (g.shares.size === 0) {
      groups.delete(key);
      renamedAny = true;
      continue;
    }
    g.program = buildProgram(key, [...g.shares.values()], aliases);
    g.conflicts = findConflicts([g.program], undatedPeriod);
    if (before !== undefined && before !== g.program.name) renamedAny = true;
  }
  return renamedAny;
}

/** A built program and its conflicts. */
export interface BuiltGroup {
  program: ProgramSummary | null;
  conflicts: Conflict[];
}

/**
 * The summary from up-to-date groups: programs by prominence, targets and other figures in
 * file order. A note's renamed figures are reused unless `renamedAny` says names changed.
 */
export function assemble(entries: readonly NoteEntry[], groups: ReadonlyMap<string, BuiltGroup>, resolve: (k: string) => string, renamedAny: boolean): Summary {
  const programs = [...groups.values()].map((g) => g.program as ProgramSummary).sort(byProminence);
  const rename = (f: Figure): Figure => {
    const p = f.programKey ? groups.get(resolve(f.programKey))?.program : undefined;
    return p ? renamed(f, p.name, p.key) : f;
  };
  const targets: Figure[] = [];
  const figures: Figure[] = [];
  for (const e of entries) {
    if (renamedAny || !e.targets || !e.others) {
      e.targets = [];
      e.others = [];
      for (const f of e.note.figures) (f.status === 'target' ? e.targets : e.others).push(rename(f));
    }
    for (const f of e.targets) targets.push(f);
    for (const f of e.others) figures.push(f);
  }
  const conflicts = programs.flatMap((p) => (groups.get(p.key) as BuiltGroup).conflicts);
  return { programs, targets, conflicts, figures, notes: entries.length };
}
