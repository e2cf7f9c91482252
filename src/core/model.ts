/**
 * The core's own small types. Nothing here knows about VS Code or the file system:
 * the extension converts these in `src/vscode/convert.ts`, the CLI in its formatters.
 *
 * Offsets are 0-based indexes into the note's text in UTF-16 code units (JavaScript
 * string indexes), end exclusive. The text is the file's text with a leading BOM removed,
 * which is exactly what VS Code's `TextDocument.getText()` gives, so an offset means the
 * same place in the CLI and in the editor.
 */

/** How loudly an issue is reported. `off` exists only in configuration. */
export type Severity = 'error' | 'warning' | 'info';

/** A severity as written in configuration. */
export type RuleLevel = Severity | 'off';

/** A half-open span of the note's text. */
export interface Span {
  /** First code unit, 0-based. */
  start: number;
  /** One past the last code unit. */
  end: number;
}

/** A text replacement a quick fix applies. Offsets are into the note's text. */
export interface TextEdit extends Span {
  newText: string;
}

/** A fix offered for an issue; applied only when the user picks it. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix a "fix all" action may apply without asking. */
  preferred?: boolean;
}

/** One finding of a rule (or of parsing) at a place in a note. */
export interface Issue extends Span {
  rule: string;
  severity: Severity;
  message: string;
  fixes?: Fix[];
  /** Other places that belong to the finding (for example the conflicting statement). */
  related?: { uri: string; span: Span; message: string }[];
}

/** The kinds of numeric claims; the `claims` CLI contract of docs/design.md. */
export type ClaimKind = 'money' | 'count' | 'percent' | 'percentPoint' | 'multiple' | 'quantity' | 'date' | 'deadline' | 'duration';

/** Attributes of a claim that qualify its value (shown in hovers and JSON). */
export type Qualifier =
  | 'approx' // 약, 가량, 정도, 안팎, 내외, 여
  | 'max' // 최대, 이하, 미만
  | 'min' // 최소, 이상, 초과
  | 'exclusive' // 미만, 초과 (strict bound, with max/min)
  | 'perPerson' // 1인당
  | 'perMonth' // 월
  | 'perYear' // 연
  | 'increase' // 증가, 상승, 늘어
  | 'decrease' // 감소, 하락, 줄어
  | 'vague'; // 수십조원: magnitude without a number

/** A numeric statement found in text. */
export interface Claim extends Span {
  /** Exact source text of the span (number plus unit or counter). */
  text: string;
  kind: ClaimKind;
  /**
   * Normalized value (docs/design.md): money in the currency's base unit, counts as integers,
   * percent as written, deadline the year; null when no single number fits.
   */
  value: number | null;
  /** Exact decimal string of `value` (no float rounding), when there is a value. */
  exact: string | null;
  /** ISO 4217 code for money, the counter without spaces for counts, `%`, `%p`, `x`, a unit symbol, or null. */
  unit: string | null;
  qualifiers: Qualifier[];
  /** For ranges (`1∼2억`, `20∼30%`): both ends, normalized like `value`. */
  range?: { from: number; to: number };
  /** For dates and deadlines: ISO date or partial date (`2028`, `2021-12`, `2020-01-03`). */
  iso?: string;
}

/** One workspace-relative unit of input: the core's only notion of a file. */
export interface NoteInput {
  /** A URI string (`file:///...`) or a path; the core only passes it through. */
  uri: string;
  text: string;
}
