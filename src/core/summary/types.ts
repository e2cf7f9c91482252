/**
 * The summary's data: what one note says about programs and targets (`NoteSummary`, the
 * per-file result the workspace index caches by content hash) and what the workspace says
 * once notes are merged (`Summary`, what the sidebar and `policy-notes summary` show).
 *
 * Everything here is plain JSON data (no class instances, no Maps, no back references), so
 * a `NoteSummary` can be cached, sent to a worker or a webview, and compared as is.
 * Offsets are 0-based UTF-16 indexes into the note's text (as in `model.ts`); lines are
 * 1-based, as the CLI prints them.
 */
import type { ClaimKind } from '../model';

/** Where something is said: enough for the CLI to print it and for the editor to reveal it. */
export interface Place {
  /** The note's URI as given to `parseNote` (the CLI passes the display path). */
  file: string;
  /** 1-based line of `start`. */
  line: number;
  /** First code unit of the span in the note's text. */
  start: number;
  /** One past the last code unit. */
  end: number;
  /** The sentence the span is in, tags stripped and blanks collapsed (for tooltips). */
  sentence: string;
}

/**
 * How sure the summary is that a name is a program, strongest first: declared in front
 * matter or marked by the user (`programs.include`); named (quoted or bracketed, a `K-` or
 * brand form, a known instrument or configured alias, a row of a budget table, or found in
 * two or more articles); detected (a phrase ending in a program word and nothing more).
 */
export type Confidence = 'declared' | 'named' | 'detected';

/** One mention of a program in a note: a name found in the text or declared in front matter. */
export interface ProgramMention extends Place {
  /** The name as written (quotes removed), e.g. `K-수출스타`, `수출 바우처 사업`. */
  name: string;
  /** Normalized key of `name` (see `programKey`); merging maps it through the alias registry. */
  key: string;
  /** True when declared in the front-matter `programs:` list rather than found in prose. */
  declared: boolean;
  /** The evidence this mention alone gives that the name is a program. */
  confidence: Confidence;
  /** Canonical name of the agency the mention's clause or sentence names, if any. */
  agency: string | null;
}

/**
 * What a figure is. A target is a figure in a goal statement (목표, 육성, 확대 …); a forecast
 * (전망, 예상) and a past result (기록, 달성했다) are kept as figures but are not targets.
 */
export type FigureStatus = 'target' | 'forecast' | 'result';

/**
 * A numeric claim in a statement about a program or policy, with what it is bound to.
 * The first eight fields are the `T` record of docs/design.md's `summary` contract, in order.
 */
export interface Figure extends Place {
  /** Exact source text of the claim, e.g. `200개 사`. */
  text: string;
  /** The program the sentence or paragraph names (as written in the note; merging renames it). */
  program: string | null;
  /** Canonical agency name. */
  agency: string | null;
  /** Normalized value, as the claims recognizer gives it. */
  value: number | null;
  /** Unit of `value` (ISO 4217 code, counter, `%` …). */
  unit: string | null;
  /**
   * The deadline, resolved against the article's date: a year (`2028`), or a year and month
   * (`2026-06` for 상반기, `2026-12` for 하반기). Null when none is stated or it cannot be resolved.
   */
  deadline: string | null;
  /** Normalized program key of `program` (null with it). */
  programKey: string | null;
  kind: ClaimKind;
  status: FigureStatus;
  /** Source text of the deadline phrase (`2028년까지`, `향후 5년 내`), even when unresolved. */
  deadlineText: string | null;
  /** True for a change rather than a level (`5조 원 추가`, `9.0% 증가`): not comparable with levels. */
  delta: boolean;
  /** True when it comes from the front-matter `programs:` list. */
  declared: boolean;
}

/** Everything the summary needs from one note. Plain data: cache it by content hash. */
export interface NoteSummary {
  file: string;
  /** The article's date (`YYYY-MM-DD`): front matter `date` or `approve_date`, or a byline; null if none. */
  date: string | null;
  /** Every program mention, in text order (declared ones first). */
  programs: ProgramMention[];
  /** Targets, forecasts and results, in text order; restatements within the note folded into one. */
  figures: Figure[];
}

/** A program as the workspace knows it, merged across notes. */
export interface ProgramSummary {
  /** Display name: the configured canonical name, else the declared one, else the most used form. */
  name: string;
  /** Other names it appears under in the notes. */
  aliases: string[];
  /** Canonical agency names, most often named first. */
  agencies: string[];
  mentions: ProgramMention[];
  /** Its targets (status `target`), `program` set to `name`. */
  targets: Figure[];
  /** Merge key (normalized canonical name). */
  key: string;
  /**
   * How sure the summary is that this is a program: the strongest confidence of its
   * mentions, `named` when two or more articles mention it, `declared` when the user marked
   * it (`programs.include`). See `curation.ts`.
   */
  confidence: Confidence;
}

/** One side of a conflict. */
export type FigureRef = Pick<Figure, 'file' | 'line' | 'start' | 'end' | 'sentence' | 'text' | 'value' | 'unit' | 'deadline'>;

/**
 * Two articles state the same program and metric (kind and unit) differently: another
 * figure for the same deadline, or the same figure with another deadline. `a` is the
 * statement most articles agree with, `b` the one that differs.
 */
export interface Conflict {
  program: string;
  programKey: string;
  kind: ClaimKind;
  unit: string | null;
  reason: 'value' | 'deadline';
  a: FigureRef;
  b: FigureRef;
  /** One line for a diagnostic or a report, naming both places. */
  message: string;
}

/** The workspace summary. */
export interface Summary {
  /** Programs, most mentioned first. */
  programs: ProgramSummary[];
  /** Every target, with or without a program, in file order. */
  targets: Figure[];
  conflicts: Conflict[];
  /** Forecasts and results (not targets), in file order. */
  figures: Figure[];
  /** Number of notes merged. */
  notes: number;
}
