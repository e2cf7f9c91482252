/**
 * Character classes and the one-to-one normalisation the recognizer scans.
 *
 * The guide asks for NFKC with an offset map; every variant that matters here (fullwidth
 * ASCII, the tilde family, curly quotes) maps one UTF-16 unit to one unit, so a copy of the
 * same length keeps every offset valid and no map is needed. The note itself is never edited.
 */
import { codeAt } from '../text/codeAt';

/** True for an ASCII digit code. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for an ASCII letter code. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True for a precomposed Hangul syllable (가–힣). */
export function isHangul(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

/** True for a space or tab (not a line break: segments never contain one). */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
}

/** Quotes that introduce a two-digit year (`’22년`, `‘20.1.3`), after normalisation. */
const QUOTE_LIKE = new Set([0x2018, 0x2019, 0x60, 0x2032, 0xb4]);
/** Range dashes and tildes (`1∼2억`, `1～3개`, `2017–2021년`). */
const TILDE_LIKE = new Set([0x223c, 0x301c, 0x2053, 0x2013]);

/** Characters that need mapping; a text without any is returned as is (the common case). */
const NEEDS_MAP = /[\uff01-\uff5e\u223c\u301c\u2053\u2013\u2018\u2019\u0060\u2032\u00b4\u2212\u00a0\u3000]/g;

/** Maps one character to its scanning form (always one UTF-16 unit, so offsets hold). */
function mapChar(ch: string): string {
  const c = codeAt(ch, 0);
  // Fullwidth ASCII (digits, ％, ＄ …); the fullwidth tilde becomes the range tilde.
  if (c >= 0xff01 && c <= 0xff5e) return c === 0xff5e ? '~' : String.fromCharCode(c - 0xfee0);
  if (TILDE_LIKE.has(c)) return '~';
  if (QUOTE_LIKE.has(c)) return "'";
  if (c === 0x2212) return '-'; // minus sign
  return ' '; // no-break and ideographic spaces
}

/**
 * Returns a copy of `text` of the same length in which fullwidth ASCII, tildes, curly
 * quotes and odd spaces are replaced by their plain forms, so offsets stay valid.
 */
export function normalizeForScan(text: string): string {
  return text.replace(NEEDS_MAP, mapChar);
}

/**
 * Syllables that may start a Korean particle or ending right after a number and its unit
 * (`200개사가`, `30명의`, `1000곳에서`). Used where a unit is also the start of a common
 * noun and only a particle may follow it.
 */
const PARTICLE_START = new Set(Array.from('가는은를을와과의에로으도만씩까부중이였며뿐내나란보서대및께인'));

/** True when the code at `i` is not a syllable that continues a word, i.e. end, non-Hangul or a particle. */
export function endsWord(s: string, i: number): boolean {
  if (i >= s.length) return true;
  const c = codeAt(s, i);
  if (!isHangul(c)) return true;
  return PARTICLE_START.has(s[i]);
}

const MAN = 0xb9cc; // 만
const EOK = 0xc5b5; // 억
const JO = 0xc870; // 조
const GYEONG = 0xacbd; // 경
const SIP = 0xc2ed; // 십
const BAEK = 0xbc31; // 백
const CHEON = 0xcc9c; // 천

/** Power of ten of a big unit (만 4, 억 8, 조 12, 경 16), or -1. */
export function bigExp(c: number): number {
  return c === MAN ? 4 : c === EOK ? 8 : c === JO ? 12 : c === GYEONG ? 16 : -1;
}

/** Power of ten of a sub-unit inside a group (십 1, 백 2, 천 3), or -1. */
export function subExp(c: number): number {
  return c === SIP ? 1 : c === BAEK ? 2 : c === CHEON ? 3 : -1;
}
