/**
 * Dates, deadlines and year ranges.
 *
 * `2026-01-12`, `2020.4.28.`, `2023. 3. 27.`, `’22년`, `‘20.1.3`, `’21.12`, `2024년도`,
 * `2024년 3월 27일`, `3월 27일`, `9.23.(금)`, `1분기`, `4/4분기`, `2017∼2021년` are dates;
 * `2028년까지`, `’25년 6월까지`, `향후 5년 내`, `올해 하반기` are deadlines. A date's
 * `value` is its year when known; `iso` is the ISO form (`2021-12`, `2024-Q1`, `2025-H2`,
 * `--09-23` when the year is unknown, `2017/2021` for a range).
 *
 * Every pattern is a sticky regex tried at one position with bounded repeats (`\d{1,2}`,
 * ` ?`), so each attempt costs a constant.
 */
import * as chars from './chars';
import { codeAt } from '../text/codeAt';

const { isDigit } = chars; // bound once: see number.ts

/** A date-like claim before qualifiers and text are attached. */
export interface DateHit {
  start: number;
  end: number;
  kind: 'date' | 'deadline';
  /** The year, when stated or anchored. */
  year: number | null;
  iso?: string;
  range?: { from: number; to: number };
}

const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/y;
const DOTTED = /(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})(?:\.|일(?![가-힣]))?(?![\d.])/y;
const DOTTED_YM = /(\d{4})\. ?(\d{1,2})\.(?! ?\d)/y;
const QUOTED = /'(\d{2})\. ?(\d{1,2})(?:\. ?(\d{1,2}))?(?:\.|월말|[월일말])?(?![\d.천백만억조])/y;
const QUOTED_QUARTER = /'(\d{2})\. ?([1-4])(?:\/4)?분기/y;
const YEAR_KO = /(\d{4})년(도)?/y;
const QYEAR_KO = /'(\d{2})년(도)?/y;
const MONTH_DAY = / ?(\d{1,2})월(?: ?(\d{1,2})일|말)?/y;
const MD_KO = /(\d{1,2})월 ?(\d{1,2})일/y;
const MD_WEEKDAY = /(\d{1,2})\. ?(\d{1,2})\.? ?\(([월화수목금토일])\)/y;
const WEEKDAY_AFTER = / ?\(([월화수목금토일])\)/y;
const QUARTER = / ?([1-4])(?:\/4)?분기/y;
const HALF = / ?(상반기|하반기)/y;
const YEAR_END = / ?말(?=까지|[^가-힣]|$)/y;
const UNTIL = / ?까지/y;
const YEAR_RANGE = /(\d{4}) ?[~-] ?(\d{4})년/y;
const QYEAR_RANGE = /'(\d{2}) ?[~-] ?'?(\d{2})년/y;
const AHEAD = /(향후|앞으로) ?(\d{1,2})년(간| 내| 이내| 동안|내)?/y;
const RELATIVE = /(올해|금년|내년|작년|지난해|전년)(?: ?(상반기|하반기|연말|말))?( ?까지)?/y;
const WEEKDAYS = '일월화수목금토';

function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A two-digit year: `’22` is 2022, `’91` is 1991 (Korean press uses both centuries). */
function century(yy: string): number {
  const n = Number(yy);
  return n >= 50 ? 1900 + n : 2000 + n;
}

function validYear(y: number): boolean {
  return y >= 1900 && y <= 2100;
}

function validDay(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y ?? 2024, m, 0)).getUTCDate();
  return d <= days;
}

/** With a weekday written, the year near the anchor whose date has that weekday. */
function yearForWeekday(anchor: number | undefined, m: number, d: number, wd: string): number | null {
  if (anchor === undefined) return null;
  for (const y of [anchor, anchor + 1, anchor - 1]) {
    if (new Date(Date.UTC(y, m - 1, d)).getUTCDay() === WEEKDAYS.indexOf(wd)) return y;
  }
  return anchor;
}

function dateIso(y: number | null, m?: number, d?: number): string {
  const head = y === null ? '-' : String(y);
  if (m === undefined) return head;
  if (d === undefined) return `${head}-${pad(m)}`;
  return `${head}-${pad(m)}-${pad(d)}`;
}

/** `까지` after a date makes it a deadline (`2028년까지`, `’25년 6월까지`). */
function finish(s: string, hit: DateHit): DateHit {
  const u = at(UNTIL, s, hit.end);
  if (u) return { ...hit, kind: 'deadline', end: hit.end + u[0].length };
  return hit;
}

/** A year written `YYYY년` or `’YY년`, followed by month/day, a quarter, a half or 말. */
function koreanYear(s: string, i: number): DateHit | null {
  const m = at(YEAR_KO, s, i) ?? at(QYEAR_KO, s, i);
  if (!m) return null;
  const y = m[1].length === 2 ? century(m[1]) : Number(m[1]);
  if (!validYear(y)) return null;
  let end = i + m[0].length;
  let iso = String(y);
  let ext: RegExpExecArray | null;
  if ((ext = at(QUARTER, s, end))) iso = `${y}-Q${ext[1]}`;
  else if ((ext = at(HALF, s, end))) iso = `${y}-H${ext[1] === '상반기' ? 1 : 2}`;
  else if (!m[2] && (ext = at(MONTH_DAY, s, end))) {
    const mo = Number(ext[1]);
    const d = ext[2] ? Number(ext[2]) : undefined;
    if (mo >= 1 && mo <= 12 && (d === undefined || validDay(y, mo, d))) iso = dateIso(y, mo, d);
    else ext = null;
  } else ext = at(YEAR_END, s, end);
  if (ext) end += ext[0].length;
  return finish(s, { start: i, end, kind: 'date', year: y, iso });
}

/**
 * The date or deadline starting at `i` (a digit or the `'` of a two-digit year), or null.
 * `anchor` is the article's year, used for dates written without one.
 */
export function dateAt(s: string, i: number, anchor: number | undefined): DateHit | null {
  if (s[i] === "'") return quotedAt(s, i);
  // Dispatch on the digit run's length and the character after it, so most numbers try
  // no pattern at all.
  let j = i;
  while (j < s.length && j - i < 5 && isDigit(codeAt(s, j))) j++;
  if (j - i === 4) return fullYearAt(s, i, s[j]);
  return j - i <= 2 ? monthDayAt(s, i, s[j], anchor) : null;
}

/** `’22년`, `’18~’23년`, `’19.4분기`, `‘20.1.3`, `’21.12월`. */
function quotedAt(s: string, i: number): DateHit | null {
  let m: RegExpExecArray | null;
  if ((m = at(QYEAR_RANGE, s, i))) return yearRange(i, m, century(m[1]), century(m[2]));
  const ko = koreanYear(s, i);
  if (ko) return ko;
  if ((m = at(QUOTED_QUARTER, s, i))) {
    const y = century(m[1]);
    return { start: i, end: i + m[0].length, kind: 'date', year: y, iso: `${y}-Q${m[2]}` };
  }
  m = at(QUOTED, s, i);
  return m ? ymd(s, i, m, century(m[1])) : null;
}

/** A four-digit year at `i`, `next` being the character after it: ISO, dotted, ranges, `년`. */
function fullYearAt(s: string, i: number, next: string | undefined): DateHit | null {
  let m: RegExpExecArray | null;
  if (next === '-' && (m = at(ISO, s, i))) return ymd(s, i, m, Number(m[1]));
  if (next === '.') {
    if ((m = at(DOTTED, s, i))) return ymd(s, i, m, Number(m[1]));
    if ((m = at(DOTTED_YM, s, i)) && validYear(Number(m[1]))) return ymd(s, i, m, Number(m[1]));
  }
  if ((next === '~' || next === '-' || next === ' ') && (m = at(YEAR_RANGE, s, i))) return yearRange(i, m, Number(m[1]), Number(m[2]));
  return next === '년' ? koreanYear(s, i) : null;
}

/** A one- or two-digit month or quarter at `i`: `9.23.(금)`, `3월 27일(까지)`, `1분기`, `4/4분기`. */
function monthDayAt(s: string, i: number, next: string | undefined, anchor: number | undefined): DateHit | null {
  let m: RegExpExecArray | null;
  if (next === '.' && (m = at(MD_WEEKDAY, s, i))) {
    const mo = Number(m[1]);
    const d = Number(m[2]);
    if (!validDay(null, mo, d)) return null;
    const y = yearForWeekday(anchor, mo, d, m[3]);
    return { start: i, end: i + m[0].length, kind: 'date', year: y, iso: dateIso(y, mo, d) };
  }
  if (next === '월' && (m = at(MD_KO, s, i))) {
    const mo = Number(m[1]);
    const d = Number(m[2]);
    if (!validDay(null, mo, d)) return null;
    const end = i + m[0].length;
    const w = at(WEEKDAY_AFTER, s, end);
    const y = w ? yearForWeekday(anchor, mo, d, w[1]) : (anchor ?? null);
    return finish(s, { start: i, end, kind: 'date', year: y, iso: dateIso(y, mo, d) });
  }
  if ((next === '분' || next === '/') && (m = at(QUARTER, s, i))) {
    const y = anchor ?? null;
    return { start: i, end: i + m[0].length, kind: 'date', year: y, iso: y === null ? `Q${m[1]}` : `${y}-Q${m[1]}` };
  }
  return null;
}

function ymd(s: string, i: number, m: RegExpExecArray, y: number): DateHit | null {
  const mo = Number(m[2]);
  const d = m[3] ? Number(m[3]) : undefined;
  if (!validYear(y) || mo < 1 || mo > 12 || (d !== undefined && !validDay(y, mo, d))) return null;
  return finish(s, { start: i, end: i + m[0].length, kind: 'date', year: y, iso: dateIso(y, mo, d) });
}

function yearRange(i: number, m: RegExpExecArray, from: number, to: number): DateHit | null {
  if (!validYear(from) || !validYear(to) || from >= to) return null;
  return { start: i, end: i + m[0].length, kind: 'date', year: null, iso: `${from}/${to}`, range: { from, to } };
}

/**
 * Relative deadlines at a word start: `향후 5년 (내)` (anchor + 5), `올해 하반기` (the
 * anchor year's second half), `내년 말까지`, `올해까지`; `지난해 말` is a date. Without an
 * anchor the year is null.
 */
export function relativeAt(s: string, i: number, anchor: number | undefined): DateHit | null {
  let m = at(AHEAD, s, i);
  if (m) {
    const y = anchor === undefined ? null : anchor + Number(m[2]);
    return { start: i, end: i + m[0].length, kind: 'deadline', year: y, iso: y === null ? undefined : String(y) };
  }
  // `올해 하반기`, `내년 말까지`, `올해까지`; a bare `올해` is too common to be a claim.
  m = at(RELATIVE, s, i);
  if (!m || (!m[2] && !m[3])) return null;
  const offset = m[1] === '내년' ? 1 : m[1] === '작년' || m[1] === '지난해' || m[1] === '전년' ? -1 : 0;
  const y = anchor === undefined ? null : anchor + offset;
  const part = m[2] === '상반기' ? '-H1' : m[2] === '하반기' ? '-H2' : m[2] ? '-12' : '';
  // A period of this or next year is a target (`올해 하반기` 착공); a past one is a date.
  const kind = m[3] || offset >= 0 ? 'deadline' : 'date';
  return { start: i, end: i + m[0].length, kind, year: y, iso: y === null ? undefined : `${y}${part}` };
}
