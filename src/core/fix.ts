/**
 * Applying the fixes rules offer, without the editor: what `lint --fix` and the editor's
 * "fix all" share. Only a fix a rule marks `preferred` is applied without asking; fixes that
 * overlap one already taken wait for the next round, which lints the changed text again.
 * A note whose front matter could not be read is never changed: its fixes would be guesses.
 */
import type { Issue, TextEdit } from './model';
import type { Note } from './parse/note';

/** Parse findings after which the front matter was not read as a YAML mapping. */
const UNREAD_FRONT_MATTER = new Set([
  'yaml-syntax',
  'duplicate-key',
  'frontmatter-unclosed',
  'frontmatter-language',
  'frontmatter-format',
  'frontmatter-aliases',
  'frontmatter-depth',
  'frontmatter-too-large',
  'frontmatter-not-mapping',
]);

/** True when the note's front matter (if any) was read; false after any parse failure. */
export function frontMatterRead(note: Pick<Note, 'parseIssues'>): boolean {
  return !note.parseIssues.some((i) => UNREAD_FRONT_MATTER.has(i.rule));
}

/** The preferred fixes of `issues` that do not overlap, in text order, and how many fixes they are. */
export function preferredEdits(issues: readonly Issue[]): { edits: TextEdit[]; fixes: number } {
  const preferred = issues
    .flatMap((i) => i.fixes?.filter((f) => f.preferred && f.edits.length > 0) ?? [])
    .map((f) => ({ f, start: Math.min(...f.edits.map((e) => e.start)), end: Math.max(...f.edits.map((e) => e.end)) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const edits: TextEdit[] = [];
  let lastEnd = -1;
  let fixes = 0;
  for (const { f, start, end } of preferred) {
    // An insertion at the very place another fix ended is still an overlap: their order
    // would be a guess.
    if (start < lastEnd || (start === lastEnd && edits.length > 0)) continue;
    edits.push(...f.edits);
    lastEnd = end;
    fixes++;
  }
  return { edits, fixes };
}

/** `text` with non-overlapping `edits` applied. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end > text.length) throw new RangeError(`overlapping or out-of-range edit at ${e.start}`);
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** What fixing one note did. */
export interface FixResult {
  /** The fixed text (the input when nothing was applied). */
  text: string;
  /** Fixes applied over all rounds. */
  applied: number;
  /** Lint rounds run (each round but the last applied something). */
  rounds: number;
  /** Findings of the last lint of `text`. */
  remaining: Issue[];
  /** Set when the note was left alone: its front matter could not be read. */
  skipped?: 'front-matter-unread';
}

/** One lint of a text: its findings, and whether its front matter was read. */
export interface FixLint {
  issues: Issue[];
  frontMatterRead: boolean;
}

/**
 * Lints, applies the preferred fixes, and lints again until a round applies nothing or
 * `maxRounds` rounds have run (fixes can reveal or resolve other findings).
 */
export async function fixText(text: string, lint: (text: string) => FixLint | Promise<FixLint>, maxRounds = 5): Promise<FixResult> {
  let current = text;
  let applied = 0;
  let before: { text: string; issues: Issue[]; fixes: number } | undefined;
  for (let round = 1; ; round++) {
    const result = await lint(current);
    if (!result.frontMatterRead) {
      // A fix that left front matter unreadable is taken back with its round.
      if (before) return { text: before.text, applied: applied - before.fixes, rounds: round, remaining: before.issues };
      return { text: current, applied: 0, rounds: round, remaining: result.issues, skipped: 'front-matter-unread' };
    }
    const { edits, fixes } = preferredEdits(result.issues);
    if (fixes === 0 || round > maxRounds) return { text: current, applied, rounds: round, remaining: result.issues };
    before = { text: current, issues: result.issues, fixes };
    current = applyEdits(current, edits);
    applied += fixes;
  }
}
