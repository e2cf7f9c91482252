/**
 * Binding beyond the sentence: a target whose sentence and paragraph name no program
 * belongs to the program the text around it is about (docs/summary-accuracy.md, binding
 * rules 3 and 5):
 *
 * 1. the section it sits in: a paragraph that opens on a program as its topic
 *    (`예비창업묶음(패키지)은 …`) starts a section about that program, which runs until a
 *    paragraph opens on another program, or a heading;
 * 2. else the note's main program: its only program, or, among at most six, one said at
 *    least four times and at least twice as often as any other. A release about several programs and national
 *    totals (export goals, the year's policy-finance supply) has none, and its figures stay
 *    unbound.
 *
 * Only names with evidence (`named` or `declared`) carry a section or lead a note; a known
 * instrument named in passing still counts among a note's programs.
 */
import { isTopicAt, type Named } from './binding';
import { INSTRUMENT_SET } from './programs';
import type { Sentence } from './sentences';
import type { Confidence } from './types';

/** A program spot as extraction holds it. */
export interface ProgramSpotLike extends Named {
  name: string;
  confidence: Confidence;
}

/** Most programs a note may name and still be plainly about one of them. */
const MAX_PEERS = 6;

/** Paragraphs a section may run over without another program opening one. */
const SECTION_PARAGRAPHS = 8;

/**
 * For each sentence, the program the text around it is about, or null. `headings` holds
 * the paragraph numbers of heading lines.
 */
export function contextPrograms<T extends ProgramSpotLike>(prose: string, sentences: readonly Sentence[], programs: readonly T[], headings: ReadonlySet<number>): (T | null)[] {
  const strong = programs.filter((p) => p.confidence !== 'detected');
  const main = mainProgram(
    programs.filter((p) => p.confidence !== 'detected' || INSTRUMENT_SET.has(p.name)),
    prose.length,
  );
  const bySentence = new Map<number, T[]>();
  for (const p of strong) (bySentence.get(p.sentence) ?? bySentence.set(p.sentence, []).get(p.sentence)!).push(p);
  const out: (T | null)[] = [];
  let section: T | null = null;
  let sectionParagraph = -1;
  sentences.forEach((s, i) => {
    // A paragraph's first sentence may open a section, or end one.
    if (s.paragraph !== sentences[i - 1]?.paragraph) {
      if (headings.has(s.paragraph)) section = null;
      const opener = (bySentence.get(i) ?? []).find((p) => p.start - s.start <= 12 && isTopicAt(prose, p.end));
      if (opener) {
        section = opener;
        sectionParagraph = s.paragraph;
      } else if (section && s.paragraph - sectionParagraph > SECTION_PARAGRAPHS) section = null;
    }
    out.push(section ?? main);
  });
  return out;
}

/** The note's only program, or the one it is plainly about (see the file comment). */
function mainProgram<T extends ProgramSpotLike>(programs: readonly T[], length: number): T | null {
  const counts = new Map<string, { first: T; n: number }>();
  for (const p of programs) {
    const c = counts.get(p.id);
    if (c) c.n++;
    else counts.set(p.id, { first: p, n: 1 });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  const top = ranked[0];
  // A known instrument named in passing counts as a peer (a release that also names 무역금융 is not about one program), but only a program with evidence leads.
  if (!top || top.first.confidence === 'detected') return null;
  // The only program, if the note names it in its first half (not a closing reference such as a cited guideline).
  if (ranked.length === 1) return top.first.start <= length / 2 ? top.first : null;
  // A release listing many programs (a budget's lines) is about all of them, not one.
  return ranked.length <= MAX_PEERS && top.n >= 4 && top.n >= 2 * (ranked[1] as { n: number }).n ? top.first : null;
}
