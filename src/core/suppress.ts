/**
 * Inline suppression, markdownlint style, in HTML comments of the body or YAML comments of
 * the front matter:
 *   <!-- policy-notes-disable-next-line RULE [RULE…] -->   the next line
 *   <!-- policy-notes-disable-line RULE -->                the comment's own line
 *   <!-- policy-notes-disable RULE -->  …  <!-- policy-notes-enable RULE -->   a region
 *   # policy-notes-disable-next-line RULE                  inside front matter
 * Without RULE the directive applies to every rule.
 */
import type { Issue } from './model';
import type { Note } from './parse/note';

type Directive = { kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line'; line: number; rules: string[] | null };

const MARK = 'policy-notes-';
const DIRECTIVE = /^policy-notes-(disable-next-line|disable-line|disable|enable)((?:[ \t]+[\w-]+)*)[ \t]*(?:-->|$)/;

/** Finds the directives of a note (a linear scan for the marker, then an anchored match). */
function directives(note: Note): Directive[] {
  const out: Directive[] = [];
  const text = note.text;
  for (let i = text.indexOf(MARK); i >= 0; i = text.indexOf(MARK, i + MARK.length)) {
    const before = text.slice(Math.max(0, i - 8), i);
    if (!/(?:<!--[ \t]*|#[ \t]*)$/.test(before)) continue;
    const m = DIRECTIVE.exec(text.slice(i, i + 400).split(/\r\n|\r|\n/, 1)[0] as string);
    if (!m) continue;
    const names = (m[2] ?? '').trim();
    out.push({ kind: m[1] as Directive['kind'], line: note.lines.positionAt(i).line, rules: names ? names.split(/[ \t]+/) : null });
  }
  return out;
}

/** Drops issues switched off by inline directives. */
export function applySuppressions(note: Note, issues: Issue[]): Issue[] {
  if (issues.length === 0 || !note.text.includes(MARK)) return issues;
  const dirs = directives(note);
  if (dirs.length === 0) return issues;
  const applies = (d: Directive, rule: string) => d.rules === null || d.rules.includes(rule);
  return issues.filter((issue) => {
    const line = note.lines.positionAt(issue.start).line;
    let disabled = false;
    for (const d of dirs) {
      if (!applies(d, issue.rule)) continue;
      if (d.kind === 'disable-next-line' && d.line + 1 === line) return false;
      if (d.kind === 'disable-line' && d.line === line) return false;
      if (d.line <= line && (d.kind === 'disable' || d.kind === 'enable')) disabled = d.kind === 'disable';
    }
    return !disabled;
  });
}
