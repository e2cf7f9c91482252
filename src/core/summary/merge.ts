/**
 * The workspace summary: note summaries merged into programs, by normalized key
 * (`programKey`) and the alias registry (built-in aliases plus `.policynotes.json`
 * `programs.aliases`), with the conflicts between articles (`conflicts.ts`).
 *
 * Merging is linear in the number of mentions and figures and never changes its input,
 * so the index can keep cached `NoteSummary` objects and re-merge after any change.
 */
import type { Config } from '../config';
import { findConflicts } from './conflicts';
import { programKey } from './normalize';
import { BUILT_IN_PROGRAM_ALIASES } from './programs';
import type { Figure, NoteSummary, ProgramMention, ProgramSummary, Summary } from './types';

/** Program keys resolved through the alias registry. */
export interface ProgramAliases {
  /** key of any name → key of its canonical name. */
  keys: Map<string, string>;
  /** canonical key → canonical display name. */
  names: Map<string, string>;
}

/** Built-in aliases, then configured ones (a configured group may rename a built-in one). */
export function buildProgramAliases(config: Pick<Config, 'programAliases'>): ProgramAliases {
  const keys = new Map<string, string>();
  const names = new Map<string, string>();
  for (const groups of [BUILT_IN_PROGRAM_ALIASES, config.programAliases]) {
    for (const [name, aliases] of Object.entries(groups)) {
      const own = programKey(name);
      if (own === '') continue;
      const target = keys.get(own) ?? aliases.map((a) => keys.get(programKey(a))).find((k) => k !== undefined) ?? own;
      names.set(target, name);
      keys.set(own, target);
      for (const a of aliases) if (programKey(a) !== '') keys.set(programKey(a), target);
    }
  }
  return { keys, names };
}

/** How often each of a few strings occurs (surface forms, agencies): a short list beats a Map here. */
type Tally = { value: string; count: number }[];

function count(t: Tally, value: string): void {
  const hit = t.find((e) => e.value === value);
  if (hit) hit.count++;
  else t.push({ value, count: 1 });
}

interface Group {
  key: string;
  mentions: ProgramMention[];
  targets: Figure[];
  surfaces: Tally;
  agencies: Tally;
  declaredName: string | null;
  /** Display name, fixed once all mentions are in. */
  name: string | null;
}

/** Merges note summaries (in the order given, which sets file order in the result). */
export function mergeSummaries(notes: readonly NoteSummary[], config: Pick<Config, 'programAliases'>): Summary {
  const aliases = buildProgramAliases(config);
  const groups = new Map<string, Group>();
  const group = (key: string): Group => {
    const k = aliases.keys.get(key) ?? key;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { key: k, mentions: [], targets: [], surfaces: [], agencies: [], declaredName: null, name: null }));
    return g;
  };
  const raw: Figure[] = [];
  const others: Figure[] = [];
  const undatedPeriod = new Map<string, string>();
  for (const note of notes) {
    if (note.date) undatedPeriod.set(note.file, note.date.slice(0, 4));
    for (const m of note.programs) {
      const g = group(m.key);
      g.mentions.push(m);
      count(g.surfaces, m.name);
      if (m.declared && g.declaredName === null) g.declaredName = m.name;
      if (m.agency) count(g.agencies, m.agency);
    }
    for (const f of note.figures) (f.status === 'target' ? raw : others).push(f);
  }
  const display = (g: Group, fallback: string | null): string => {
    if (g.name === null) g.name = aliases.names.get(g.key) ?? g.declaredName ?? mostUsed(g.surfaces) ?? fallback ?? g.key;
    return g.name;
  };
  // Copy a figure only when merging renames its program: cached note summaries are never changed.
  const rename = (f: Figure, g: Group): Figure => {
    const name = display(g, f.program);
    return f.program === name && f.programKey === g.key ? f : { ...f, program: name, programKey: g.key };
  };
  const targets = raw.map((f) => {
    if (!f.programKey) return f;
    const g = group(f.programKey);
    if (f.agency) count(g.agencies, f.agency);
    const t = rename(f, g);
    g.targets.push(t);
    return t;
  });
  const programs = [...groups.values()].map((g) => toProgram(g, display(g, null)));
  programs.sort((a, b) => b.mentions.length - a.mentions.length || b.targets.length - a.targets.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const figures = others.map((f) => (f.programKey ? rename(f, group(f.programKey)) : f));
  return { programs, targets, conflicts: findConflicts(programs, undatedPeriod), figures, notes: notes.length };
}

function toProgram(g: Group, name: string): ProgramSummary {
  const aliases = g.surfaces.filter((s) => s.value !== name).map((s) => s.value);
  const agencies = [...g.agencies].sort((a, b) => b.count - a.count).map((a) => a.value);
  return { name, aliases, agencies, mentions: g.mentions, targets: g.targets, key: g.key };
}

/** The most frequent surface form (the first seen wins a tie), or null when there is none. */
function mostUsed(surfaces: Tally): string | null {
  let best: { value: string; count: number } | null = null;
  for (const s of surfaces) if (!best || s.count > best.count) best = s;
  return best?.value ?? null;
}
