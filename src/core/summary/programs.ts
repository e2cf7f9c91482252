/**
 * Program names in prose, four ways, most reliable first (a later way never overrides an
 * earlier one on the same text):
 *
 * 1. quoted names in a program context: `‘K-수출스타’ 프로그램`, `470억 원 규모의 ‘한류 소비재
 *    수출 하이웨이’를 구축`, `‘해외 판로개척’ 사업` (quoted speech and slogans are not names);
 * 2. `K-` names: `K-수출전사 프로젝트`, except culture and industry words (`K-POP`, `K-뷰티`);
 * 3. known names: recurring policy instruments (무역금융, 무역보험, 수출 바우처) and every
 *    program name and alias in `.policynotes.json`;
 * 4. names ending in a program word (`suffixNames.ts`).
 *
 * A span that is an agency's name (`무역보험공사` contains 무역보험) is not a program.
 */
import type { Config } from '../config';
import { isWordChar } from './normalize';
import { buildPhraseIndex, findPhrases, type PhraseIndex } from './phrases';
import { findSuffixNames, PROGRAM_WORDS, stripParticle, wordsIn, type NameSpot } from './suffixNames';
import type { Sentence } from './sentences';

/** Policy instruments named without quotes or a program word. */
export const INSTRUMENTS = ['무역금융', '무역보험', '수출 바우처', '수출보험'];

/** Built-in program aliases (canonical first), applied when merging. */
export const BUILT_IN_PROGRAM_ALIASES: Readonly<Record<string, string[]>> = { 무역보험: ['수출보험'] };

/** `K-` words that name a culture or an industry, not a program (unless a program word follows). */
const K_WORDS_NOT_PROGRAMS = new Set(
  'pop 팝 뷰티 푸드 콘텐츠 컬처 드라마 방역 ics 문화 게임 웹툰 영화 음악 패션 관광 브랜드 한류 팬덤 culture food beauty content'.split(' '),
);

/** Program words after a quoted name (`‘…’ 사업`), and the last words of quoted names. */
const CONTEXT_WORDS = [...PROGRAM_WORDS, '플랫폼', '챌린지', '센터', '캠페인', '이니셔티브', '패키지'];

/** Verbs that make a quoted object a program: `‘…’를 구축`, `‘…’을 신규 추진`. */
const LAUNCH = /^[을를]\s?(?:[가-힣]{1,4}\s)?(?:구축|추진|운영|도입|시행|신설|출범|개편|신규)/;

const OPEN_QUOTES = new Set(['‘', '“', "'", '"', '「', '『', '《', '〈']);
const CLOSE_QUOTES = new Set(['’', '”', "'", '"', '」', '』', '》', '〉']);

/** Known program names, built once per configuration. */
export type ProgramLexicon = PhraseIndex<null>;

/** The instruments plus every configured program name and alias. */
export function buildProgramLexicon(config: Pick<Config, 'programAliases'>): ProgramLexicon {
  const names = [...INSTRUMENTS];
  for (const [name, aliases] of Object.entries(config.programAliases)) names.push(name, ...aliases);
  return buildPhraseIndex(names.filter((n) => n.trim().length >= 2).map((text) => ({ text, value: null })));
}

/** A program name found in prose. */
export interface ProgramSpot extends NameSpot {
  /** Index of its sentence. */
  sentence: number;
}

/** Program names in the given sentences, in text order, never overlapping each other or `blocked` spans. */
export function findPrograms(prose: string, sentences: readonly Sentence[], lexicon: ProgramLexicon, blocked: readonly { start: number; end: number }[]): ProgramSpot[] {
  const out: ProgramSpot[] = [];
  sentences.forEach((s, index) => {
    const taken: { start: number; end: number }[] = blocked.filter((b) => b.start < s.end && s.start < b.end);
    const add = (spots: readonly NameSpot[]) => {
      for (const spot of spots) {
        if (taken.some((t) => t.start < spot.end && spot.start < t.end)) continue;
        taken.push(spot);
        out.push({ ...spot, sentence: index });
      }
    };
    add(findQuoted(prose, s.start, s.end));
    add(findKNames(prose, s.start, s.end));
    add(findPhrases(lexicon, prose, s.start, s.end).map((m) => ({ start: m.start, end: m.end, name: m.text })));
    add(findSuffixNames(prose, wordsIn(prose, s.start, s.end)));
  });
  return out.sort((a, b) => a.start - b.start);
}

/** Quoted names in a program context. */
function findQuoted(prose: string, from: number, to: number): NameSpot[] {
  const out: NameSpot[] = [];
  for (let i = from; i < to; i++) {
    if (!OPEN_QUOTES.has(prose[i] as string)) continue;
    let j = i + 1;
    while (j < to && j - i <= 32 && !CLOSE_QUOTES.has(prose[j] as string)) j++;
    if (j >= to || !CLOSE_QUOTES.has(prose[j] as string)) continue;
    const inner = prose.slice(i + 1, j);
    if (isNameLike(inner) && inProgramContext(prose, inner, i, j, to)) {
      out.push({ start: i + 1, end: j, name: inner });
      i = j;
    }
  }
  return out;
}

/** Short, no blank at either end, has a letter, no sentence punctuation, not a verb form. */
function isNameLike(inner: string): boolean {
  if (inner.length < 2 || inner.length > 30 || /^\s|\s$/.test(inner)) return false;
  if (!/[가-힣A-Za-z]/.test(inner) || /[.!?…,]\s|[.!?,]$|다\.?$|요$|까$/.test(inner)) return false;
  return !/^\d{2}[년.]/.test(inner); // `’22년 …‘`: a year abbreviation, not an opening quote
}

function inProgramContext(prose: string, inner: string, open: number, close: number, to: number): boolean {
  if (/^K[-‐‑]/i.test(inner)) return true;
  if (CONTEXT_WORDS.some((w) => inner.endsWith(w) && inner.length > w.length)) return true;
  const after = prose.slice(close + 1, Math.min(to, close + 24));
  if (LAUNCH.test(after)) return true;
  if (/규모의?\s$/.test(prose.slice(Math.max(0, open - 5), open))) return true;
  // `‘…’ 사업을`, or one modifier word between: `‘마스가(MASGA)’ 대미 프로젝트를`.
  const words = wordsIn(after, 0, after.length).slice(0, 2);
  if (after.length > 0 && after[0] !== ' ' && !CONTEXT_WORDS.some((w) => after.startsWith(w))) return false;
  return words.some((w) => CONTEXT_WORDS.includes(stripParticle(w.text).core));
}

const K_NAME = /K[-‐‑][0-9A-Za-z가-힣]+(?:[-‐‑·][0-9A-Za-z가-힣]+)?/y;

/** `K-` names starting a word, with a program word right after them included in the name. */
function findKNames(prose: string, from: number, to: number): NameSpot[] {
  const out: NameSpot[] = [];
  for (let i = prose.indexOf('K', from); i >= 0 && i < to; i = prose.indexOf('K', i + 1)) {
    if (i > 0 && isWordChar(prose.charCodeAt(i - 1))) continue;
    K_NAME.lastIndex = i;
    const m = K_NAME.exec(prose);
    if (!m || i + m[0].length > to) continue;
    const own = stripParticle(m[0]).core;
    let end = i + own.length;
    const next = wordsIn(prose, end, Math.min(to, end + 12))[0];
    const hasWord = next !== undefined && /^\s?$/.test(prose.slice(end, next.start)) && PROGRAM_WORDS.includes(stripParticle(next.text).core);
    if (hasWord) end = next.start + stripParticle(next.text).core.length;
    if (!hasWord && K_WORDS_NOT_PROGRAMS.has(own.slice(2).toLowerCase())) continue;
    out.push({ start: i, end, name: prose.slice(i, end) });
    i = end - 1;
  }
  return out;
}
