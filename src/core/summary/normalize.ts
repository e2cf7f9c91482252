/**
 * Small text helpers shared by the summary's detectors: character classes, the program
 * merge key, and the display text of a sentence. All linear, no backtracking patterns.
 */

/** True for a Hangul syllable (가–힣) or a compatibility jamo. */
export function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e);
}

/** True for an ASCII letter or digit. */
export function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True for a character that continues a word: Hangul, ASCII letters and digits. */
export function isWordChar(c: number): boolean {
  return isHangul(c) || isAsciiWord(c);
}

/** Generic words a program name may end with; `K-수출스타 사업` and `K-수출스타` are one program. */
const GENERIC_TAILS = ['사업', '프로그램', '프로젝트'];

/** A leading year (`2024년`, `2024년도`, `25년`, a bare `2025`) or round (`1차`, `제2차`), after blanks and quotes are removed. */
const LEADING_YEAR_OR_ROUND = /^(?:(?:19|20)?\d{2}년도?|(?:19|20)\d{2}(?=\D)|제?\d{1,2}차)/;

/** Quotes, blanks, middle dots and dashes: written differently, meaning the same name. */
const IGNORABLE = /[\s'"‘’“”`´「」『』《》〈〉<>≪≫·・‧∙•‐‑‒–—―-]/gu;

/**
 * The merge key of a program name: NFKC, case-folded, without quotes, blanks, middle dots
 * and dashes, and without a trailing generic word (사업, 프로그램, 프로젝트) when something
 * specific remains. `‘K-수출스타’ 프로그램`, `K-수출스타 사업` and `k수출스타` share a key.
 */
export function programKey(name: string): string {
  let key = name.normalize('NFKC').toLowerCase().replace(IGNORABLE, '');
  // One program whatever its year or round: `2024년 바다마을 도약사업`, `’25년도 …`, `2차 …` are `바다마을 도약사업`.
  const dated = LEADING_YEAR_OR_ROUND.exec(key);
  if (dated && key.length - dated[0].length >= 2) key = key.slice(dated[0].length);
  for (const tail of GENERIC_TAILS) {
    if (key.length >= tail.length + 2 && key.endsWith(tail)) {
      key = key.slice(0, -tail.length);
      break;
    }
  }
  return key;
}

/** The key under which agency names are compared (aliases are matched on it too). */
export function agencyKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(IGNORABLE, '');
}

/** Longest sentence text kept for tooltips; longer ones are cut with an ellipsis. */
export const MAX_SENTENCE_TEXT = 240;

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", middot: '·' };

/**
 * The display text of a span of the note: HTML tags and Markdown emphasis markers removed,
 * common entities decoded, blanks collapsed, cut at `MAX_SENTENCE_TEXT`. Always a new flat
 * string, so it never keeps the whole note's text alive in a cache.
 */
export function displayText(source: string): string {
  const out = source
    .replace(/<[^<>]{0,400}>/g, '')
    .replace(/&(nbsp|amp|lt|gt|quot|apos|middot);/g, (_m, name: string) => ENTITIES[name] ?? ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return detach(out.length > MAX_SENTENCE_TEXT ? `${out.slice(0, MAX_SENTENCE_TEXT - 1)}…` : out);
}

/**
 * A copy of `s` that shares no memory with the string it was sliced from. V8 keeps a slice
 * (and `replace` or `normalize` results without changes) pointing into its parent, so a cached
 * name or sentence would otherwise keep the whole note's text alive.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** Most strings `intern` keeps; when full it starts over (a cache, never a leak). */
const INTERN_LIMIT = 20000;
const interned = new Map<string, string>();

/**
 * One shared copy of a short, often repeated string (program keys and names, figure texts,
 * deadline phrases): 20,000 cached note summaries then hold one `무역금융`, not 20,000.
 * Purely a memory measure: results are equal with or without it. Long strings are detached.
 */
export function intern(s: string): string {
  if (s.length > 40) return detach(s);
  const hit = interned.get(s);
  if (hit !== undefined) return hit;
  if (interned.size >= INTERN_LIMIT) interned.clear();
  const own = detach(s);
  interned.set(own, own);
  return own;
}
