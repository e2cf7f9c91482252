/**
 * Programs declared in front matter, as the article schema has them:
 *
 * ```yaml
 * programs:
 *   - name: K-수출스타
 *     agency: 코트라
 *     budget: 402억 원
 *     targets: ["2031년까지 500개사", "수출 1000만 달러 이상 기업 육성"]
 * ```
 *
 * Each entry is a mention (at its `name` value); the budget and each target string that
 * states a figure are targets of the program, with the deadline the string states. Entries
 * that are not objects with a string `name` are skipped: the schema rule reports them.
 */
import { findClaims } from '../claims';
import type { Claim } from '../model';
import { pathSpan } from '../parse/frontMatter';
import { oneBased, type Note } from '../parse/note';
import { resolveAgency, type AgencyRegistry } from './agencies';
import { deadlineOfClaim, findDeadlines, type Anchor } from './dates';
import { displayText, intern, programKey } from './normalize';
import { VALUE_KINDS } from './targets';
import type { Figure, ProgramMention } from './types';

/** Mentions and targets from the `programs:` list (empty when there is none). */
export function declaredPrograms(note: Note, agencies: AgencyRegistry, anchor: Anchor | null): { mentions: ProgramMention[]; figures: Figure[] } {
  const mentions: ProgramMention[] = [];
  const figures: Figure[] = [];
  const fm = note.frontMatter;
  const list = fm?.data?.programs;
  if (!fm || !Array.isArray(list)) return { mentions, figures };
  list.forEach((entry: unknown, i) => {
    if (entry === null || typeof entry !== 'object' || typeof (entry as { name?: unknown }).name !== 'string') return;
    const e = entry as { name: string; agency?: unknown; budget?: unknown; targets?: unknown };
    const name = e.name.trim();
    if (name === '') return;
    const span = pathSpan(fm, ['programs', i, 'name']) ?? pathSpan(fm, ['programs', i]) ?? fm.content;
    const agency = typeof e.agency === 'string' && e.agency.trim() !== '' ? resolveAgency(agencies, e.agency) : null;
    const at = place(note, span.start, span.end);
    mentions.push({ ...at, name: intern(name), key: intern(programKey(name)), declared: true, confidence: 'declared', agency });
    const figure = (text: string, path: (string | number)[]) => {
      const s = pathSpan(fm, path) ?? span;
      return declaredFigure(note, text, s, { name, agency, anchor });
    };
    if (typeof e.budget === 'string' || typeof e.budget === 'number') {
      const f = figure(String(e.budget), ['programs', i, 'budget']);
      if (f) figures.push(f);
    }
    if (Array.isArray(e.targets)) {
      e.targets.forEach((t: unknown, j) => {
        const f = typeof t === 'string' ? figure(t, ['programs', i, 'targets', j]) : null;
        if (f) figures.push(f);
      });
    }
  });
  return { mentions, figures };
}

function place(note: Note, start: number, end: number): { file: string; line: number; start: number; end: number; sentence: string } {
  return { file: note.uri, line: oneBased(note, start).line, start, end, sentence: displayText(note.text.slice(start, end)) };
}

/** A target from a declared string: its first figure, and the deadline it states. */
function declaredFigure(note: Note, text: string, span: { start: number; end: number }, owner: { name: string; agency: string | null; anchor: Anchor | null }): Figure | null {
  const claims = findClaims(text, owner.anchor ? { anchorYear: owner.anchor.year } : {});
  const value = claims.find((c: Claim) => VALUE_KINDS.has(c.kind) && c.value !== null);
  if (!value) return null;
  const deadline = findDeadlines(text, 0, text.length, owner.anchor)[0] ?? null;
  const byClaim = deadline ? null : claims.find((c) => c.kind === 'deadline');
  return {
    ...place(note, span.start, span.end),
    text: intern(value.text),
    program: intern(owner.name),
    agency: owner.agency,
    value: value.value,
    unit: value.unit,
    deadline: deadline?.deadline ?? (byClaim ? deadlineOfClaim(byClaim) : null),
    programKey: intern(programKey(owner.name)),
    kind: value.kind,
    status: 'target',
    deadlineText: deadline ? intern(deadline.text) : byClaim ? intern(byClaim.text) : null,
    delta: value.qualifiers.includes('increase') || value.qualifiers.includes('decrease'),
    declared: true,
  };
}
