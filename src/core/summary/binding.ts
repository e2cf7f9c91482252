/**
 * Which program and which agency a figure belongs to, when its sentence or paragraph names
 * them. Korean press text strings several statements into one sentence (`코트라는
 * ‘K-수출스타’ 500개사를 육성하고, 무보는 … 66조 원까지 확대한다`), so a program is taken,
 * in this order, from:
 *
 * 1. a name bound to this figure: each program name binds to the nearest figure of its own
 *    comma clause, so `무역보험 5조 원 … 370조 원의 무역금융` gives each amount its instrument;
 * 2. the only name in the figure's clause, when the clause names one program and names it
 *    before the figure; else the only name of the clause that no other figure of it has bound;
 * 3. the only such name in an earlier clause of the sentence (`‘K-수출스타’ 사업을 신규 추진,
 *    향후 5년 내 … 500개사를 육성`), unless the two clauses have different subjects (agencies);
 * 4. when the sentence names no program, the only one of its paragraph that came before it
 *    or that a later sentence makes its topic (`따라서 K-수출전사 프로젝트는 …`).
 *
 * An agency is the subject (topic-marked: `코트라는`, `무보(…)는`) of the figure's clause, else
 * the last subject before the figure in the sentence, else the nearest agency in the clause,
 * else the only agency of the sentence, else of the paragraph. (The note's issuer is the last
 * fallback, applied by `extract.ts`.) Later names are fine for agencies (`…라고 산업부는 밝혔다`).
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
  /** The figure's sentence start and comma clause. */
  sentenceStart: number;
  clause: Span;
  /** The comma clause of an offset of the sentence. */
  clauseOf(offset: number): Span;
  /** True when a name is the topic or subject of its clause (a particle like 는/가 follows it). */
  isTopic(name: T): boolean;
  /** True when the figure's clause is the sentence's last (its main predicate). */
  isLastClause?: boolean;
  /** True when a name is marked as the sentence's topic (은/는 follows it). */
  isTopicMarked?(name: T): boolean;
}

function gap(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

function inside(s: Span, outer: Span): boolean {
  return s.start >= outer.start && s.end <= outer.end;
}

function nearestTo<T extends Span>(list: readonly T[], to: Span): T | null {
  let best: T | null = null;
  for (const n of list) if (!best || gap(n, to) < gap(best, to)) best = n;
  return best;
}

/** The only identity among `names`, or null when there are none or several. */
function only<T extends Named>(names: readonly T[]): T | null {
  const first = names[0];
  return first && names.every((n) => n.id === first.id) ? first : null;
}

/**
 * For each name, the index of the figure it binds to: the nearest figure in the same comma
 * clause, or -1. `clauseOf` gives the clause of an offset.
 */
export function bindToFigures(names: readonly Span[], figures: readonly Span[], clauseOf: (offset: number) => Span): number[] {
  return names.map((n) => {
    const c = clauseOf(n.start);
    let best = -1;
    figures.forEach((f, i) => {
      if (inside(f, c) && (best < 0 || gap(n, f) < gap(n, figures[best] as Span))) best = i;
    });
    return best;
  });
}

/** The program of a figure; `bound` are the names bound to it, `taken` those bound to other figures of its clause. */
export function bindProgram<T extends Named>(figure: Span, bound: readonly T[], taken: ReadonlySet<T>, scope: BindingScope<T>, subjects: BindingScope<Named>): T | null {
  // The topic (은/는) opening the sentence owns what its main predicate, in the last clause,
  // states (`스타트업 코리아 펀드는 …, 모태펀드가 2,310억원을 출자하여 총 8,376억원 규모로 결성될
  // 예정이다`); else the topic or subject of the figure's clause, named before it
  // (`모태펀드로 조성을 시작한 녹색펀드는 … 총 5,092억 원 규모로 조성된다`).
  const opener = scope.inSentence[0];
  if (opener && scope.isLastClause && opener.start - scope.sentenceStart <= 12 && opener.end <= figure.start && scope.isTopicMarked?.(opener)) return opener;
  const nearest = nearestTo(bound, figure);
  if (nearest) return nearest;
  const topic = scope.inSentence.filter((n) => inside(n, scope.clause) && n.end <= figure.start && scope.isTopic(n)).pop();
  if (topic) return topic;
  // One program in the clause, named before the figure: the figures after it are its too
  // (`수출 바우처 사업에 1조 원을 투입해 중소기업 3,000곳을 지원`), though its name bound to the
  // nearest. A figure before it stays apart (`7000억 달러 돌파를 위해 무역보험 5조 원을 확보`).
  const alone = only(scope.inSentence.filter((n) => inside(n, scope.clause)));
  if (alone && alone.end <= figure.start) return alone;
  const free = scope.inSentence.filter((n) => !taken.has(n));
  const inClause = only(free.filter((n) => inside(n, scope.clause)));
  if (inClause) return inClause;
  const earlier = only(free.filter((n) => n.end <= scope.clause.start));
  if (earlier) {
    const own = subjects.inSentence.find((a) => inside(a, scope.clause) && subjects.isTopic(a));
    const theirs = subjects.inSentence.find((a) => inside(a, scope.clauseOf(earlier.start)) && subjects.isTopic(a));
    return !own || !theirs || own.id === theirs.id ? earlier : null;
  }
  // The sentence's one program, named in a later clause and bound to no figure of its own
  // (`최종 50개 사의 아기유니콘을 선발할 예정이며, 2025년 아기유니콘 육성사업에 대한 …`).
  const later = only(free.filter((n) => n.start >= scope.clause.end));
  if (later && free.every((n) => n.id === later.id)) return later;
  if (scope.inSentence.length > 0) return null;
  return only(scope.inParagraph.filter((n) => n.end <= scope.sentenceStart || scope.isTopic(n)));
}

/** The agency of a figure (see the file comment). */
export function bindAgency<T extends Named>(figure: Span, scope: BindingScope<T>): T | null {
  const inClause = scope.inSentence.filter((n) => inside(n, scope.clause));
  const topic = nearestTo(
    inClause.filter((n) => scope.isTopic(n)),
    figure,
  );
  if (topic) return topic;
  const before = scope.inSentence.filter((n) => n.end <= figure.start && scope.isTopic(n));
  if (before.length > 0) return before[before.length - 1] as T;
  const near = nearestTo(inClause, figure);
  if (near) return near;
  if (scope.inSentence.length > 0) return only(scope.inSentence);
  return only(scope.inParagraph);
}

/** Particles that make the name before them a topic or subject (`코트라는`, `무보(…)가`, `산업부에서`); not 도 (`…프로그램도` is "also"). */
const TOPIC = /^[’'”"」』｣]?(?:\([^()]{0,20}\))?\)?\s?(?<marker>[가는은이]|에서|측은|측이)(?![가-힣])/;

/** True when the text right after `end` marks the name before it as the topic (은/는, not the subject 이/가). */
export function isTopicMarkedAt(prose: string, end: number): boolean {
  const marker = TOPIC.exec(prose.slice(end, end + 28))?.groups?.marker;
  return marker === '은' || marker === '는';
}

/** True when the text right after `end` marks the name before it as a topic or subject. */
export function isTopicAt(prose: string, end: number): boolean {
  return TOPIC.test(prose.slice(end, end + 28));
}
