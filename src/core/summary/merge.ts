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

interface Group {
  key: string;
  mentions: ProgramMention[];
  targets: Figure[];
  surfaces: Map<string, number>;
  declaredName: string | null;
  agencies: Map<string, number>;
}

/** Merges note summaries (in the order given, which sets file order in the result). */
export function mergeSummaries(notes: readonly NoteSummary[], config: Pick<Config, 'programAliases'>): Summary {
  const aliases = buildProgramAliases(config);
  const resolve = (key: string) => aliases.keys.get(key) ?? key;
  const groups = new Map<string, Group>();
  const group = (key: string): Group => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, mentions: [], targets: [], surfaces: new Map(), declaredName: null, agencies: new Map() }));
    return g;
  };
  const raw: Figure[] = [];
  const figures: Figure[] = [];
  for (const note of notes) {
    for (const m of note.programs) {
      const g = group(resolve(m.key));
      g.mentions.push(m);
      g.surfaces.set(m.name, (g.surfaces.get(m.name) ?? 0) + 1);
      if (m.declared && g.declaredName === null) g.declaredName = m.name;
      if (m.agency) g.agencies.set(m.agency, (g.agencies.get(m.agency) ?? 0) + 1);
    }
    for (const f of note.figures) (f.status === 'target' ? raw : figures).push(f);
  }
  const display = (g: Group) => aliases.names.get(g.key) ?? g.declaredName ?? mostUsed(g.surfaces);
  const targets = raw.map((f) => {
    if (!f.programKey) return f;
    const g = group(resolve(f.programKey));
    if (g.surfaces.size === 0 && f.program) g.surfaces.set(f.program, 1);
    if (f.agency) g.agencies.set(f.agency, (g.agencies.get(f.agency) ?? 0) + 1);
    const name = display(g);
    // Copy only when merging renames it: cached note summaries are never changed.
    const t = f.program === name && f.programKey === g.key ? f : { ...f, program: name, programKey: g.key };
    g.targets.push(t);
    return t;
  });
  const programs = [...groups.values()].map((g) => toProgram(g, display(g)));
  programs.sort((a, b) => b.mentions.length - a.mentions.length || b.targets.length - a.targets.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const dates = new Map(notes.map((n) => [n.file, n.date]));
  const named = figures.map((f) => {
    if (!f.programKey) return f;
    const g = group(resolve(f.programKey));
    const name = display(g);
    return f.program === name && f.programKey === g.key ? f : { ...f, program: name, programKey: g.key };
  });
  return { programs, targets, conflicts: findConflicts(programs, dates), figures: named, notes: notes.length };
}

function toProgram(g: Group, name: string): ProgramSummary {
  const aliases = [...g.surfaces.keys()].filter((s) => s !== name);
  const agencies = [...g.agencies.entries()].sort((a, b) => b[1] - a[1]).map(([a]) => a);
  return { name, aliases, agencies, mentions: g.mentions, targets: g.targets, key: g.key };
}

/** The most frequent surface form; the first seen wins a tie. */
function mostUsed(surfaces: Map<string, number>): string {
  let best = '';
  let count = -1;
  for (const [s, n] of surfaces) {
    if (n > count) {
      best = s;
      count = n;
    }
  }
  return best;
}
