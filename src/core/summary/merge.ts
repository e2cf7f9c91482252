/**
 * The workspace summary: note summaries merged into programs, by normalized key
 * (`programKey`) and the alias registry (built-in aliases plus `.policynotes.json`
 * `programs.aliases`, `aliases.ts`), with the conflicts between articles (`conflicts.ts`).
 *
 * Merging is linear in the number of mentions and figures and never changes its input, so
 * the index can keep cached `NoteSummary` objects. For one-file updates in a large
 * workspace, `createSummaryIndex` (`incremental.ts`) gives the same result incrementally;
 * both build programs with `groups.ts` and assemble the summary the same way.
 */
import { buildProgramAliases } from './aliases';
import { findConflicts } from './conflicts';
import { buildCuration, type MergeConfig } from './curation';
import { buildProgram, type Share } from './groups';
import { assemble, type BuiltGroup } from './assemble';
import { createSummaryIndex } from './incremental';
import type { NoteSummary, Summary } from './types';

export { buildProgramAliases, type ProgramAliases } from './aliases';

/**
 * Merges note summaries, in the order given (which sets file order in the result). A file
 * given twice counts once, with its last summary, as in the incremental index. Programs the
 * configuration ignores (`programs.ignore`) are left out and their figures unbound
 * (`curation.ts`).
 */
export function mergeSummaries(notes: readonly NoteSummary[], config: MergeConfig): Summary {
  if (new Set(notes.map((n) => n.file)).size !== notes.length) {
    const index = createSummaryIndex(config);
    for (const note of notes) index.set(note);
    return index.summary();
  }
  const aliases = buildProgramAliases(config);
  const curation = buildCuration(config, aliases);
  const resolve = (k: string) => aliases.keys.get(k) ?? k;
  // One share per program, filled in file order: the bulk path needs no per-file bookkeeping.
  const shares = new Map<string, Share>();
  const share = (key: string): Share => {
    let s = shares.get(key);
    if (!s) shares.set(key, (s = { order: 0, mentions: [], targets: [] }));
    return s;
  };
  const undatedPeriod = new Map<string, string>();
  for (const note of notes) {
    if (note.date) undatedPeriod.set(note.file, note.date.slice(0, 4));
    for (const m of note.programs) {
      const key = resolve(m.key);
      if (!curation.ignored(key)) share(key).mentions.push(m);
    }
    for (const f of note.figures) {
      if (f.status !== 'target' || !f.programKey) continue;
      const key = resolve(f.programKey);
      if (!curation.ignored(key)) share(key).targets.push(f);
    }
  }
  const groups = new Map<string, BuiltGroup>();
  for (const [key, s] of shares) {
    const program = buildProgram(key, [s], aliases, curation.included(key));
    groups.set(key, { program, conflicts: findConflicts([program], undatedPeriod) });
  }
  return assemble(
    notes.map((note) => ({ note, order: 0, targets: null, others: null })),
    groups,
    resolve,
    curation,
    true,
  );
}
