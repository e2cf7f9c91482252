/**
 * Is a figure a target? Korean puts the predicate after its object, so the statement a
 * figure belongs to is read forward from the figure: the first goal, forecast or result
 * word after it decides (`…200개 사를 확충할 계획` target, `…1.7배 증가할 것으로 전망`
 * forecast, `…7000억 달러를 기록했다` result). A goal word in the past tense is a result
 * (`달성했다`, `확충했으며`), and so is a goal in a sentence that ends in the past tense
 * without any plan marker (`지난해 63억원을 투입해 … 마련했다`).
 *
 * The lexicon is a list of literal words joined into one alternation, scanned once from the
 * figure's end: linear, no nested quantifiers.
 */
import type { FigureStatus } from './types';

type Cue = FigureStatus | 'none';

/**
 * Budget and planning words: a budget allocated (`편성하였다`, `확정되었다`), a fund formed
 * (`결성되었다`) or a plan drawn up (`기획하였다`) states money to be spent, whatever the
 * tense, so the past-tense tests below do not make it a result.
 */
const BUDGET_WORDS: ReadonlySet<string> = new Set(['편성', '배정', '확정', '반영', '책정', '결성', '조성', '기획', '마련']);

/** Words and what they signal. Longer words sharing a prefix come first (`공급망` before `공급`). */
const LEXICON: readonly (readonly [Cue, readonly string[]])[] = [
  ['none', ['공급망', '지원기관', '지원센터', '목표치 대비', '계획대비', '계획 대비', '기록적']],
  [
    'result',
    [
      '성과를 보이',
      '성과를 거',
      '성과를 냈',
      '효과를 달성',
      '효과를 거',
      '달성하는 등',
      '로 제한',
      '추진경과',
      '공급 중',
      '집행하고 있',
      '공급하고 있',
      '종사',
      '정도이',
      '정도다',
      '승인하였',
      '승인했',
      '선정하였',
      '선정했',
      '지원해왔',
      '지원하였',
      '지원했',
      '기록',
      '늘었',
      '늘어',
      '늘렸',
      '증가했',
      '증가하였',
      '증가한',
      '증가해',
      '증가하며',
      '증가세',
      '감소했',
      '감소하였',
      '감소한',
      '감소해',
      '줄었',
      '줄어',
      '상승했',
      '상승한',
      '하락했',
      '하락한',
      '달했',
      '달하였',
      '달한',
      '달해',
      '달하는',
      '차지',
      '넘어섰',
      '넘었',
      '이르렀',
      '거뒀',
      '거두었',
      '실적을 올렸',
    ],
  ],
  ['forecast', ['전망', '예상', '예측', '추정', '추산', '관측', '내다봤', '내다보', '기대된', '기대돼', '기대되', '기대한다', '기대하고', '기대할', '효과가 기대', '것으로 보', '것으로 분석']],
  [
    'target',
    [
      '목표',
      '육성',
      '달성',
      '확충',
      '확대',
      '공급',
      '돌파',
      '늘리',
      '늘릴',
      '늘린',
      '늘려',
      '지원할',
      '지원한다',
      '지원하기로',
      '지원키로',
      '지원하겠',
      '지원 계획',
      '계획',
      '예정',
      '추진할',
      '추진한다',
      '추진키로',
      '창출',
      '유치',
      '발굴',
      '양성',
      '구축',
      '투입',
      '확보',
      '조성',
      '보급',
      '끌어올',
      '높일',
      '높인다',
      '높이기로',
      '방침',
      '키로',
      '기로 했',
      '감축',
      '절감',
      '줄일',
      '낮출',
      '낮춘다',
      '선정할',
      '지정할',
      '신설',
      '증액',
      '투자할',
      '투자한다',
      '지급할',
      '지급한다',
      ...BUDGET_WORDS,
      '예산',
      '투자한',
      '투자하',
      '지원하는',
      '지원을',
      '집행',
      '모집',
      '선발할',
      '선발하',
      '공모',
      '공고',
      '제공할',
      '제공한다',
      '개최할',
      '도입',
      '출범',
      '실시할',
      '실시한다',
      '시행할',
      '시행한다',
      '운영할',
      '운영한다',
      '하겠다',
      '나간다',
      '나갈',
    ],
  ],
];

const CUE = new Map<string, Cue>();
for (const [cue, words] of LEXICON) for (const w of words) if (!CUE.has(w)) CUE.set(w, cue);
const WORDS = new RegExp([...CUE.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

/** Past-tense syllables right after a goal word: `달성했`, `확충하였`, `공급해왔`, `늘렸`. */
const PAST_AFTER = /^[가-힣]{0,2}[했였됐었왔렸쳤냈졌웠]/;
/** A sentence ending in the past tense (`기록했다.`, `마련했습니다`, `밝혔다`). */
const PAST_END = /[했였됐었왔렸쳤냈졌웠았혔](?:다|습니다|으며|음)$/;
/** Words that make a past-tense sentence report a plan (`…할 계획이라고 밝혔다`). */
const PLAN = /계획|예정|목표|방침|키로|기로 했|기로 하|겠|할 것|될 것|한다고|할 방|나갈|추진 중/;

/** What may follow the last word of a sentence. */
const TRAILING = new Set([' ', '\t', '\n', '\r', '.', '!', '?', '"', "'", '”', '’', ')', '」', '』', '…']);

/** How far after a figure its predicate is looked for. */
const WINDOW = 300;

/** Where the statement around a figure is. */
export interface StatementSpan {
  /** End of the figure. */
  from: number;
  /** End of its comma clause. */
  clauseEnd: number;
  /** End of its sentence. */
  sentenceEnd: number;
}

/** What a figure's statement says, and where the deciding word is (figures sharing it share a predicate). */
export interface Verdict {
  status: FigureStatus;
  /** Offset of the deciding word. */
  hit: number;
}

/** The status of the figure ending at `span.from`, or null when no statement word follows. */
export function classify(prose: string, span: StatementSpan): Verdict | null {
  const { from, clauseEnd, sentenceEnd } = span;
  // Scan the rest of the sentence, at most `WINDOW` characters: a predicate follows its figure closely.
  const rest = prose.slice(from, Math.min(sentenceEnd, from + WINDOW));
  WORDS.lastIndex = 0;
  let m = WORDS.exec(rest);
  while (m && CUE.get(m[0]) === 'none') m = WORDS.exec(rest);
  if (!m) return null;
  const cue = CUE.get(m[0]) as FigureStatus;
  const verdict = (status: FigureStatus): Verdict => ({ status, hit: from + (m as RegExpExecArray).index });
  if (cue !== 'target') return verdict(cue);
  const hitEnd = m.index + m[0].length;
  if (BUDGET_WORDS.has(m[0])) return verdict('target');
  const clauseRest = rest.slice(hitEnd, Math.max(hitEnd, clauseEnd - from));
  if (/전망|예상|예측|것으로 보|가능할 것|기대[되된돼하할한]|넘길 것|넘어설 것/.test(clauseRest)) return verdict('forecast');
  if (PAST_AFTER.test(rest.slice(hitEnd, hitEnd + 4))) return verdict('result');
  return verdict(reportsPast(prose, rest, from, sentenceEnd) ? 'result' : 'target');
}

/** True when the sentence ends in the past tense and `rest` (the text after the figure) has no plan marker. */
function reportsPast(prose: string, rest: string, from: number, sentenceEnd: number): boolean {
  return PAST_END.test(lastWord(prose.slice(Math.max(from, sentenceEnd - 16), sentenceEnd))) && !PLAN.test(rest);
}

/**
 * The status of a figure no statement word follows: a headline, a bullet or a budget line
 * (`신규과제 1,400개 총 8,700억원 규모`, `지식재산 평가 지원(135억원)`) states a plan unless its
 * sentence reports the past (`…했다` without a plan marker).
 */
export function classifyBare(prose: string, span: StatementSpan): FigureStatus {
  const rest = prose.slice(span.from, Math.min(span.sentenceEnd, span.from + WINDOW));
  return reportsPast(prose, rest, span.from, span.sentenceEnd) ? 'result' : 'target';
}

/** The end of a sentence without trailing blanks, marks and closing quotes (at most 12 chars). */
function lastWord(s: string): string {
  let e = s.length;
  while (e > 0 && TRAILING.has(s[e - 1] as string)) e--;
  return s.slice(Math.max(0, e - 12), e);
}
