/**
 * Korean particles that agree with the word before them. A Korean message is written with
 * both forms, the way Korean software writes them when it cannot know the word
 * (`{0}이(가) 없습니다`), and `resolveParticles` picks the one that fits the text actually
 * substituted: `source가`, `title이`, `2025년이`, `1이`… The word is read as a Korean reader
 * says it: Hangul by its last syllable, digits and numbers by their Korean reading (`1` 일,
 * `2` 이, `10` 십, `1000` 천), single Latin letters and acronyms by the letters' names
 * (`L` 엘, `CSV` 씨에스브이) and English words by a pronunciation rule of thumb (`title`
 * 타이틀, `date` 데이트, `name` 네임). Closing quotes, backticks and brackets are skipped.
 */

/** What ends the word before a particle: no final consonant, the liquid ㄹ, or another final consonant. */
export type Ending = 'vowel' | 'rieul' | 'consonant';

/** Final consonant of a Hangul syllable's reading: index of the jongseong (0 none, 8 ㄹ). */
function hangulEnding(code: number): Ending {
  const jong = (code - 0xac00) % 28;
  return jong === 0 ? 'vowel' : jong === 8 ? 'rieul' : 'consonant';
}

/** 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT: readonly Ending[] = ['consonant', 'rieul', 'vowel', 'consonant', 'vowel', 'vowel', 'consonant', 'rieul', 'rieul', 'vowel'];

/** The names of Latin letters in Korean: 엘 엠 엔 알 end in a consonant, the others in a vowel. */
function letterEnding(ch: string): Ending {
  const c = ch.toLowerCase();
  if (c === 'l' || c === 'r') return 'rieul';
  if (c === 'm' || c === 'n') return 'consonant';
  return 'vowel';
}

/**
 * A number's reading ends in its last non-zero digit, or in the power of ten of its trailing
 * zeros: 십 백 천 만 (then 십만, 백만… end in 만), 억, 조 (a vowel), 경.
 */
function numberEnding(digits: string): Ending {
  if (digits.includes('.')) return DIGIT[Number(digits[digits.length - 1])]!; // 0.5 → 영 점 오
  const int = String(Number(digits)) === digits ? digits : digits.slice(digits.length - 1);
  let zeros = 0;
  while (zeros < int.length && int[int.length - 1 - zeros] === '0') zeros++;
  if (zeros === 0 || int === '0') return DIGIT[Number(int[int.length - 1])]!;
  // 십 백 천 만 (십만 백만 천만) 억 (십억…천억) end in a consonant, 조 (십조…천조) in a vowel, 경 again in one.
  return zeros >= 12 && zeros <= 15 ? 'vowel' : 'consonant';
}

/**
 * An English word by how Korean writes it: a final l is ㄹ (파일, 타이틀), m, n and ng are
 * consonants (네임, 라인, 스트링), and a silent e leaves the consonant before it (`name`,
 * `line`, `file`); every other ending takes a vowel (`date` 데이트, `source` 소스, `tag` 태그).
 */
function englishEnding(word: string): Ending {
  const w = word.toLowerCase();
  const base = w.length > 2 && /[^aeiou]e$/.test(w) ? w.slice(0, -1) : w;
  if (base.endsWith('l')) return 'rieul';
  if (/(?:m|n|ng)$/.test(base)) return 'consonant';
  return 'vowel';
}

const SKIPPED = new Set(['`', "'", '"', ')', ']', '}', '」', '』', '’', '”', '>', '*', '_', ' ']);

/** How the text before `index` ends when read aloud in Korean; `vowel` when nothing can be read. */
export function endingBefore(text: string, index: number): Ending {
  let i = index;
  while (i > 0 && SKIPPED.has(text[i - 1]!)) i--;
  if (i === 0) return 'vowel';
  const code = text.charCodeAt(i - 1);
  if (code >= 0xac00 && code <= 0xd7a3) return hangulEnding(code);
  if (code >= 0x30 && code <= 0x39) {
    let j = i - 1;
    while (j > 0 && /[\d.,]/.test(text[j - 1]!)) j--;
    const digits = text.slice(j, i).replace(/,/g, '').replace(/^\./, '');
    return numberEnding(digits || '0');
  }
  if (/[A-Z]/i.test(text[i - 1]!)) {
    let j = i - 1;
    while (j > 0 && /[A-Z]/i.test(text[j - 1]!)) j--;
    const word = text.slice(j, i);
    // One letter, an acronym or a word without vowels (`L`, `CSV`, `png`): read by the letters' names.
    if (word.length === 1 || word === word.toUpperCase() || !/[aeiouy]/i.test(word)) return letterEnding(word[word.length - 1]!);
    return englishEnding(word);
  }
  if (text[i - 1] === '%') return 'vowel'; // 퍼센트
  return 'vowel';
}

/** The pairs written in messages, each as [written, after a consonant, after a vowel, after ㄹ]. */
const PAIRS: readonly [string, string, string, string][] = [
  ['이(가)', '이', '가', '이'],
  ['을(를)', '을', '를', '을'],
  ['은(는)', '은', '는', '은'],
  ['과(와)', '과', '와', '과'],
  ['와(과)', '과', '와', '과'],
  ['(으)로', '으로', '로', '로'],
  ['(이)라는', '이라는', '라는', '이라는'],
  ['(이)나', '이나', '나', '이나'],
  ['(이)다', '이다', '다', '이다'],
];

/** Every written pair of `PAIRS`. */
const PATTERN = /이\(가\)|을\(를\)|은\(는\)|과\(와\)|와\(과\)|\(으\)로|\(이\)라는|\(이\)나|\(이\)다/g;

/** Replaces every written pair (`이(가)`, `을(를)`, `(으)로`…) by the form the word before it takes. */
export function resolveParticles(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(PATTERN, (written, offset: number) => {
    const pair = PAIRS.find(([w]) => w === written)!;
    const ending = endingBefore(text, offset);
    return ending === 'vowel' ? pair[2] : ending === 'rieul' ? pair[3] : pair[1];
  });
}
