/**
 * One program's merged view, built from the shares the notes contribute to it: its display
 * name, the other names it goes by, its agencies, mentions and targets (renamed to the
 * display name). Shared by `mergeSummaries` and the incremental index, so both give the
 * same result.
 */
import type { ProgramAliases } from './aliases';
import { programConfidence } from './curation';
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

/** The shares in file order (they mostly arrive so already; sorted only when they do not). */
export function inFileOrder(shares: readonly Share[]): readonly Share[] {
  return shares.every((s, i) => i === 0 || (shares[i - 1] as Share).order <= s.order) ? shares : [...shares].sort((a, b) => a.order - b.order);
}

/**
 * The merged view of a program from its shares (in any order; file order is restored).
 * `included`: the user marked it as a program (`programs.include`).
 */
export function buildProgram(key: string, shares: readonly Share[], aliases: ProgramAliases, included: boolean): ProgramSummary {
  const ordered = inFileOrder(shares);
  const { mentions, raw } = concatShares(ordered);
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
  return finishProgram(
    key,
    name,
    surfaces.map((s) => s.value),
    [...agencies].sort((a, b) => b.count - a.count).map((a) => a.value),
    mentions,
    raw,
    included,
  );
}

/** The mentions and (unrenamed) targets of shares already in file order. */
export function concatShares(ordered: readonly Share[]): { mentions: ProgramMention[]; raw: Figure[] } {
  if (ordered.length === 1) return { mentions: (ordered[0] as Share).mentions, raw: (ordered[0] as Share).targets }; // the bulk merge: no copy
  const mentions: ProgramMention[] = [];
  const raw: Figure[] = [];
  for (const s of ordered) {
    for (const m of s.mentions) mentions.push(m);
    for (const t of s.targets) raw.push(t);
  }
  return { mentions, raw };
}

/**
 * A program from its display name, its surface forms in first-seen order, its agencies
 * (most often named first), its mentions and targets in file order, and whether the user
 * marked it as a program.
 */
export function finishProgram(key: string, name: string, surfaces: readonly string[], agencies: string[], mentions: ProgramMention[], raw: Figure[], included: boolean): ProgramSummary {
  return {
    name,
    aliases: surfaces.filter((s) => s !== name),
    agencies,
    mentions,
    targets: raw.every((t) => t.program === name && t.programKey === key) ? raw : raw.map((t) => renamed(t, name, key)),
    key,
    confidence: programConfidence(mentions, raw, included),
  };
}

/** Most mentioned first, then most targets, then by name. */
export function byProminence(a: ProgramSummary, b: ProgramSummary): number {
  return b.mentions.length - a.mentions.length || b.targets.length - a.targets.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
