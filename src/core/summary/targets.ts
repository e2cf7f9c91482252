/**
 * Figures of a note: each numeric claim (from the claims recognizer) in a statement, read
 * as a target, a forecast or a result (`status.ts`), with its deadline, program and agency.
 *
 * A figure's deadline is the nearest deadline phrase of its comma clause (before it
 * first: `2028년까지 … 200개 사`, then after: `1000곳을 오는 2027년까지`, unless a later figure of
 * the clause follows that phrase), else of its
 * sentence, provided that phrase's clause states no figure of its own (so in `402억 원을
 * 투입해 …, 향후 5년 내 500개사를 육성` the 402억 원 does not take the five years).
 */
import type { Claim, ClaimKind, Span } from '../model';
import { bindAgency, bindProgram, bindToFigures, isTopicAt, isTopicMarkedAt, type BindingScope, type Named } from './binding';
import { deadlineOfClaim, findDeadlines, type Anchor, type DeadlineSpot } from './dates';
import { classify, classifyBare, type Verdict } from './status';
import { clauseAt, type Sentence } from './sentences';
import type { FigureStatus } from './types';

/** Claim kinds that state a figure (the others are times). */
export const VALUE_KINDS: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['money', 'count', 'percent', 'percentPoint', 'multiple', 'quantity']);

/** A money or percent figure describing a noun (`수출 100만 달러 기업 3000곳`, `1조 달러 시대`). */
const ATTRIBUTIVE = /^\s?(?:이상|이하|미만|초과|급|규모|수준)?의?\s?(?:[가-힣A-Z]{1,6}\s)?[가-힣]{0,6}(?:기업|업체|시대|클럽)(?![가-힣])/i;

/**
 * The owner of a figure in parentheses right after a word (`반도체 첨단패키징(178억원)`): the
 * program ending there, or, when that word is not a program, a marker that the figure is
 * that word's and takes no other program of its list (`…인프라구축(52억원), 온디바이스AI반도체(43억원)`).
 * Undefined when the figure is not so placed.
 */
function ownerInParentheses(prose: string, claim: Claim, programs: readonly Named[]): Named | null | undefined {
  const before = prose.slice(Math.max(0, claim.start - 4), claim.start);
  const m = /[가-힣A-Z0-9)](?:\s?등)?\($/i.exec(before);
  if (!m) return undefined;
  const open = claim.start - (before.length - m.index) + m[0].length - 1;
  return programs.find((p) => p.end <= open && open - p.end <= 3) ?? null;
}

/** The program that is the topic of the clause, named before the figure (`녹색펀드는 … 펀드 1호·2호(4,172억 원)`), or null. */
function topicBefore(prose: string, claim: Span, clause: Span, programs: readonly Named[]): Named | null {
  return programs.filter((p) => p.start >= clause.start && p.end <= claim.start && isTopicAt(prose, p.end)).pop() ?? null;
}

/** Kinds a bare figure (no statement word after it) may state a plan in: money and counts. */
const PLAN_KINDS: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['money', 'count']);

/** Counters a plan's size is counted in: firms, tasks, teams, places, cases (people and times are statistics when bare). */
const PLAN_COUNTERS = new Set(['개사', '개', '팀', '곳', '건', '개국', '개소', '과제', '호', '개교']);

/** A bare figure that may state a plan's size: money, or a count of firms, tasks, teams or places. */
function isPlanSized(claim: Claim): boolean {
  return claim.kind === 'money' || (claim.kind === 'count' && claim.unit !== null && PLAN_COUNTERS.has(claim.unit));
}

/** A figure before binding names to it (offsets into the note). */
export interface RawFigure {
  claim: Claim;
  status: FigureStatus;
  sentence: number;
  deadline: DeadlineSpot | null;
  delta: boolean;
  program: Named | null;
  agency: Named | null;
}

/** What `readFigures` needs about the note. */
export interface FigureInput {
  prose: string;
  sentences: readonly Sentence[];
  /** Claims of the prose, sorted by start. */
  claims: readonly Claim[];
  /** Program spots (id = key) and agency spots (id = canonical name), sorted by start. */
  programs: readonly Named[];
  agencies: readonly Named[];
  anchor: Anchor | null;
}

/** The figures of a note, in text order. */
export function readFigures(input: FigureInput): RawFigure[] {
  const out: RawFigure[] = [];
  const bySentence = groupBySentence(input);
  let c = 0;
  input.sentences.forEach((sentence, index) => {
    const claims: Claim[] = [];
    const times: Claim[] = [];
    while (c < input.claims.length && (input.claims[c] as Claim).start < sentence.start) c++;
    for (let k = c; k < input.claims.length && (input.claims[k] as Claim).start < sentence.end; k++) {
      const claim = input.claims[k] as Claim;
      if (VALUE_KINDS.has(claim.kind) && claim.value !== null) claims.push(claim);
      else if (claim.kind === 'deadline') times.push(claim);
    }
    if (claims.length > 0) for (const f of sentenceFigures(input, sentence, index, claims, times, bySentence)) out.push(f);
  });
  return out;
}

interface Grouped {
  programs: Map<number, Named[]>;
  agencies: Map<number, Named[]>;
  programsByParagraph: Map<number, Named[]>;
  agenciesByParagraph: Map<number, Named[]>;
}

function groupBySentence(input: FigureInput): Grouped {
  const g: Grouped = { programs: new Map(), agencies: new Map(), programsByParagraph: new Map(), agenciesByParagraph: new Map() };
  const put = (m: Map<number, Named[]>, k: number, n: Named) => (m.get(k) ?? m.set(k, []).get(k))!.push(n);
  for (const p of input.programs) {
    put(g.programs, p.sentence, p);
    put(g.programsByParagraph, input.sentences[p.sentence]!.paragraph, p);
  }
  for (const a of input.agencies) {
    put(g.agencies, a.sentence, a);
    put(g.agenciesByParagraph, input.sentences[a.sentence]!.paragraph, a);
  }
  return g;
}

/** A claim of a sentence read as a statement. */
interface Statement {
  claim: Claim;
  clause: Span;
  verdict: Verdict;
}

/**
 * The claims of a sentence that state a figure. Figures sharing one goal word: only the
 * last is its object (`3개 분야 38개 사업을 … 3395개사를 지원할`), unless a comma separates
 * them (`10%로, 2030년까지는 15%로 늘릴`). Read backwards, so each is checked once.
 */
function statements(prose: string, sentence: Sentence, claims: readonly Claim[], anchor: Anchor | null): Statement[] {
  const out: Statement[] = [];
  const taken = new Set<string>();
  for (let i = claims.length - 1; i >= 0; i--) {
    const claim = claims[i] as Claim;
    const clause = clauseAt(prose, sentence, claim.start);
    if (!isStated(prose, claim)) continue;
    const span = { from: claim.end, clauseEnd: clause.end, sentenceEnd: sentence.end };
    let verdict = classify(prose, span) ?? (isPlanSized(claim) ? { status: classifyBare(prose, span), hit: -1 - i } : null);
    if (!verdict) continue;
    if (verdict.status === 'target' && (isPastInSeries(prose, claim) || isPastFigure(prose, claim, clause, anchor))) verdict = { status: 'result', hit: -1 - i };
    const key = `${verdict.hit}:${clause.start}`;
    if (!taken.has(key)) out.push({ claim, clause, verdict });
    taken.add(key);
  }
  return out.reverse();
}

function sentenceFigures(input: FigureInput, sentence: Sentence, index: number, claims: Claim[], times: Claim[], g: Grouped): RawFigure[] {
  const { prose } = input;
  const kept = statements(prose, sentence, claims, input.anchor);
  if (kept.length === 0) return [];
  const clauseOf = (offset: number) => clauseAt(prose, sentence, offset);
  const deadlines = sentenceDeadlines(input, sentence, times);
  const programs = g.programs.get(index) ?? [];
  const agencies = g.agencies.get(index) ?? [];
  const figures = kept.map((k) => k.claim);
  const owners = bindToFigures(programs, figures, clauseOf);
  const scope = (names: readonly Named[], paragraph: readonly Named[], clause: Span): BindingScope<Named> => ({
    inSentence: names,
    inParagraph: paragraph,
    sentenceStart: sentence.start,
    clause,
    clauseOf,
    isTopic: (n) => isTopicAt(prose, n.end),
    isLastClause: clause.end >= sentence.end - 2,
    isTopicMarked: (n) => isTopicMarkedAt(prose, n.end),
  });
  return kept.map((k, i) => {
    const bound = programs.filter((_p, j) => owners[j] === i);
    const taken = new Set(programs.filter((_p, j) => owners[j] !== i && owners[j]! >= 0 && kept[owners[j]!]!.clause.start === k.clause.start));
    const agencyScope = scope(agencies, g.agenciesByParagraph.get(sentence.paragraph) ?? [], k.clause);
    const owner = ownerInParentheses(prose, k.claim, programs);
    return {
      claim: k.claim,
      status: k.verdict.status,
      sentence: index,
      deadline: withYearLabel(prose, k.claim, k.clause, pickDeadline(prose, sentence, k.claim, k.clause, deadlines, figures), input.anchor),
      delta: isDelta(prose, k.claim),
      program: owner
        ? owner
        : owner === null
          ? topicBefore(prose, k.claim, k.clause, programs)
          : bindProgram(k.claim, bound, taken, scope(programs, g.programsByParagraph.get(sentence.paragraph) ?? [], k.clause), agencyScope),
      agency: bindAgency(k.claim, agencyScope),
    };
  });
}

/**
 * False for figures that describe rather than state: a money or percent figure qualifying a
 * noun (`수출 100만 달러 기업 3000곳`), a figure in parentheses (`중국(수출 비중 28.3%)`), and
 * a place (`전국 9개 비축 기지에`, `3개국에서`).
 */
function isStated(prose: string, claim: Claim): boolean {
  const after = prose.slice(claim.end, claim.end + 24);
  if (claim.kind !== 'count' && ATTRIBUTIVE.test(after)) return false;
  if (PARENTHESIZED_AFTER.test(after)) {
    const open = /\(([^()]{0,20})$/.exec(prose.slice(Math.max(0, claim.start - 20), claim.start));
    // A budget line's amount or size is stated in parentheses (`지식재산 평가 지원(135억원)`,
    // `(156억원, 260개 과제)`); a share, a comparison or a per-unit figure there only qualifies.
    if (open && (!PLAN_KINDS.has(claim.kind) || QUALIFYING_IN_PARENS.test(open[1] as string))) return false;
  }
  const place = LOCATIVE.exec(after);
  // `전국 9개 비축 기지에`: a place; not `122조원의 자금을 산업현장에 공급`, where an object comes first.
  if ((place && !/[을를]\s/.test(place[0])) || THRESHOLD.test(after)) return false;
  if (/[+±]\s?$/.test(prose.slice(Math.max(0, claim.start - 2), claim.start))) return false; // `+13조원`: a difference
  if (claim.kind === 'count' && (claim.unit === '회' || COUNTED_BODIES.test(after))) return false;
  return true;
}

/**
 * An eligibility threshold: `매출액 20억원 미만`, `10만 달러 이상이고`, `300억 원 이상인 기업`.
 * (`122조원 이상의 자금을 공급` states a plan: `이상의` is not read as a threshold.)
 */
const THRESHOLD = /^\s?(?:미만|초과|이하|이상(?:이고|이며|이거나|이면|인|이어야|일)(?![가-힣])|이상\s(?:[가-힣]{1,6}\s)?(?:기업|업체|투자|매출|후속)|이상\s?(?:\d|$|\n)|이상의?\s[^.\n]{0,24}대상으로)/;

/**
 * A count of the bodies that take part or places where something happens, not a plan's
 * size: `3개 부처`, `17개 지역신용보증재단`, `37개 정출연`, `5개 초광역권`, `6개소`. Beneficiaries
 * (`200개 사`, `340개 과제`, `90개 팀`) are not listed here.
 */
const COUNTED_BODIES = /^\s?(?:[가-힣]{0,6}(?:부처|기관|센터|은행|재단|단체|협회|대학|지자체|권역?|광역|시·도|시도|정출연|공관|무역관|부서|위원회|자치도|지역|국가|나라|업종)|소(?![가-힣]))/;

/**
 * A figure a trend series continues from: an arrow right after it, even past a line break
 * (`‘20년 1조 7,161억원⏎→ ’21년 …`), or later on its line (`(’22년) 107억원, 330개사 →
 * (’23년 예산안) 127억원, 402개사`: every figure before the line's last arrow is an earlier value).
 */
function isPastInSeries(prose: string, claim: Claim): boolean {
  const rest = prose.slice(claim.end, claim.end + 200);
  if (/^\)?\s{0,2}(?:[→⇒▶]|->)/.test(rest)) return true;
  const lineEnd = rest.search(/[\n\r]/);
  return /→|⇒/.test(lineEnd < 0 ? rest : rest.slice(0, lineEnd));
}

/** A dated item of a list of past deals: `350억원(2024.12.)`. */
const DATED_AFTER = /^\s?\((20\d{2})\.\s?(\d{1,2})\.?\)/;
/** A year before the article's that sets the time of its clause: `’20년에는`, `2020년도 …`, `'20년부터`. */
const PAST_YEAR = /(?:['‘’`](\d{2})|(?<![\d.])((?:19|20)\d{2}))년도?(?:에는|[에\s중간)~]|부터|까지)(?!\s?(?:대비|보다|比|기준))/g;
/** A year label right before a figure: `(’22년) 7,007억원`, `’22년 975억원`, `(2022년) …`, `(’22) …`. */
const YEAR_LABEL_BEFORE = /(?:['‘’`](\d{2})|((?:19|20)\d{2}))(?:년도?)?(?:\.\d{1,2}\.?)?\s?[^()\d]{0,8}\)?\s{0,2}$/;

/**
 * A figure about the past, by the article's date: a running total (`누적 1,462억 원`), an
 * item of a list of past deals dated before the article (`350억원(2024.12.)`), one labelled
 * with an earlier year (`(’22년) 107억원` in a 2023 release), or one in a clause set in an
 * earlier year (`’20년에는 … 매출액 126억원을 달성`, `'20년부터 '24년까지 … 300개 사를 선정하여
 * 지원해왔으며`).
 */
function isPastFigure(prose: string, claim: Claim, clause: Span, anchor: Anchor | null): boolean {
  if (/누적\s?(?:[가-힣]{1,4}\s)?$/.test(prose.slice(Math.max(0, claim.start - 10), claim.start))) return true;
  if (!anchor) return false;
  const dated = DATED_AFTER.exec(prose.slice(claim.end, claim.end + 12));
  if (dated && Number(dated[1]) * 12 + Number(dated[2]) < anchor.year * 12 + anchor.month) return true;
  const label = YEAR_LABEL_BEFORE.exec(prose.slice(Math.max(0, claim.start - 18), claim.start));
  if (label && (label[1] ? 2000 + Number(label[1]) : Number(label[2])) < anchor.year) return true;
  const before = prose.slice(clause.start, claim.start);
  PAST_YEAR.lastIndex = 0;
  let last: number | null = null;
  for (let m = PAST_YEAR.exec(before); m; m = PAST_YEAR.exec(before)) last = m[1] ? 2000 + Number(m[1]) : Number(m[2]);
  return last !== null && last < anchor.year;
}

/** Up to two words after a figure, the last ending in a locative particle. */
const LOCATIVE = /^[가-힣]{0,2}\s?(?:[가-힣A-Z·]{1,8}\s)?[가-힣A-Z·]{0,8}(?:에서|에게|에)(?![가-힣])/i;
/** Words that make a parenthesized figure a qualifier: a comparison, a base, a share, a per-unit amount. */
const QUALIFYING_IN_PARENS = /대비|전년|기준|평균|최대|최소|누적|비중|당\s|이상|이하|미만|[+△▲▽▼-]\s?$/;
/** A closing parenthesis shortly after a figure. */
const PARENTHESIZED_AFTER = /^[^()]{0,8}\)/;

/** Deadline phrases of a sentence: ours, plus the recognizer's deadline claims that ours miss. */
function sentenceDeadlines(input: FigureInput, sentence: Sentence, times: readonly Claim[]): DeadlineSpot[] {
  const spots = findDeadlines(input.prose, sentence.start, sentence.end, input.anchor);
  for (const t of times) {
    if (spots.some((s) => s.start < t.end && t.start < s.end)) continue;
    // `내년 1월 3일까지`: the month and day belong to the relative year before them, which sets the year.
    const year = spots.find((s) => s.end <= t.start && t.start - s.end <= 1 && /^(?:올해|금년|내년)$/.test(s.text) && s.deadline);
    if (year) {
      const own = deadlineOfClaim(t);
      year.end = t.end;
      year.text = input.prose.slice(year.start, t.end);
      year.deadline = own && own.length > 4 ? `${(year.deadline as string).slice(0, 4)}${own.slice(4)}` : year.deadline;
      continue;
    }
    spots.push({ start: t.start, end: t.end, text: t.text, deadline: deadlineOfClaim(t) });
  }
  return spots.sort((a, b) => a.start - b.start);
}

function pickDeadline(prose: string, sentence: Sentence, claim: Span, clause: Span, spots: readonly DeadlineSpot[], figures: readonly Span[]): DeadlineSpot | null {
  const own = spots.filter((s) => s.start >= clause.start && s.end <= clause.end);
  const before = own.filter((s) => s.end <= claim.start);
  if (before.length > 0) return before[before.length - 1] as DeadlineSpot;
  // After the figure (`1000곳을 오는 2027년까지`), unless it opens a later figure of the clause
  // (`1조 원으로 늘리고 2027년까지 3000곳을`: the year is the 3000곳's).
  const after = own.find((s) => s.start >= claim.end);
  if (after && !figures.some((f) => f.start >= after.end && f.end <= clause.end)) return after;
  // A phrase in a clause of its own (`정부는 2028년까지, 200개 사를 …`).
  const free = spots.filter((s) => {
    const c = clauseAt(prose, sentence, s.start);
    return !figures.some((f) => f.start >= c.start && f.end <= c.end);
  });
  return free.length > 0 ? nearest(free, claim) : null;
}

/**
 * A year written as a label rather than a deadline phrase: `’24년 5조 원`, `(’23년 예산안)
 * 982억원`, `2023년도 예산안으로 … 7,390억원`, `('23) 242억원`, `` `25년 산업부는 … 5.7조원 ``.
 * Read in the figure's clause, else earlier on its line; a year compared with (`2022년 대비`)
 * or counted from (`2020년부터`) is no label, nor is one before the article's year (its
 * figures are results). The label also dates a half-year with no year of its own
 * (`` `25년 신규과제는 상반기 중 85% ``).
 */
function withYearLabel(prose: string, claim: Span, clause: Span, spot: DeadlineSpot | null, anchor: Anchor | null): DeadlineSpot | null {
  if (spot && /\d{2}/.test(spot.text)) return spot;
  // The line's start, looked for no further back than a label is read (a search for `\r` alone would scan a whole LF file).
  let lineStart = claim.start;
  const floor = Math.max(0, claim.start - 600);
  while (lineStart > floor && prose.charCodeAt(lineStart - 1) !== 10 && prose.charCodeAt(lineStart - 1) !== 13) lineStart--;
  const label = lastYearLabel(prose, Math.max(clause.start, lineStart), claim.start, anchor) ?? lastYearLabel(prose, lineStart, Math.min(clause.start, claim.start), anchor);
  if (!label) return spot;
  if (!spot) return label;
  if (spot.deadline === null) return spot;
  const month = spot.deadline.length > 4 ? spot.deadline.slice(4) : '';
  return { ...spot, deadline: `${label.deadline}${month}` };
}

// The year's 년 is consumed before the test of what follows, so `2022년 대비` cannot pass as `2022` alone.
const YEAR_LABEL = /(?:['‘’`](\d{2})|(?<![\d.,])((?:19|20)\d{2}))(?:년도|년|(?=[).]))(?!\s?(?:대비|보다|[比와과\d]|에 비해|부터|이후|이래|에 이어))/g;

function lastYearLabel(prose: string, from: number, to: number, anchor: Anchor | null): DeadlineSpot | null {
  if (to - from <= 0 || to - from > 600) return null;
  const text = prose.slice(from, to);
  YEAR_LABEL.lastIndex = 0;
  let found: DeadlineSpot | null = null;
  for (let m = YEAR_LABEL.exec(text); m; m = YEAR_LABEL.exec(text)) {
    const year = m[1] ? 2000 + Number(m[1]) : Number(m[2]);
    if (anchor && year < anchor.year) continue;
    found = { start: from + m.index, end: from + m.index + m[0].length, text: m[0], deadline: String(year) };
  }
  return found;
}

function nearest<T extends Span>(spots: readonly T[], to: Span): T {
  const d = (s: Span) => (s.end <= to.start ? to.start - s.end : s.start - to.end);
  return [...spots].sort((a, b) => d(a) - d(b))[0] as T;
}

/** A change rather than a level: `증가`/`감소` qualifiers, or `추가`/`증액` right around the figure. */
function isDelta(prose: string, claim: Claim): boolean {
  if (claim.qualifiers.includes('increase') || claim.qualifiers.includes('decrease')) return true;
  const around = prose.slice(Math.max(0, claim.start - 6), claim.start) + prose.slice(claim.end, claim.end + 8);
  return /추가|증액|늘어난|더 늘/.test(around);
}
