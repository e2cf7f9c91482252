/**
 * Which program and which agency a figure belongs to, when the sentence or its paragraph
 * names them. Korean press text strings several statements into one sentence
 * (`코트라는 ‘K-수출스타’ 500개사를 육성하고, 무보는 … 66조 원까지 확대한다`), so the nearest
 * name wins, in this order:
 *
 * 1. a name bound to this figure: each program name binds to the figure closest to it, so
 *    `무역보험 5조 원 … 370조 원의 무역금융` gives each amount its own instrument;
 * 2. the only name in the figure's comma clause;
 * 3. the only name in the sentence, unless the figure's clause has its own subject (an
 *    agency) and the name's clause another one;
 * 4. the only name in the paragraph, when the sentence names none;
 * 5. for agencies only: the note's issuer (front matter `ministry`, or the `문의` line).
 */
import type { Span } from '../model';

/** A named thing in text: a program or an agency spot. */
export interface Named extends Span {
  /** Identity for "the only name": program key or canonical agency name. */
  id: string;
  /** Its sentence's index. */
  sentence: number;
}

/** Everything binding needs about the names around one figure. */
export interface BindingScope<T extends Named> {
  /** Names in the figure's sentence, in text order. */
  inSentence: readonly T[];
  /** Names in the figure's paragraph, in text order. */
  inParagraph: readonly T[];
  /** The figure's comma clause. */
  clause: Span;
  /** The comma clause of a span of the sentence. */
  clauseOf(offset: number): Span;
  /** Agencies of the sentence, to tell clause subjects apart (empty when binding agencies). */
  subjects: readonly Named[];
}

/** Distance between two spans in code units (0 when they touch or overlap). */
function gap(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/** For each name of a sentence, the index of the figure nearest to it (figures in text order). */
export function nearestFigures(names: readonly Span[], figures: readonly Span[]): number[] {
  return names.map((n) => {
    let best = -1;
    let bestGap = Infinity;
    figures.forEach((f, i) => {
      const g = gap(n, f);
      if (g < bestGap) {
        best = i;
        bestGap = g;
      }
    });
    return best;
  });
}

function inside(s: Span, outer: Span): boolean {
  return s.start >= outer.start && s.end <= outer.end;
}

/** The only identity among `names`, or null when there are none or several. */
function only<T extends Named>(names: readonly T[]): T | null {
  const first = names[0];
  return first && names.every((n) => n.id === first.id) ? first : null;
}

/**
 * The name a figure takes: `bound` (names that chose this figure, step 1) first, then
 * steps 2–4 of the file comment over `scope`.
 */
export function bindName<T extends Named>(figure: Span, bound: readonly T[], scope: BindingScope<T>): T | null {
  if (bound.length > 0) return [...bound].sort((a, b) => gap(a, figure) - gap(b, figure))[0] as T;
  const inClause = only(scope.inSentence.filter((n) => inside(n, scope.clause)));
  if (inClause) return inClause;
  const inSentence = only(scope.inSentence);
  if (inSentence) {
    const own = scope.subjects.find((a) => inside(a, scope.clause));
    const nameClause = scope.clauseOf(inSentence.start);
    const theirs = scope.subjects.find((a) => inside(a, nameClause));
    if (!own || !theirs || own.id === theirs.id) return inSentence;
    return null;
  }
  if (scope.inSentence.length === 0) return only(scope.inParagraph);
  return null;
}

/** The agency nearest to `figure` within its clause, else the clause-free steps of `bindName`. */
export function bindAgency<T extends Named>(figure: Span, scope: BindingScope<T>): T | null {
  const inClause = scope.inSentence.filter((n) => inside(n, scope.clause));
  if (inClause.length > 0) return [...inClause].sort((a, b) => gap(a, figure) - gap(b, figure))[0] as T;
  return bindName(figure, [], { ...scope, subjects: [] });
}
