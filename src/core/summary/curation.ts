/**
 * Curation: what the user decided about program names, and how sure the merged summary is
 * that each program is one.
 *
 * The user's decisions live in `.policynotes.json`: `programs.ignore` ("Not a Program") and
 * `programs.include` ("Mark as Program"), matched by `programKey` (spaces, quotes and a
 * trailing 사업/프로그램 do not matter). An ignored program is left out of the merge
 * altogether (no program, no conflicts; its targets stay as targets without a program), so
 * the CLI, the views and the report never see it. An included one is `declared`.
 *
 * Every program of the merged summary carries a `Confidence`: the strongest its mentions
 * give, raised to `named` when two or more articles mention it (a phrase that recurs across
 * articles is less likely to be an accident of one sentence). `selectSummary` then keeps
 * the programs at or above a level; it is the one definition the CLI's `--min-confidence`,
 * the Programs view's Candidates and the report's filter share.
 */
import { mayRecur } from './programs';
import type { Config } from '../config';
import type { ProgramAliases } from './aliases';
import { programKey } from './normalize';
import type { Confidence, Figure, ProgramMention, Summary } from './types';

/** What merging reads from the configuration: aliases, and the curation lists when there are any. */
export type MergeConfig = Pick<Config, 'programAliases'> & Partial<Pick<Config, 'programIgnore' | 'programInclude'>>;

/** The user's decisions, as questions about merge keys (keys resolved through the aliases). */
export interface ProgramCuration {
  /** True when the program with this merge key is not a program (its key or canonical name is in `programs.ignore`). */
  ignored(key: string): boolean;
  /** True when the program with this merge key is one (its key or an alias of it is in `programs.include`). */
  included(key: string): boolean;
}

/** Confidence levels, weakest first: a level's index is its rank. */
export const CONFIDENCE_LEVELS: readonly Confidence[] = ['detected', 'named', 'declared'];

/** True when `level` is `min` or stronger. */
export function atLeast(level: Confidence, min: Confidence): boolean {
  return CONFIDENCE_LEVELS.indexOf(level) >= CONFIDENCE_LEVELS.indexOf(min);
}

/** True for a confidence level's name (for parsing a CLI flag or a webview message). */
export function isConfidence(v: unknown): v is Confidence {
  return typeof v === 'string' && (CONFIDENCE_LEVELS as readonly string[]).includes(v);
}

/**
 * The curation of a configuration. An included name is resolved through the aliases, so
 * marking any name of a program (its display name, a spelling, a configured alias) marks
 * the program. An ignored name is matched against the program's own key and its canonical
 * name only: ignoring `수출금융` must not drop `무역금융`, of which it is a built-in alias.
 */
export function buildCuration(config: MergeConfig, aliases: ProgramAliases): ProgramCuration {
  const resolve = (k: string) => aliases.keys.get(k) ?? k;
  const keys = (names: readonly string[] | undefined) => new Set((names ?? []).map(programKey).filter((k) => k !== ''));
  const ignoredKeys = keys(config.programIgnore);
  const includedKeys = new Set([...keys(config.programInclude)].map(resolve));
  const canonical = (key: string) => {
    const name = aliases.names.get(key);
    return name === undefined ? key : programKey(name);
  };
  return {
    ignored: (key) => ignoredKeys.size > 0 && (ignoredKeys.has(key) || ignoredKeys.has(canonical(key))),
    included: (key) => includedKeys.has(key),
  };
}

/**
 * A merged program's confidence: `declared` when the user included it or a mention (or a
 * target) comes from front matter; else `named` when a mention is named or the mentions
 * come from two or more files and the name is one that recurs as a name (`mayRecur`: not a
 * bare `K-` word or a short generic phrase); else `detected`. Depends only on the lists, not on their
 * order, so the bulk merge and the incremental index agree.
 */
export function programConfidence(mentions: readonly ProgramMention[], targets: readonly Figure[], included: boolean): Confidence {
  if (included) return 'declared';
  let named = false;
  const first = mentions[0]?.file;
  for (const m of mentions) {
    if (m.declared || m.confidence === 'declared') return 'declared';
    if (m.confidence === 'named' || (m.file !== first && mayRecur(m.name))) named = true;
  }
  for (const t of targets) if (t.declared) return 'declared';
  return named ? 'named' : 'detected';
}

/** The figure without its program (its program is not shown); the same object when it has none. */
export function unbound(f: Figure): Figure {
  return f.program === null && f.programKey === null ? f : { ...f, program: null, programKey: null };
}

/**
 * The summary restricted to programs at `min` or stronger. Targets and other figures of the
 * programs left out lose their program (they stay in the workspace lists, as any target
 * without a program does), and so do those programs' conflicts. `detected` keeps everything
 * and returns the summary itself; so does any level every program reaches.
 */
export function selectSummary(summary: Summary, min: Confidence): Summary {
  const dropped = new Set<string>();
  for (const p of summary.programs) if (!atLeast(p.confidence, min)) dropped.add(p.key);
  if (dropped.size === 0) return summary;
  const free = (f: Figure) => (f.programKey !== null && dropped.has(f.programKey) ? unbound(f) : f);
  return {
    programs: summary.programs.filter((p) => !dropped.has(p.key)),
    targets: summary.targets.map(free),
    conflicts: summary.conflicts.filter((c) => !dropped.has(c.programKey)),
    figures: summary.figures.map(free),
    notes: summary.notes,
  };
}

/** The programs of a summary below `min`: what the Programs view lists as Candidates. */
export function candidates(summary: Summary, min: Confidence): Summary['programs'] {
  return summary.programs.filter((p) => !atLeast(p.confidence, min));
}
