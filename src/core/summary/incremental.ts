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
import { buildProgramAliases, type ProgramAliases } from './aliases';
import { conflictOf, findConflicts, ref } from './conflicts';
import { buildCuration, programConfidence, type MergeConfig, type ProgramCuration } from './curation';
import { concatShares, finishProgram, inFileOrder, renamed, type Share } from './groups';
import type { Conflict, Figure, FigureRef, NoteSummary, ProgramSummary, Summary } from './types';
import { assemble, listFigures, spliceAssemble, type BuiltGroup, type EntryChange, type NoteEntry } from './assemble';
import { position, tallyOne, TARGET_PHASE, type Seen } from './tallies';

/** A workspace summary kept up to date one note at a time. */
export interface SummaryIndex {
  /** Adds a note, or replaces the note with the same `file` (keeping its place in file order). */
  set(note: NoteSummary): void;
  /** Removes a note; false when there was none. */
  delete(file: string): boolean;
  /** The merged view (cached until the next change). */
  summary(): Summary;
  /**
   * Rebuilds changed programs, then lists the notes' figures under their programs' names,
   * for at most about `budgetMs` (one program at least), so a host can spread a large rebuild
   * over several turns; true when nothing is left and `summary()` only joins the lists.
   */
  refreshSome(budgetMs: number): boolean;
  /** Number of notes held. */
  readonly size: number;
}

/** A program's shares, with running tallies of its names and agencies (so a one-note change costs that note, not the program). */
interface Group extends BuiltGroup {
  shares: Map<string, Share>;
  surfaces: Map<string, Seen>;
  agencies: Map<string, Seen>;
  /** Shares with a declared mention (front matter `programs:`). */
  declaring: Set<Share>;
  /** Files whose share was emptied since the last build (dropped then, unless refilled). */
  emptied: Set<string>;
  /**
   * The one share changed since the last build, with its lengths before the change, so the
   * program's lists can be spliced instead of rebuilt; `many` when several changed.
   */
  changed: Change | 'many' | null;
}

/** A share about to change: what it held, and its note's year (the period of its undated targets). */
interface Change {
  file: string;
  share: Share;
  mentions: number;
  targets: Figure[];
  period: string | undefined;
}

function newGroup(): Group {
  return { shares: new Map(), program: null, conflicts: [], surfaces: new Map(), agencies: new Map(), declaring: new Set(), emptied: new Set(), changed: null };
}

/** Notes that a share is about to change (call before it does). */
function markChanged(g: Group, file: string, s: Share, period: string | undefined): void {
  if (g.changed === null) g.changed = { file, share: s, mentions: s.mentions.length, targets: s.targets.slice(), period };
  else if (g.changed !== 'many' && g.changed.share !== s) g.changed = 'many';
}

/**
 * The program's conflicts after one note changed, when they need not be found again: the
 * note states the same targets (kind, unit, level or change, figure, deadline, in the same
 * order) for the same period, so every conflict keeps its shape, and the sides the note
 * holds move to its new statements (their lines and sentences may have changed). Null when
 * the conflicts must be recomputed.
 */
function carriedConflicts(c: Change, g: Group, undatedPeriod: ReadonlyMap<string, string>, program: ProgramSummary): Conflict[] | null {
  const now = c.share.targets;
  if (now.length !== c.targets.length) return null;
  if (now.length > 0 && undatedPeriod.get(c.file) !== c.period) return null;
  for (let i = 0; i < now.length; i++) {
    const a = now[i] as Figure;
    const b = c.targets[i] as Figure;
    if (a.kind !== b.kind || a.unit !== b.unit || a.delta !== b.delta || a.value !== b.value || a.deadline !== b.deadline) return null;
  }
  let lost = false;
  const moved = (x: Conflict, r: FigureRef): FigureRef => {
    if (r.file !== c.file) return r;
    // The old target the side was made from: its place and figure (two targets can share a
    // place, e.g. declared ones under a YAML alias); when that is ambiguous, find them again.
    let i = -1;
    c.targets.forEach((t, j) => {
      if (t.start === r.start && t.end === r.end && t.kind === x.kind && t.text === r.text && t.value === r.value && t.unit === r.unit && t.deadline === r.deadline) i = i === -1 ? j : -2;
    });
    if (i < 0) lost = true;
    return i < 0 ? r : ref(now[i] as Figure);
  };
  const out = g.conflicts.map((x) => (x.a.file === c.file || x.b.file === c.file ? conflictOf(program.name, program.key, x.kind, x.reason, moved(x, x.a), moved(x, x.b)) : x));
  return lost ? null : out;
}

/** Adds a share's names and agencies to its group's tallies, or takes them out. */
function tally(g: Group, s: Share, add: boolean): void {
  let declares = false;
  s.mentions.forEach((m, i) => {
    const pos = position(s.order, i);
    tallyOne(g.surfaces, m.name, pos, s.order, add);
    if (m.agency) tallyOne(g.agencies, m.agency, pos, s.order, add);
    if (m.declared) declares = true;
  });
  s.targets.forEach((t, i) => {
    if (t.agency) tallyOne(g.agencies, t.agency, TARGET_PHASE + position(s.order, i), s.order, add);
  });
  if (declares && add) g.declaring.add(s);
  else g.declaring.delete(s);
}

/**
 * Finds again where stale names and agencies first occur, scanning the shares in file order
 * (`inOrder`, asked for only when something is stale) until each is found.
 */
function relocate(g: Group, inOrder: () => readonly Share[]): void {
  const stale = (m: Map<string, Seen>) => {
    let n = 0;
    for (const e of m.values()) if (e.first === -1) n++;
    return n;
  };
  let left = stale(g.surfaces) + stale(g.agencies);
  if (left === 0) return;
  const ordered = inOrder();
  const found = (map: Map<string, Seen>, value: string, pos: number, order: number) => {
    const e = map.get(value);
    if (e && e.first === -1) {
      e.first = pos;
      e.firstOrder = order;
      left--;
    }
  };
  for (const s of ordered) {
    if (left === 0) return;
    s.mentions.forEach((m, i) => {
      found(g.surfaces, m.name, position(s.order, i), s.order);
      if (m.agency) found(g.agencies, m.agency, position(s.order, i), s.order);
    });
  }
  for (const s of ordered) {
    if (left === 0) return;
    s.targets.forEach((t, i) => t.agency && found(g.agencies, t.agency, TARGET_PHASE + position(s.order, i), s.order));
  }
}

/** A program from its group: the same as `buildProgram` over its shares, with names and agencies from the tallies. */
function buildGroup(key: string, g: Group, aliases: ProgramAliases, changed: Change | 'many' | null, included: boolean): ProgramSummary {
  let ordered: readonly Share[] | null = null;
  const inOrder = () => (ordered ??= inFileOrder([...g.shares.values()]));
  relocate(g, inOrder);
  const surfaces = [...g.surfaces].sort((a, b) => a[1].first - b[1].first);
  let mostUsed: [string, Seen] | undefined;
  for (const e of surfaces) if (!mostUsed || e[1].count > mostUsed[1].count) mostUsed = e;
  let declarer: Share | undefined;
  for (const s of g.declaring) if (!declarer || s.order < declarer.order) declarer = s;
  const declared = declarer?.mentions.find((m) => m.declared)?.name ?? null;
  const agencies = [...g.agencies].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first).map((a) => a[0]);
  const prev = g.program;
  const known = aliases.names.get(key) ?? declared ?? mostUsed?.[0];
  if (prev && known === prev.name && changed !== null && changed !== 'many') {
    // One note changed and the name stands: splice its part of the lists (the lists are
    // copied, never changed: a published summary stays as it was).
    const s = changed.share;
    let mentionsBefore = 0;
    let targetsBefore = 0;
    for (const o of g.shares.values()) {
      if (o !== s && o.order < s.order) {
        mentionsBefore += o.mentions.length;
        targetsBefore += o.targets.length;
      }
    }
    const mentions = prev.mentions.slice(0, mentionsBefore).concat(s.mentions, prev.mentions.slice(mentionsBefore + changed.mentions));
    const targets = prev.targets.slice(0, targetsBefore).concat(
      s.targets.map((t) => renamed(t, known, key)),
      prev.targets.slice(targetsBefore + changed.targets.length),
    );
    return { name: known, aliases: surfaces.map((e) => e[0]).filter((n) => n !== known), agencies, mentions, targets, key, confidence: programConfidence(mentions, targets, included) };
  }
  const { mentions, raw } = concatShares(inOrder());
  const name = known ?? raw[0]?.program ?? key;
  return finishProgram(
    key,
    name,
    surfaces.map((e) => e[0]),
    agencies,
    mentions,
    raw,
    included,
  );
}

/** Program keys a note touches: those of its mentions and of its figures. */
function keysOf(note: NoteSummary, resolve: (k: string) => string): Set<string> {
  const keys = new Set<string>();
  for (const m of note.programs) keys.add(resolve(m.key));
  for (const f of note.figures) if (f.programKey) keys.add(resolve(f.programKey));
  return keys;
}

/** The programs' shares, with the keys changed since the last refresh (none for ignored programs). */
function shareStore(resolve: (k: string) => string, curation: ProgramCuration) {
  const groups = new Map<string, Group>();
  const dirty = new Set<string>();
  const undatedPeriod = new Map<string, string>();
  const share = (key: string, file: string, order: number, touched: Set<Share>): Share => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = newGroup()));
    dirty.add(key);
    let s = g.shares.get(file);
    // A share left by a deleted note (emptied, not yet dropped) has its old place: a note
    // added again under that file comes last, so it gets a share of its own.
    if (!s || s.order !== order) g.shares.set(file, (s = { order, mentions: [], targets: [] }));
    if (!touched.has(s)) {
      markChanged(g, file, s, undefined);
      touched.add(s);
      shareGroup.set(s, g);
    }
    return s;
  };
  /** The group of each share being filled (only while `add` runs). */
  const shareGroup = new Map<Share, Group>();
  return {
    groups,
    dirty,
    undatedPeriod,
    add(note: NoteSummary, order: number) {
      if (note.date) undatedPeriod.set(note.file, note.date.slice(0, 4));
      const touched = new Set<Share>();
      for (const m of note.programs) {
        const key = resolve(m.key);
        if (!curation.ignored(key)) share(key, note.file, order, touched).mentions.push(m);
      }
      for (const f of note.figures) {
        if (f.status !== 'target' || !f.programKey) continue;
        const key = resolve(f.programKey);
        if (!curation.ignored(key)) share(key, note.file, order, touched).targets.push(f);
      }
      for (const s of touched) tally(shareGroup.get(s) as Group, s, true);
      shareGroup.clear();
    },
    remove(note: NoteSummary) {
      const period = undatedPeriod.get(note.file);
      undatedPeriod.delete(note.file);
      for (const key of keysOf(note, resolve)) {
        // Emptied, not deleted: a replaced note keeps its place among the program's shares.
        const g = groups.get(key);
        const s = g?.shares.get(note.file);
        if (g && s) {
          tally(g, s, false);
          markChanged(g, note.file, s, period);
          g.emptied.add(note.file);
          s.mentions = [];
          s.targets = [];
          dirty.add(key);
        }
      }
    },
  };
}

/** Creates an empty index for a configuration (its program aliases, ignored and included names). */
export function createSummaryIndex(config: MergeConfig): SummaryIndex {
  const aliases = buildProgramAliases(config);
  const curation = buildCuration(config, aliases);
  const resolve = (k: string) => aliases.keys.get(k) ?? k;
  const notes = new Map<string, NoteEntry>();
  const store = shareStore(resolve, curation);
  let counter = 0;
  let cached: Summary | null = null;
  /** A program was renamed or removed by a partial refresh (refreshSome) not yet assembled. */
  let renamedPending = false;
  /** The last summary assembled, and the one note changed since (else `many`). */
  let last: Summary | null = null;
  let change: EntryChange | 'many' | null = null;
  const changing = (file: string, old: NoteEntry | undefined) => {
    // A note deleted since the last summary and added again comes last: not one splice.
    if (change === 'many' || (change && change.file === file && (old || change.order === Infinity))) return;
    if (change || !last || (old && (!old.targets || !old.others))) change = 'many';
    else change = { file, order: old?.order ?? Infinity, targets: old?.targets?.length ?? 0, others: old?.others?.length ?? 0 };
  };
  return {
    set(note) {
      const old = notes.get(note.file);
      changing(note.file, old);
      if (old) store.remove(old.note);
      const order = old?.order ?? counter++;
      notes.set(note.file, { note, order, targets: null, others: null });
      store.add(note, order);
      cached = null;
    },
    delete(file) {
      const old = notes.get(file);
      if (!old) return false;
      changing(file, old);
      store.remove(old.note);
      notes.delete(file);
      cached = null;
      return true;
    },
    summary() {
      if (!cached) {
        const renamedAny = refresh(store.groups, store.dirty, aliases, curation, store.undatedPeriod) || renamedPending;
        renamedPending = false;
        cached =
          last && change && change !== 'many' && !renamedAny
            ? spliceAssemble(last, change, notes, store.groups, resolve, curation)
            : assemble([...notes.values()], store.groups, resolve, curation, renamedAny);
        last = cached;
        change = null;
      }
      return cached;
    },
    refreshSome(budgetMs) {
      if (cached) return true;
      const deadline = performance.now() + budgetMs;
      renamedPending = refresh(store.groups, store.dirty, aliases, curation, store.undatedPeriod, deadline) || renamedPending;
      if (store.dirty.size > 0) return false;
      // Every program is built: the notes' figure lists (under their programs' names) are
      // filled too, a slice at a time, so summary() only joins them. After a rename it lists
      // every note anew anyway.
      if (renamedPending) return true;
      let n = 0;
      for (const e of notes.values()) {
        if (e.targets && e.others) continue;
        if ((++n & 63) === 0 && performance.now() > deadline) return false;
        listFigures(e, store.groups, resolve, curation);
      }
      return true;
    },
    get size() {
      return notes.size;
    },
  };
}

/** Rebuilds changed programs (dropping emptied ones); true when a program's display name changed or it went away. */
function refresh(groups: Map<string, Group>, dirty: Set<string>, aliases: ProgramAliases, curation: ProgramCuration, undatedPeriod: ReadonlyMap<string, string>, deadline = Infinity): boolean {
  let renamedAny = false;
  let first = true;
  for (const key of dirty) {
    if (!first && deadline !== Infinity && performance.now() > deadline) return renamedAny;
    first = false;
    dirty.delete(key);
    const g = groups.get(key);
    if (!g) continue;
    for (const file of g.emptied) {
      const s = g.shares.get(file);
      if (s && s.mentions.length === 0 && s.targets.length === 0) g.shares.delete(file);
    }
    g.emptied.clear();
    const before = g.program?.name;
    if (g.shares.size === 0) {
      groups.delete(key);
      renamedAny = true;
      continue;
    }
    const changed = g.changed;
    g.changed = null;
    const prev = g.program;
    g.program = buildGroup(key, g, aliases, changed, curation.included(key));
    const carried = prev !== null && prev.name === g.program.name && changed !== null && changed !== 'many' ? carriedConflicts(changed, g, undatedPeriod, g.program) : null;
    g.conflicts = carried ?? findConflicts([g.program], undatedPeriod);
    // A program new since the last build renames no other note's figures: a note's figures
    // name only programs that note mentions, and a note set again lists its figures anew.
    if (before !== undefined && before !== g.program.name) renamedAny = true;
  }
  return renamedAny;
}
