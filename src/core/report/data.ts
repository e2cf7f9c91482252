/**
 * What the summary report webview receives: the workspace summary flattened into rows for
 * its tables and counts per deadline year for its timeline. Plain JSON, sent with
 * `postMessage` (never inlined into the page's HTML), and rendered by the page with
 * `textContent` only.
 *
 * Strings from articles are passed through unchanged (the page shows them as text) but
 * sentences are capped, so a pathological article cannot make the message huge.
 */
import { selectSummary, type Confidence, type Conflict, type Figure, type FigureRef, type Summary } from '../summary';
import { byYear, conflictIndex, distinctMentions, placeKey } from './groups';
import { valueText } from './text';

/** Longest sentence sent to the page; longer ones end with an ellipsis. */
export const MAX_SENTENCE = 400;

/** A place the page can ask the host to reveal. */
export interface ReportPlace {
  /** The article's URI string (what a `reveal` message sends back). */
  file: string;
  /** A short name for it: the workspace-relative path. */
  label: string;
  line: number;
  start: number;
  end: number;
}

export interface ReportProgram {
  name: string;
  aliases: string[];
  agencies: string[];
  /** Mentions, once per file and line. */
  mentions: number;
  /** Distinct articles that mention it. */
  articles: number;
  targets: number;
  conflict: boolean;
  /** How sure the summary is that it is a program. */
  confidence: Confidence;
  /** Its first mention by path and line, for a link. */
  place: ReportPlace | null;
}

export interface ReportTarget {
  text: string;
  program: string | null;
  agency: string | null;
  value: number | null;
  unit: string | null;
  /** The value with its unit as the reader's language writes it (`402억 원`, `40.2 billion KRW`). */
  valueText: string;
  deadline: string | null;
  deadlineText: string | null;
  sentence: string;
  conflict: boolean;
  place: ReportPlace;
}

export interface ReportConflictSide {
  text: string;
  deadline: string | null;
  place: ReportPlace;
}

export interface ReportConflict {
  program: string;
  reason: Conflict['reason'];
  /** The statement that differs, and the one most articles make. */
  differs: ReportConflictSide;
  agreed: ReportConflictSide;
}

/** Targets per deadline year; `year` null is the no-deadline bucket (always last). */
export interface ReportYear {
  year: string | null;
  targets: number;
  conflicts: number;
}

export interface ReportData {
  notes: number;
  /** The level the programs were selected at (`selectSummary`), which the page's filter shows. */
  minConfidence: Confidence;
  programs: ReportProgram[];
  targets: ReportTarget[];
  conflicts: ReportConflict[];
  timeline: ReportYear[];
}

function cap(s: string): string {
  return s.length > MAX_SENTENCE ? `${s.slice(0, MAX_SENTENCE - 1)}…` : s;
}

/**
 * The report's data for a summary, restricted to programs at `minConfidence` or stronger
 * as `policy-notes summary --min-confidence` restricts it (the same `selectSummary`).
 * `label` names a file for display (the host passes the workspace-relative path; tests pass
 * the identity).
 */
export function reportData(whole: Summary, label: (file: string) => string, minConfidence: Confidence = 'named'): ReportData {
  const summary = selectSummary(whole, minConfidence);
  const index = conflictIndex(summary.conflicts);
  const place = (p: { file: string; line: number; start: number; end: number }): ReportPlace => ({ file: p.file, label: label(p.file), line: p.line, start: p.start, end: p.end });
  const side = (r: FigureRef): ReportConflictSide => ({ text: r.text, deadline: r.deadline, place: place(r) });
  const target = (t: Figure): ReportTarget => ({
    text: t.text,
    program: t.program,
    agency: t.agency,
    value: t.value,
    unit: t.unit,
    valueText: valueText(t),
    deadline: t.deadline,
    deadlineText: t.deadlineText,
    sentence: cap(t.sentence),
    conflict: index.places.has(placeKey(t)),
    place: place(t),
  });
  return {
    notes: summary.notes,
    minConfidence,
    programs: summary.programs.map((p) => {
      // The first mention by path and line: the index's merge order varies between runs.
      const mentions = distinctMentions(p.mentions).sort((a, b) => label(a.file).localeCompare(label(b.file)) || a.line - b.line);
      return {
        name: p.name,
        aliases: p.aliases,
        agencies: p.agencies,
        mentions: mentions.length,
        articles: new Set(mentions.map((m) => m.file)).size,
        targets: p.targets.length,
        conflict: index.programs.has(p.key),
        confidence: p.confidence,
        place: mentions[0] ? place(mentions[0]) : null,
      };
    }),
    targets: summary.targets.map(target),
    conflicts: summary.conflicts.map((c) => ({ program: c.program, reason: c.reason, differs: side(c.b), agreed: side(c.a) })),
    timeline: byYear(summary.targets).map((g) => ({
      year: g.year,
      targets: g.targets.length,
      conflicts: g.targets.filter((t) => index.places.has(placeKey(t))).length,
    })),
  };
}
