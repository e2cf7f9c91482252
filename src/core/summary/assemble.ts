/**
 * Assembling the workspace summary from built programs and the notes' figure lists, for
 * the incremental index (incremental.ts) and the one-off merge: whole, or with one note's
 * part spliced into the previous summary.
 */
import { unbound, type ProgramCuration } from './curation';
import { byProminence, renamed } from './groups';
import type { Conflict, Figure, NoteSummary, ProgramSummary, Summary } from './types';

/** A held note, with its figures as the summary lists them (renamed), cached until it or a name changes. */
export interface NoteEntry {
  note: NoteSummary;
  order: number;
  targets: Figure[] | null;
  others: Figure[] | null;
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
export function assemble(entries: readonly NoteEntry[], groups: ReadonlyMap<string, BuiltGroup>, resolve: (k: string) => string, curation: ProgramCuration, renamedAny: boolean): Summary {
  const targets: Figure[] = [];
  const figures: Figure[] = [];
  for (const e of entries) {
    if (renamedAny || !e.targets || !e.others) listFigures(e, groups, resolve, curation);
    for (const f of e.targets as Figure[]) targets.push(f);
    for (const f of e.others as Figure[]) figures.push(f);
  }
  return withPrograms(groups, targets, figures, entries.length);
}

/**
 * Fills a note's figures as the summary lists them: renamed to their programs' names, or
 * without a program when the user said theirs is none (`programs.ignore`).
 */
export function listFigures(e: NoteEntry, groups: ReadonlyMap<string, BuiltGroup>, resolve: (k: string) => string, curation: ProgramCuration): void {
  e.targets = [];
  e.others = [];
  for (const f of e.note.figures) {
    const key = f.programKey ? resolve(f.programKey) : null;
    const p = key !== null ? groups.get(key)?.program : undefined;
    (f.status === 'target' ? e.targets : e.others).push(p ? renamed(f, p.name, p.key) : key !== null && curation.ignored(key) ? unbound(f) : f);
  }
}

/** The summary from its figure lists: programs by prominence, with their conflicts. */
function withPrograms(groups: ReadonlyMap<string, BuiltGroup>, targets: Figure[], figures: Figure[], notes: number): Summary {
  const programs = [...groups.values()].map((g) => g.program as ProgramSummary).sort(byProminence);
  const conflicts = programs.flatMap((p) => (groups.get(p.key) as BuiltGroup).conflicts);
  return { programs, targets, conflicts, figures, notes };
}

/**
 * The summary after one note changed and no program was renamed: the previous summary's
 * figure lists with that note's part spliced (copies: a published summary never changes).
 */
export function spliceAssemble(
  last: Summary,
  change: EntryChange,
  notes: ReadonlyMap<string, NoteEntry>,
  groups: ReadonlyMap<string, BuiltGroup>,
  resolve: (k: string) => string,
  curation: ProgramCuration,
): Summary {
  const now = notes.get(change.file);
  if (now) listFigures(now, groups, resolve, curation);
  let targetsBefore = 0;
  let othersBefore = 0;
  // A new note is the last one; entries are held in file order.
  const order = change.order === Infinity ? (now?.order ?? Infinity) : change.order;
  for (const e of notes.values()) {
    if (e.order >= order) break;
    targetsBefore += (e.targets as Figure[]).length;
    othersBefore += (e.others as Figure[]).length;
  }
  const targets = last.targets.slice(0, targetsBefore).concat(now?.targets ?? [], last.targets.slice(targetsBefore + change.targets));
  const figures = last.figures.slice(0, othersBefore).concat(now?.others ?? [], last.figures.slice(othersBefore + change.others));
  return withPrograms(groups, targets, figures, notes.size);
}

/** The one note changed since the last summary, with the lengths of its lists in it. */
export interface EntryChange {
  file: string;
  /** Its place in file order (Infinity for a note new since the last summary: it comes last). */
  order: number;
  targets: number;
  others: number;
}
