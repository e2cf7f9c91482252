/**
 * One program's merged view, built from the shares the notes contribute to it: its display
 * name, the other names it goes by, its agencies, mentions and targets (renamed to the
 * display name). Shared by `mergeSummaries` and the incremental index, so both give the
 * same result.
 */
import type { ProgramAliases } from './aliases';
import type { Figure, ProgramMention, ProgramSummary } from './types';

/** What one note contributes to one program. */
export interface Share {
  /** The note's position in file order. */
  order: number;
  mentions: ProgramMention[];
  /** Targets as the note states them (not renamed). */
  targets: Figure[];
}

/** How often each of a few strings occurs (surface forms, agencies): a short list beats a Map here. */
type Tally = { value: string; count: number }[];

function count(t: Tally, value: string): void {
  for (const e of t) {
    if (e.value === value) {
      e.count++;
      return;
    }
  }
  t.push({ value, count: 1 });
}

/** The most frequent value (the first seen wins a tie), or null when there is none. */
function mostUsed(t: Tally): string | null {
  let best: { value: string; count: number } | null = null;
  for (const s of t) if (!best || s.count > best.count) best = s;
  return best?.value ?? null;
}

/**
 * The figure with its program renamed to `name` and keyed by `key`; the same object when
 * nothing changes (cached note summaries are never modified).
 */
export function renamed(f: Figure, name: string, key: string): Figure {
  return f.program === name && f.programKey === key ? f : { ...f, program: name, programKey: key };
}

/** The merged view of a program from its shares (in any order; file order is restored). */
export function buildProgram(key: string, shares: readonly Share[], aliases: ProgramAliases): ProgramSummary {
  // Shares mostly arrive in file order already; sort only when they do not.
  const ordered = shares.every((s, i) => i === 0 || (shares[i - 1] as Share).order <= s.order) ? shares : [...shares].sort((a, b) => a.order - b.order);
  let mentions: ProgramMention[] = [];
  let raw: Figure[] = [];
  if (ordered.length === 1) ({ mentions, targets: raw } = ordered[0] as Share); // the bulk merge: no copy
  else {
    for (const s of ordered) {
      for (const m of s.mentions) mentions.push(m);
      for (const t of s.targets) raw.push(t);
    }
  }
  const surfaces: Tally = [];
  const agencies: Tally = [];
  let declared: string | null = null;
  for (const m of mentions) {
    count(surfaces, m.name);
    if (m.declared && declared === null) declared = m.name;
    if (m.agency) count(agencies, m.agency);
  }
  for (const t of raw) if (t.agency) count(agencies, t.agency);
  const name = aliases.names.get(key) ?? declared ?? mostUsed(surfaces) ?? raw[0]?.program ?? key;
  return {
    name,
    aliases: surfaces.filter((s) => s.value !== name).map((s) => s.value),
    agencies: [...agencies].sort((a, b) => b.count - a.count).map((a) => a.value),
    mentions,
    targets: raw.every((t) => t.program === name && t.programKey === key) ? raw : raw.map((t) => renamed(t, name, key)),
    key,
  };
}

/** Most mentioned first, then most targets, then by name. */
export function byProminence(a: ProgramSummary, b: ProgramSummary): number {
  return b.mentions.length - a.mentions.length || b.targets.length - a.targets.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
