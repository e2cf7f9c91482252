/**
 * Program names in prose, four ways, most reliable first (a later way never overrides an
 * earlier one on the same text):
 *
 * 1. quoted names in a program context: `‘K-수출스타’ 프로그램`, `470억 원 규모의 ‘한류 소비재
 *    수출 하이웨이’를 구축`, `‘해외 판로개척’ 사업` (quoted speech and slogans are not names);
 * 2. `K-` names: `K-수출전사 프로젝트`, except culture and industry words (`K-POP`, `K-뷰티`);
 * 3. known names: recurring policy instruments (무역금융, 무역보험, 수출 바우처) and every
 *    program name and alias in `.policynotes.json` (scanned with the agency names, in one pass);
 * 4. names ending in a program word (`suffixNames.ts`).
 *
 * A span that is an agency's name (`무역보험공사` contains 무역보험) is not a program.
 */
import type { Config } from '../config';
import { isWordChar } from './normalize';
import type { Phrase } from './phrases';
import { findSuffixName, GENERIC, isMalformedOrForeign, PROGRAM_WORD_RE, PROGRAM_WORDS, stripParticle, wordsIn, type NameSpot } from './suffixNames';
import type { Sentence } from './sentences';
import type { Confidence } from './types';
import { isKindOfProject } from './kinds';
import { ATTRACTED, isCut, isInAddress, isOwnedOrCounted, TENDER_RE } from './nameContext';
import { codeAt } from '../text/codeAt';

/** Policy instruments named without quotes or a program word: generic enough to be a candidate until a note says one twice. */
export const INSTRUMENTS = ['무역금융', '무역보험', '수출 바우처', '수출보험'];

/** The instruments, as a set. */
export const INSTRUMENT_SET: ReadonlySet<string> = new Set(INSTRUMENTS);

/** Funds known by name without quotes or a program word before them (the Korea Fund of Funds). */
const KNOWN_FUNDS = ['모태펀드'];

/** True for a built-in instrument or fund name (`모태펀드`, `무역보험`). */
export function isBuiltInName(name: string): boolean {
  return INSTRUMENT_SET.has(name) || KNOWN_FUNDS.includes(name);
}

/** Built-in program aliases (canonical first), applied when merging. */
export const BUILT_IN_PROGRAM_ALIASES: Readonly<Record<string, string[]>> = { 무역보험: ['수출보험'] };

/** `K-` words that name a culture or an industry, not a program (unless a program word follows). */
const K_WORDS_NOT_PROGRAMS = new Set(
  (
    'pop 팝 뷰티 푸드 콘텐츠 컬처 드라마 방역 ics 문화 게임 웹툰 영화 음악 패션 관광 브랜드 한류 팬덤 culture food beauty content ' +
    '반도체 방산 소비재 배터리 조선 원전 바이오 디지털 농식품 제약 의료 자동차 철강 화장품 수산식품 스마트팜 푸드테크 이니셔티브'
  ).split(' '),
);

/** Program words after a quoted name (`‘…’ 사업`), and the last words of quoted names. */
const CONTEXT_WORDS = [...PROGRAM_WORDS, '플랫폼', '챌린지', '캠페인', '이니셔티브', '패키지'];

/** Verbs that make a quoted object a program: `‘…’를 구축`, `‘…’을 신규 추진`. */
const LAUNCH = /^[을를]\s?(?:[가-힣]{1,4}\s)?(?:구축|추진|운영|도입|시행|신설|출범|개편|신규)/;

/**
 * Titles that are not programs: laws, decrees and their amendments; plans, strategies and
 * policy packages; committees, teams, centres and other bodies; meetings, ceremonies,
 * contests, events and tours; facilities; reports, guidelines and agreements.
 */
const NOT_PROGRAM_TITLE =
  /(?:[법령]|법률|규칙|규정|조례|협정|협약|개정안|법안|방안|전략|계획|대책|정책방향|정책|로드맵|위원회|[위단팀날]|회의|포럼|토론회|간담회|설명회|세미나|심포지엄|워크숍|\(워크숍\)|발표회|교류회|회담|협의회|협의체|총회|보고서|백서|지침|준칙|수칙|매뉴얼|요령|고시|가이드라인|선언|헌장|기준|붙임|참고|TF|T\/F|센터|본부|재단|공사|공단|학회|협회|연구원|연구소|연합회|조합|기념식|졸업식|행사|공모전|대회|박람회|전시회|축제|페스티벌|MOU|주간|기행|투어|충전소|교육장|체험관|기념관|박물관|전시관|제조시설|시설|공장)$/;

const CLOSE_QUOTES = new Set(['’', '”', "'", '"', '」', '』', '》', '〉', '｣']);

/** The instruments plus every configured program name and alias, as phrases to scan for (value null). */
export function programPhrases(config: Pick<Config, 'programAliases'>): Phrase<null>[] {
  const names = [...INSTRUMENTS, ...KNOWN_FUNDS];
  for (const [name, aliases] of Object.entries(config.programAliases)) names.push(name, ...aliases);
  return names.filter((n) => n.trim().length >= 2).map((text) => ({ text, value: null }));
}

/** A program name found in prose. */
export interface ProgramSpot extends NameSpot {
  /** Index of its sentence. */
  sentence: number;
  /** What this spot alone says about the name (see `Confidence`). */
  confidence: Confidence;
  /** True when the place says it is no program here (a contract, a company's, one of a count): never promoted. */
  plain?: boolean;
  /** True when only its program word found it (not quotes, a `K-` form, a known name or a restatement). */
  byWord?: boolean;
}

/** Offsets of every match of a global pattern, found in one pass over the text. */
function matchStarts(text: string, re: RegExp): { at: number; end: number }[] {
  const out: { at: number; end: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ at: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * A cursor over entries sorted by `at`: `take(from, to)` gives those starting within each
 * successive (ascending) range. Returns a shared empty array when there are none, so the
 * many sentences without candidates cost no allocation.
 */
export function cursor<T extends { at: number }>(list: readonly T[]): (from: number, to: number) => readonly T[] {
  let i = 0;
  const none: readonly T[] = [];
  return (from, to) => {
    while (i < list.length && (list[i] as T).at < from) i++;
    let k = i;
    while (k < list.length && (list[k] as T).at < to) k++;
    return k === i ? none : list.slice(i, k);
  };
}

const OPEN_QUOTE_RE = /[‘“'"「『《〈｢]/g;
const K_START_RE = /K[-‐‑]/g;

/**
 * Program names in the given sentences (in text order, each tagged with its sentence),
 * never overlapping each other or a `blocked` span (agency names). `known` are the known
 * names found in the prose (`programPhrases`); both lists are sorted by start. Each
 * pattern is searched once over the whole prose; sentences only bound the results.
 */
export function findPrograms(prose: string, sentences: readonly Sentence[], known: readonly NameSpot[], blocked: readonly { start: number; end: number }[]): ProgramSpot[] {
  const out: ProgramSpot[] = [];
  const quotes = cursor(matchStarts(prose, OPEN_QUOTE_RE));
  const ks = cursor(matchStarts(prose, K_START_RE));
  const words = cursor(matchStarts(prose, PROGRAM_WORD_RE));
  const rows = cursor(matchStarts(prose, BUDGET_ROW_HEAD_RE));
  const names = cursor(known.map((m) => ({ at: m.start, end: m.end, name: m.name })));
  const agencies = cursor(blocked.map((b) => ({ at: b.start, end: b.end })));
  sentences.forEach((s, index) => {
    const q = quotes(s.start, s.end);
    const k = ks(s.start, s.end);
    const m = names(s.start, s.end);
    const w = words(s.start, s.end);
    const a = agencies(s.start, s.end);
    const r = rows(s.start, s.end);
    if (q.length + k.length + m.length + w.length + r.length === 0) return;
    const taken: { start: number; end: number }[] = a.map((b) => ({ start: b.at, end: b.end }));
    // A sentence about contracts, tenders or orders won names contracts and orders, not programs.
    const tender = TENDER_RE.test(prose.slice(s.start, s.end));
    const add = (spot: NameSpot | null, confidence: Confidence, source = '') => {
      if (!spot) return;
      if (isInAddress(prose, spot.start)) return;
      // `새만금 스마트그린 국가시범단지(‘22.7월 지정)`: a dated remark in parentheses is not part of the name.
      const remark = /\s?\([^()\d]*\d[^()]*\)$/.exec(spot.name);
      if (remark && confidence !== 'declared' && /[월일년.]/.test(remark[0])) spot = { ...spot, name: spot.name.slice(0, remark.index), end: spot.end - remark[0].length };
      if (isMalformedOrForeign(spot.name)) return;
      const cut = source !== 'known' ? isCut(prose, s.start, s.end, spot) : null;
      if (cut === 'cut') return;
      const end = spot.cover ?? spot.end;
      if (taken.some((t) => t.start < end && spot.start < t.end)) return;
      taken.push({ start: spot.start, end });
      const plain = source !== 'known' && (tender || isOwnedOrCounted(prose, s.start, spot.start, s.end) || ATTRACTED.test(prose.slice(spot.end, spot.end + 6)));
      // Inside a longer quoted title it may be whole or cut (`‘… 활용프로그램 아이디어 공모전’`): no evidence here, but it counts as said.
      out.push({
        start: spot.start,
        end: spot.end,
        name: spot.name,
        sentence: index,
        confidence: plain || cut === 'titled' ? 'detected' : confidence,
        ...(plain ? { plain } : {}),
        ...(source === 'word' ? { byWord: true } : {}),
      });
    };
    for (const x of q) {
      const spot = quotedAt(prose, x.at, s.end);
      add(spot, spot?.weak ? 'detected' : 'named', 'quoted');
    }
    for (const x of k) {
      const spot = kNameAt(prose, x.at, s.end);
      // `K-수출전사 프로젝트` is named; a bare `K-TOP(혁신성장 역량지수)` may be an index, a slogan or a gloss.
      add(spot, spot && endsWithProgramWord(spot.name) ? 'named' : 'detected', 'K');
    }
    // A configured name is the user's word; a built-in instrument named once in passing (`수출보험료 지원`) may be generic.
    for (const x of m) add(x.end <= s.end ? { start: x.at, end: x.end, name: x.name } : null, INSTRUMENT_SET.has(x.name) ? 'detected' : 'named', 'known');
    for (const x of r) {
      const spot = budgetRowAt(prose, x.at, s.start, s.end);
      add(spot, spot && !isSummaryLine(prose, s.start, spot) && !isRowInProse(prose, s.start, s.end, spot) ? 'named' : 'detected', 'row');
    }
    for (const x of w) {
      const spot = findSuffixName(prose, x.at, x.end, s.start, s.end);
      add(spot, spot && modifierLength(spot.name) >= 4 && !isActivityProgram(spot.name) && !isKindOfProject(spot.name) && isIntroduced(prose, spot.end, s.end) ? 'named' : 'detected', 'word');
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

/** True when a name ends in a program word, or one glossed in parentheses (`예비창업묶음(패키지)`). */
export function endsWithProgramWord(name: string): boolean {
  const end = name.endsWith(')') ? name.slice(0, -1) : name;
  return PROGRAM_WORDS.some((w) => end.endsWith(w));
}

/**
 * True when saying a candidate again is evidence that it is a name: a known instrument, or a
 * name ending in a program word whose modifier has three letters or more. A bare `K-` word
 * (`K-치킨`) or a short generic phrase (`복구사업`) recurs as a kind of thing, not a program.
 */
export function mayRecur(name: string): boolean {
  return INSTRUMENT_SET.has(name) || (endsWithProgramWord(name) && modifierLength(name) >= 3 && !isActivityProgram(name) && !isKindOfProject(name));
}

/**
 * `…교육 프로그램`, `심리지원 프로그램`, `재활프로그램`: a 프로그램 named after the activity it
 * runs is a course or a service, however often said; a program that is a name says more
 * (`원전수출 첫걸음 프로그램`).
 */
export function isActivityProgram(name: string): boolean {
  return /(?:교육|훈련|체험|예방|지원|재활|실습|상담|치유|강화|육성|관리|운동|참여|교류|멘토링|코칭|연수|캠프|특화|맞춤형|과정|활동|진출|배치|협력|개발)\s?프로그램$/.test(name);
}

/**
 * Letters of a name before its program word (`마약사범 재활프로그램` 6, `도로사업` 2): a short
 * modifier (`재활 프로그램`, `보육사업`) names a kind of program more often than one program.
 */
export function modifierLength(name: string): number {
  let core = name.replace(/\s+/g, '');
  // Every program word at the end is the head (`도약 바우처 사업`: the modifier is `도약`).
  for (let again = true; again;) {
    const w = PROGRAM_WORDS.find((x) => core.endsWith(x) && core.length > x.length);
    again = w !== undefined;
    if (w) core = core.slice(0, -w.length);
  }
  return core.replace(/[^0-9A-Z가-힣]/gi, '').length;
}

/**
 * True when the text after a name introduces it as a program: a footnote mark that defines
 * it below (`공급망 안정사업* 신규 추진`), or a verb that launches or runs it (`…사업을 추진한다`,
 * `…사업을 신규 도입`, `…프로젝트를 공고`).
 */
function isIntroduced(prose: string, end: number, to: number): boolean {
  const after = prose.slice(end, Math.min(to, end + 20));
  return /^\*/.test(after) || INTRODUCED.test(after);
}

const INTRODUCED = /^[을를은는이가]?\s?(?:[가-힣]{1,4}\s)?(?:추진|시행|운영|신설|공고|모집|도입|출범|착수|개시)(?:한다|하며|하고|하여|[할을를\s]|하기|$|[.,])/;

/**
 * The head of a budget line: an action noun followed by its amount in parentheses
 * (`지식재산 평가 지원(135억원)`, `발명교원 육성 등(8억원)`) or by a colon and a year-labelled
 * series (`* 심사·심판 처리지원 : (’22년) 975억원 → (’23년 예산안) 982억원`). Budget releases
 * list their programs so, without a program word.
 */
const BUDGET_ROW_HEAD_RE = /(?:지원|육성|구축|운영|혁신|창출|보호)(?=\s?(?:등\s?)?\([^()\d]{0,10}\d[\d,.]*\s?(?:조|억|천만|백만)|\s?:\s?\(?['’‘`]?\d{2})/g;

/**
 * True when an amount follows no budget line of its own: a phrase that sums up a list
 * before it (`수출 안정자금, 제작금융 등 긴급 유동성 지원 (0.9조원)`), or lines joined into
 * one (`융복합지원·지역지원 (1,677억원)`, `서비스 발굴·지원`).
 */
function isSummaryLine(prose: string, from: number, spot: NameSpot): boolean {
  if (/(?:지원|육성|구축|운영|혁신|창출|보호|발굴|개발)·/.test(spot.name)) return true;
  // A list with commas before `등` (`인공지능(AI) 기술 도입 등 고품질 …처리지원` says what a line covers).
  return /,[^,]{1,40}\s등\s*$/.test(prose.slice(Math.max(from, spot.start - 60), spot.start));
}

/**
 * True when an amount in parentheses follows a measure written in running prose, not a line
 * of its own: after another item and a comma (`…장비 구축, 기술개발 제품 실증지원(2,510억원)`),
 * after a quantity (`가맹점 1개월분 월세 전액 지원(…)`), or before more items summed up with `등`
 * (`유통점 운영자금 지원(125억원), 채권이자 유예 등 …`).
 */
function isRowInProse(prose: string, from: number, to: number, spot: NameSpot): boolean {
  const before = prose.slice(Math.max(from, spot.start - 40), spot.start);
  if (/\d[가-힣]{0,3}\s$/.test(before)) return true;
  const after = prose.slice(spot.end, Math.min(to, spot.end + 60));
  return /^\s?\([^()]*\),\s[^,()]{1,30}\s등\s/.test(after);
}

/** The budget line's name ending at the action noun at `at` (walked back as a suffix name is). */
function budgetRowAt(prose: string, at: number, from: number, to: number): NameSpot | null {
  return at + 2 <= to ? findSuffixName(prose, at, at + 2, from, at + 2) : null;
}

/** The quoted name opening at `i`, if it is one in a program context. */
function quotedAt(prose: string, i: number, to: number): NameSpot | null {
  let j = i + 1;
  while (j < to && j - i <= 32 && !CLOSE_QUOTES.has(prose[j] as string)) j++;
  if (j >= to || !CLOSE_QUOTES.has(prose[j] as string)) return null;
  const inner = prose.slice(i + 1, j);
  // A quoted title of a law, a plan, a body, a meeting or an event is no program, whatever follows it;
  // nor is a quoted sector or industry word (`‘바이오’ 분야 사업`).
  if (!isNameLike(inner) || NOT_PROGRAM_TITLE.test(inner.replace(/\((?:안|가칭|案)\)$/, ''))) return null;
  // `'재도약(500억원)' 펀드`: a share of a list with its amount, not a name.
  if (/\(\d[\d,.]*\s?(?:[조억만]|천만|백만|천)?\s?(?:원|달러)\)$/.test(inner)) return null;
  if (isEvent(prose, inner, i, j, to)) return null;
  if (!inner.includes(' ') && (GENERIC.has(inner) || K_WORDS_NOT_PROGRAMS.has(inner.toLowerCase()))) return null;
  const context = programContext(prose, inner, i, j, to);
  return context ? { start: i + 1, end: j, name: inner, ...context } : null;
}

/**
 * A challenge or campaign that the text calls an event (`‘… 챌린지’ 행사를 개최`) or gives as
 * an example of an activity (`SNS ‘… 챌린지’ 등`): an event, not a program. A quoted name
 * followed by an event word is an event whatever its last word.
 */
function isEvent(prose: string, inner: string, open: number, close: number, to: number): boolean {
  const after = prose.slice(close + 1, Math.min(to, close + 12));
  if (/^\s?(?:행사|이벤트|기념행사)/.test(after)) return true;
  if (!/(?:챌린지|캠페인)$/.test(inner)) return false;
  return /^\s?등/.test(after) || /(?:SNS|에스엔에스|누리소통망|온라인)\s?$/.test(prose.slice(Math.max(0, open - 12), open));
}

/** Short, no blank at either end, has a letter, no sentence punctuation, not a verb form. */
function isNameLike(inner: string): boolean {
  if (inner.length < 2 || inner.length > 30 || /^\s|\s$/.test(inner)) return false;
  if (!/[가-힣A-Z]/i.test(inner) || /[.!?…,]\s|[.!?,]$|다\.?$|요$|까$/.test(inner)) return false;
  return !/^\d{2}[년.]/.test(inner); // `’22년 …‘`: a year abbreviation, not an opening quote
}

/**
 * Where a quoted name's text ends (`cover`: after the closing quote, or after a program word
 * that follows), and whether only a launch verb makes it a program (`weak`); null when it is
 * no program.
 */
function programContext(prose: string, inner: string, open: number, close: number, to: number): { cover: number; weak?: boolean } | null {
  // A quoted `K-` word needs a program context like any quoted word (`‘K-치킨’` is a food, `‘K-수출전사’ 프로젝트` a program).
  if (CONTEXT_WORDS.some((w) => (inner.endsWith(w) || inner.endsWith(`(${w})`)) && inner.length > w.length + 2)) return { cover: close + 1 };
  const after = prose.slice(close + 1, Math.min(to, close + 24));
  // `470억 원 규모의 ‘…’`, or named in apposition: `…하는 프로그램인 ‘유니콘랩’`.
  if (/규모의?\s$|(?:사업|프로그램|프로젝트|펀드|바우처)인\s?$/.test(prose.slice(Math.max(0, open - 8), open))) return { cover: close + 1 };
  // `‘90일 출석정지’를 도입`: a quoted measure that is launched may be a program or only a rule.
  if (LAUNCH.test(after)) return { cover: close + 1, weak: true };
  // `‘…’ 사업을`, or one modifier word between: `‘마스가(MASGA)’ 대미 프로젝트를`.
  if (after.length > 0 && after[0] !== ' ' && !CONTEXT_WORDS.some((w) => after.startsWith(w))) return null;
  const word = wordsIn(after, 0, after.length)
    .slice(0, 2)
    .find((w) => CONTEXT_WORDS.includes(stripParticle(w.text).core));
  return word ? { cover: close + 1 + word.start + stripParticle(word.text).core.length } : null;
}

const K_NAME = /K[-‐‑][0-9A-Za-z가-힣]+(?:[-‐‑·][0-9A-Za-z가-힣]+)?/y;

/** The `K-` name at `i` (a program word right after it included), unless it names a culture or an industry. */
function kNameAt(prose: string, i: number, to: number): NameSpot | null {
  if (i > 0 && isWordChar(codeAt(prose, i - 1))) return null;
  // `녹색전환(K-GX)`: a gloss of the word before, not a name of its own.
  if (i > 1 && codeAt(prose, i - 1) === 40 && isWordChar(codeAt(prose, i - 2))) return null;
  K_NAME.lastIndex = i;
  const m = K_NAME.exec(prose);
  if (!m || i + m[0].length > to) return null;
  const own = stripParticle(m[0]).core;
  let end = i + own.length;
  const next = wordsIn(prose, end, Math.min(to, end + 12))[0];
  const core = next ? stripParticle(next.text).core : '';
  const hasWord = next !== undefined && /^\s?$/.test(prose.slice(end, next.start)) && PROGRAM_WORDS.includes(core);
  if (hasWord) end = next.start + core.length;
  else if (K_WORDS_NOT_PROGRAMS.has(own.slice(2).toLowerCase())) return null;
  return { start: i, end, name: prose.slice(i, end) };
}

/**
 * Every other place the note writes a name it has already shown to be a program: a name
 * quoted once (`‘성장 바우처’를 지원한다`) is the same program where the lead lists it bare
 * (`성장 바우처 10개사, 고도화 바우처 5개사 지원`), so its figures bind there too. Only names
 * with evidence (not `detected`) of three characters or more are looked for.
 */
export function withRestatements(prose: string, sentences: readonly Sentence[], spots: ProgramSpot[]): ProgramSpot[] {
  const names = new Set<string>();
  for (const s of spots) if (s.confidence !== 'detected' && s.name.replace(/\s/g, '').length >= 3) names.add(s.name);
  if (names.size === 0) return spots;
  const taken = spots.map((s) => ({ start: s.start, end: s.cover ?? s.end, weak: s.confidence === 'detected' }));
  const added: ProgramSpot[] = [];
  const replaced = new Set<number>();
  // A note names a handful of programs: one native search per name beats building an index.
  for (const name of names) {
    for (let at = prose.indexOf(name); at >= 0; at = prose.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (at > 0 && isWordChar(codeAt(prose, at - 1))) continue;
      const overlaps = taken.filter((t) => t.start < end && at < t.end);
      // A candidate cut from a longer program the note names (`아침밥 사업` in `천원의 아침밥 사업`) gives way to it.
      if (overlaps.some((t) => !t.weak || t.start < at)) continue;
      const k = sentenceAt(sentences, at);
      const s = sentences[k];
      if (!s || s.start > at || s.end < end) continue;
      for (const t of overlaps) replaced.add(t.start);
      taken.push({ start: at, end, weak: false });
      added.push({ start: at, end, name, sentence: k, confidence: 'named' });
    }
  }
  if (added.length === 0) return spots;
  return [...spots.filter((s) => !replaced.has(s.start)), ...added].sort((a, b) => a.start - b.start);
}

/** The index of the sentence holding `offset` (or the next one), by binary search. */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Sentence).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
