/**
 * The sidebar's filter: free text, an agency and a deadline year, all optional and
 * combined with AND. One filter applies to every summary view, so switching views keeps
 * what the user narrowed down to.
 *
 * How each part applies:
 * - text: a case-insensitive substring of a program's name or aliases (then all its
 *   targets show), or of a target's figure, sentence, program, agency or deadline phrase;
 * - agency: programs attributed to that agency; in flat target lists, targets stated for it;
 * - year: targets whose deadline falls in that year (`NO_DEADLINE` for those without one);
 *   a program shows when at least one of its targets does.
 */
import type { Figure, ProgramSummary } from '../summary';
import { deadlineYear } from './groups';
import { t } from '../l10n';

/** The year value that selects targets without a resolved deadline. */
export const NO_DEADLINE = 'none';

/** An active filter; absent parts do not filter. */
export interface SummaryFilter {
  text?: string;
  agency?: string;
  /** A four-digit year, or `NO_DEADLINE`. */
  year?: string;
}

/** A program that passed the filter, with the targets to show under it. */
export interface FilteredProgram {
  program: ProgramSummary;
  targets: Figure[];
}

function fold(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase();
}

/** True when any part of the filter is set. */
export function isActive(f: SummaryFilter): boolean {
  return !!(f.text || f.agency || f.year);
}

/** A short description for a view's title bar, e.g. `"수출" · 산업통상자원부 · 2030`. */
export function describeFilter(f: SummaryFilter): string {
  const parts: string[] = [];
  if (f.text) parts.push(`"${f.text}"`);
  if (f.agency) parts.push(f.agency);
  if (f.year) parts.push(f.year === NO_DEADLINE ? t('no deadline') : f.year);
  return parts.join(' · ');
}

function yearMatches(t: Figure, year: string | undefined): boolean {
  if (!year) return true;
  const y = deadlineYear(t.deadline);
  return year === NO_DEADLINE ? y === null : y === year;
}

function textMatchesTarget(t: Figure, text: string): boolean {
  const needle = fold(text);
  return [t.text, t.sentence, t.program, t.agency, t.deadlineText].some((s) => s !== null && fold(s).includes(needle));
}

function textMatchesProgram(p: ProgramSummary, text: string): boolean {
  const needle = fold(text);
  return [p.name, ...p.aliases].some((s) => fold(s).includes(needle));
}

/** Programs that pass the filter, in their order, each with the targets to show. */
export function filterPrograms(programs: readonly ProgramSummary[], f: SummaryFilter): FilteredProgram[] {
  if (!isActive(f)) return programs.map((program) => ({ program, targets: program.targets }));
  const out: FilteredProgram[] = [];
  for (const program of programs) {
    if (f.agency && !program.agencies.includes(f.agency)) continue;
    const byName = !f.text || textMatchesProgram(program, f.text);
    const targets = program.targets.filter((t) => yearMatches(t, f.year) && (byName || textMatchesTarget(t, f.text as string)));
    const needsTargets = !!f.year || !byName;
    if (needsTargets && targets.length === 0) continue;
    out.push({ program, targets });
  }
  return out;
}

/** Targets that pass the filter (for the flat "by deadline" view). */
export function filterTargets(targets: readonly Figure[], f: SummaryFilter): Figure[] {
  if (!isActive(f)) return [...targets];
  return targets.filter((t) => (!f.agency || t.agency === f.agency) && yearMatches(t, f.year) && (!f.text || textMatchesTarget(t, f.text)));
}
