/**
 * Time for targets: the article's date (the anchor relative deadlines are resolved
 * against) and the deadline phrases of a sentence (`2028년까지`, `향후 5년 내`, `올해 하반기`).
 *
 * Deadline phrases are read here rather than taken from the claims recognizer alone,
 * because a deadline is a reading of the phrase in its sentence (`올해부터` starts a period,
 * `올해` alone bounds one), and the summary's contract wants one resolved value: a year, or
 * a year and month for half-years and months. Deadline claims the recognizer finds that
 * these patterns miss are used too (see `targets.ts`).
 */

/** The article's date, split for resolving relative phrases. */
export interface Anchor {
  year: number;
  month: number;
  /** `YYYY-MM-DD`. */
  iso: string;
}

/** A deadline phrase in text. */
export interface DeadlineSpot {
  start: number;
  end: number;
  text: string;
  /** Resolved deadline (`2028`, `2026-12`), or null when it is relative and there is no anchor. */
  deadline: string | null;
}

const BYLINE = /(?:입력|승인|등록|기사입력|발행|작성|배포일|보도일)\s{0,3}:?\s{0,3}(\d{4})[.\-/]\s?(\d{1,2})[.\-/]\s?(\d{1,2})/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/;

/**
 * The article's date: front matter `date` (`YYYY-MM-DD…`), else `approve_date`
 * (`MM/DD/YYYY HH:MM:SS`, the press-release corpus), else a byline near the top of the body
 * (`입력 2026-01-12 13:30`, `승인 2023.02.01`). Null when none is found or it is not a real date.
 */
export function articleDate(data: Record<string, unknown> | null | undefined, text: string, bodyStart: number): Anchor | null {
  const fromDate = dateValue(data?.date, ISO_DATE, [1, 2, 3]);
  if (fromDate) return fromDate;
  const approved = dateValue(data?.approve_date, US_DATE, [3, 1, 2]);
  if (approved) return approved;
  const head = text.slice(bodyStart, bodyStart + 2000);
  const m = BYLINE.exec(head);
  return m ? anchor(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function dateValue(v: unknown, pattern: RegExp, order: [number, number, number]): Anchor | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return anchor(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  if (typeof v !== 'string') return null;
  const m = pattern.exec(v.trim());
  return m ? anchor(Number(m[order[0]]), Number(m[order[1]]), Number(m[order[2]])) : null;
}

function anchor(year: number, month: number, day: number): Anchor | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, iso: `${year}-${pad(month)}-${pad(day)}` };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Deadline patterns, each a fixed sequence with bounded repeats (no nested quantifiers).
 * Group names say how to resolve: y (year), yy (two-digit year), m (month), n (years ahead),
 * rel (올해/내년 …), half (상반기/하반기/말).
 */
const PATTERNS: readonly RegExp[] = [
  /(?<y>(?:19|20)\d{2})년\s?(?:(?<m>\d{1,2})월\s?)?(?:(?<half>상반기|하반기|말)\s?)?(?:까지|이내|안에|목표|(?:내|중)에?(?![가-힣]))/g,
  /['‘’](?<yy>\d{2})년\s?(?:(?<m>\d{1,2})월\s?)?(?:(?<half>상반기|하반기|말)\s?)?(?:까지|이내|안에|내에?(?![가-힣]))/g,
  /(?<y>(?:19|20)\d{2})년\s?(?<half>상반기|하반기)/g,
  /(?:향후|앞으로|오는)\s?(?<n>\d{1,2})년\s?(?:이내|안에|간|동안|까지|내에?(?![가-힣]))?/g,
  /(?<!\d)(?<n>\d{1,2})년\s?(?:이내|안에|내에?)(?![가-힣])/g,
  // `올해 본예산 대비`: a year named only to compare with is no deadline.
  /(?<![가-힣])(?<rel>올해|금년|내년|연내)\s?(?<half>상반기|하반기|말)?(?!부터|보다|대비|에 비해|\s?[가-힣]{1,4}\s?(?:대비|보다|에 비해))/g,
  /(?<![가-힣])(?<rel>올) (?<half>상반기|하반기)(?!부터|보다|대비)/g,
  /(?<![가-힣])(?<half>상반기|하반기)(?!부터|보다|대비|에 비해)/g,
];

/** Deadline phrases in `text[from, to)`, in text order, resolved against `anchor`. */
export function findDeadlines(text: string, from: number, to: number, anchorDate: Anchor | null): DeadlineSpot[] {
  const segment = text.slice(from, to);
  const spots: DeadlineSpot[] = [];
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(segment); m; m = pattern.exec(segment)) {
      const start = from + m.index;
      const end = start + m[0].trimEnd().length;
      if (spots.some((s) => s.start < end && start < s.end)) continue;
      spots.push({ start, end, text: m[0].trimEnd(), deadline: resolve(m.groups ?? {}, anchorDate) });
    }
  }
  return spots.sort((a, b) => a.start - b.start);
}

function resolve(g: Record<string, string | undefined>, a: Anchor | null): string | null {
  let year: number | null = null;
  if (g.y) year = Number(g.y);
  else if (g.yy) year = 2000 + Number(g.yy);
  else if (g.n)
    year = null; // `향후 5년간`, `5년 이내`: a duration, not a deadline (the phrase stays as the figure's deadlineText)
  else if (g.rel) year = a ? a.year + (g.rel === '내년' ? 1 : 0) : null;
  else if (g.half) year = a?.year ?? null;
  if (year === null) return null;
  const month = g.m ? Number(g.m) : g.half === '상반기' ? 6 : g.half === '하반기' ? 12 : 0;
  return month >= 1 && month <= 12 ? `${year}-${pad(month)}` : String(year);
}

/**
 * The deadline a recognizer claim of kind `deadline` stands for, in this module's format:
 * its ISO year or year-month, half-years (`2026-H2`) as their last month.
 */
export function deadlineOfClaim(claim: { iso?: string; value: number | null }): string | null {
  const iso = claim.iso;
  if (iso) {
    const half = /^(\d{4})-H([12])$/.exec(iso);
    if (half) return `${half[1]}-${half[2] === '1' ? '06' : '12'}`;
    const q = /^(\d{4})-Q([1-4])$/.exec(iso);
    if (q) return `${q[1]}-${pad(Number(q[2]) * 3)}`;
    return iso.slice(0, 7);
  }
  return claim.value !== null ? String(claim.value) : null;
}
