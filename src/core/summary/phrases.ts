/**
 * Finding known names (agencies and their aliases, policy instruments, configured program
 * names) in text: a first-character index over literal phrases, tried only where a word
 * starts. No regular expression is built from user-supplied names, so configuration can
 * never make scanning slow (docs/design.md, case H23), and the cost is linear in the text.
 */
import { isAsciiWord, isHangul, isWordChar } from './normalize';
import { codeAt } from '../text/codeAt';

/** A literal to look for, and what it stands for. */
export interface Phrase<T> {
  text: string;
  value: T;
}

/** A phrase found in text. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

/** Phrases grouped by their first two characters, longest first, so the longest name at a place wins. */
export interface PhraseIndex<T> {
  byFirst: Map<number, Phrase<T>[]>;
  /** 1 for each character code some phrase starts with. */
  firsts: Uint8Array;
  /**
   * 1 at `pairSlot` of each phrase's first two characters. Most word starts whose first
   * character begins some phrase are not followed by its second one (`산` of `산업부` starts
   * many words): this table turns them away before the map is asked.
   */
  pairs: Uint8Array;
}

/** A slot of `pairs` for two characters (collisions only cost a map lookup). */
function pairSlot(c: number, d: number): number {
  return ((c * 31) ^ d) & 0xffff;
}

/**
 * Particles and suffixes that may follow a short Korean name (`무보는`, `무보와의`, `신보 측`).
 * A two-syllable alias followed by any other syllable is part of another word (`무보증`).
 */
const PARTICLES = [
  '와의',
  '과의',
  '에서',
  '에게',
  '으로',
  '로서',
  '에는',
  '와는',
  '과는',
  '까지',
  '부터',
  '처럼',
  '보다',
  '장관',
  '차관',
  '청장',
  '사장',
  '이사장',
  '원장',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '와',
  '과',
  '도',
  '로',
  '만',
  '측',
];

/** Builds an index. A phrase with blanks also matches without them (`수출 바우처`, `수출바우처`). */
export function buildPhraseIndex<T>(phrases: readonly Phrase<T>[]): PhraseIndex<T> {
  const byFirst = new Map<number, Phrase<T>[]>();
  const seen = new Set<string>();
  const add = (p: Phrase<T>) => {
    if (p.text.length < 2 || seen.has(p.text)) return;
    seen.add(p.text);
    const key = pairKey(p.text, 0);
    const list = byFirst.get(key) ?? [];
    list.push(p);
    byFirst.set(key, list);
  };
  for (const p of phrases) {
    const text = p.text.normalize('NFC').trim().replace(/\s+/g, ' ');
    add({ text, value: p.value });
    if (text.includes(' ')) add({ text: text.replace(/ /g, ''), value: p.value });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);
  const firsts = new Uint8Array(0x10000);
  const pairs = new Uint8Array(0x10000);
  for (const k of byFirst.keys()) {
    const c = Math.floor(k / 0x10000);
    firsts[c] = 1;
    pairs[pairSlot(c, k % 0x10000)] = 1;
  }
  return { byFirst, firsts, pairs };
}

/** 1 for each character code that continues a word (as `isWordChar`), for the scanning loop. */
const WORD = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isWordChar(c)) WORD[c] = 1;

/** The first two characters at `i` as one number (phrases have at least two). */
function pairKey(text: string, i: number): number {
  return codeAt(text, i) * 0x10000 + (codeAt(text, i + 1) || 0);
}

/** True when a phrase ending at `end` is not glued to the following word. */
function endsWord(text: string, phrase: string, end: number): boolean {
  if (end >= text.length) return true;
  const last = codeAt(phrase, phrase.length - 1);
  const next = codeAt(text, end);
  if (isAsciiWord(last)) return !isAsciiWord(next);
  // Names of three syllables or more are distinctive enough to take any ending (`산업부장관`).
  if (phrase.length > 2 || !isHangul(next)) return true;
  for (const p of PARTICLES) {
    if (text.startsWith(p, end) && !isHangul(codeAt(text, end + p.length))) return true;
  }
  return false;
}

/**
 * Every non-overlapping phrase of `text`, leftmost-longest, each starting a word. One pass
 * over the whole text: call it once per note, not per sentence.
 */
export function findPhrases<T>(index: PhraseIndex<T>, text: string): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  const { firsts, pairs, byFirst } = index;
  let prevWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = codeAt(text, i);
    const word = WORD[c] === 1;
    // Only a word start can begin a name: one table lookup per word, nothing inside words.
    if (prevWord && word) continue;
    prevWord = word;
    if (firsts[c] !== 1 || pairs[pairSlot(c, codeAt(text, i + 1) || 0)] !== 1) continue;
    const hit = phraseAt(byFirst.get(pairKey(text, i)), text, i);
    if (hit) {
      out.push({ start: i, end: i + hit.text.length, text: hit.text, value: hit.value });
      i += hit.text.length - 1;
      prevWord = isWordChar(codeAt(text, i));
    }
  }
  return out;
}

/** The first (longest) phrase of `list` written at `i` and not glued to the next word. */
function phraseAt<T>(list: Phrase<T>[] | undefined, text: string, i: number): Phrase<T> | undefined {
  if (!list) return undefined;
  for (const p of list) if (text.startsWith(p.text, i) && endsWord(text, p.text, i + p.text.length)) return p;
  return undefined;
}
