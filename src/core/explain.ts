/**
 * Plain-language explanations of claims for hovers and reports: the value in full digits,
 * in English scale words (`370조 원` → 370,000,000,000,000 KRW, "370 trillion won"), and its
 * qualifiers. Pure; shared by the editor and the CLI's text output.
 */
import type { Claim, ClaimKind, Qualifier } from './model';
import { currentLocale, t } from './l10n';

const KIND_LABEL: Record<ClaimKind, () => string> = {
  money: () => t('Money'),
  count: () => t('Count'),
  percent: () => t('Percent'),
  percentPoint: () => t('Percentage points'),
  multiple: () => t('Multiple'),
  quantity: () => t('Quantity'),
  date: () => t('Date'),
  deadline: () => t('Deadline'),
  duration: () => t('Duration'),
};

const CURRENCY_WORD: Record<string, string> = { KRW: 'won', USD: 'dollars', EUR: 'euros', JPY: 'yen', CNY: 'yuan', GBP: 'pounds' };

const QUALIFIER_LABEL: Record<Qualifier, () => string> = {
  approx: () => t('approximately'),
  max: () => t('at most'),
  min: () => t('at least'),
  exclusive: () => t('strict bound'),
  perPerson: () => t('per person'),
  perMonth: () => t('per month'),
  perYear: () => t('per year'),
  increase: () => t('increase'),
  decrease: () => t('decrease'),
  vague: () => t('vague magnitude (no exact figure)'),
};

/** A human label for a claim kind, in the active locale. */
export function kindLabel(kind: ClaimKind): string {
  return KIND_LABEL[kind]();
}

/** Groups the digits of an exact decimal string: `370000000000000` → `370,000,000,000,000`. */
export function groupDigits(exact: string): string {
  const [int = '', frac] = exact.replace(/^-/, '').split('.');
  const grouped = int.replace(/\B(?=(?:\d{3})+(?!\d))/g, ',');
  return (exact.startsWith('-') ? '-' : '') + grouped + (frac !== undefined ? `.${frac}` : '');
}

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

/**
 * `toLocaleString('en-US', { maximumFractionDigits })`, by a formatter made once: each
 * `toLocaleString` call builds one (the Claims view formats every claim).
 */
const formatters = new Map<number, Intl.NumberFormat>();
function formatEn(value: number, maximumFractionDigits: number): string {
  let f = formatters.get(maximumFractionDigits);
  if (!f) formatters.set(maximumFractionDigits, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits })));
  return f.format(value);
}

/** English scale words for a number: 370e12 → "370 trillion", 1.45e12 → "1.45 trillion". */
export function inWords(value: number): string {
  const abs = Math.abs(value);
  for (const [scale, word] of SCALES) {
    if (abs >= scale) {
      const n = value / scale;
      return `${formatEn(Number(n.toPrecision(6)), 4)} ${word}`;
    }
  }
  return formatEn(value, 6);
}

/** The main line of an explanation: `370,000,000,000,000 KRW (370 trillion won)`; Korean readers get `370,000,000,000,000원 (370조 원)`. */
export function explainValue(claim: Claim): string {
  if (currentLocale() === 'ko') return explainValueKo(claim);
  const fmt = (v: number) => (claim.kind === 'money' || claim.kind === 'count' || claim.kind === 'quantity' ? inWords(v) : String(v));
  // Durations read as English: `3 – 5 years`, `1 month`, `2 weeks`.
  const plural = claim.kind === 'duration' && claim.unit !== null && /^[a-z]+$/.test(claim.unit) && (claim.range !== undefined || claim.value !== 1);
  const unit = plural ? `${claim.unit}s` : (claim.unit ?? '');
  if (claim.range) return `${groupDigits(String(claim.range.from))} – ${groupDigits(String(claim.range.to))} ${unit}`.trim();
  if (claim.value === null) return claim.qualifiers.includes('vague') ? 'no exact figure (vague magnitude)' : 'no single number';
  if (claim.kind === 'deadline') return `by the end of ${claim.iso ?? claim.value}`;
  if (claim.kind === 'date') return claim.iso ?? String(claim.value);
  const full = `${groupDigits(claim.exact ?? String(claim.value))} ${unit}`.trim();
  if (claim.kind === 'money') return `${full} (${inWords(claim.value)} ${CURRENCY_WORD[unit] ?? unit})`;
  if ((claim.kind === 'count' || claim.kind === 'quantity') && Math.abs(claim.value) >= 1e4) return `${full} (${fmt(claim.value)})`;
  return full;
}

/** Qualifier labels in a stable order, in the active locale. */
export function explainQualifiers(claim: Claim): string[] {
  return claim.qualifiers.map((q) => QUALIFIER_LABEL[q]?.() ?? q);
}

/** Korean names of currencies and duration grains, as a unit written after a number. */
const KO_UNIT: Record<string, string> = { KRW: '원', USD: '달러', EUR: '유로', JPY: '엔', CNY: '위안', GBP: '파운드', year: '년', month: '개월', week: '주', day: '일', '%p': '%p' };

/** Korean magnitude groups: 10⁴ 만, 10⁸ 억, 10¹² 조, 10¹⁶ 경. */
const KO_GROUPS = ['', '만', '억', '조', '경'];

/**
 * A number in Korean digit groups, as Korean writers give large figures: 370e12 → `370조`,
 * 1.2345e12 → `1조 2,345억`, 12000 → `1만 2,000`; small numbers and fractions in plain digits.
 */
export function koreanWords(value: number): string {
  const abs = Math.abs(value);
  if (abs < 1e4 || !Number.isSafeInteger(Math.round(abs))) return formatEn(value, 6);
  let rest = BigInt(Math.round(abs));
  const parts: string[] = [];
  for (let i = 0; rest > 0n && i < KO_GROUPS.length; i++) {
    const group = i === KO_GROUPS.length - 1 ? rest : rest % 10000n;
    if (group > 0n) parts.unshift(`${formatEn(Number(group), 0)}${KO_GROUPS[i]}`);
    rest = i === KO_GROUPS.length - 1 ? 0n : rest / 10000n;
  }
  return (value < 0 ? '-' : '') + parts.join(' ');
}

/** `2028` → `2028년`, `2026-06` → `2026년 6월`, `2020-01-03` → `2020년 1월 3일`. */
function koreanDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return [y && `${y}년`, m && `${Number(m)}월`, d && `${Number(d)}일`].filter(Boolean).join(' ');
}

/** The main line in Korean: full digits with the unit written the Korean way, then digit groups. */
function explainValueKo(claim: Claim): string {
  const unit = claim.unit === null ? '' : (KO_UNIT[claim.unit] ?? claim.unit);
  // Counters, currencies and grains follow the number directly (`12,000명`, `5년`); symbols too (`9%`, `3x`).
  if (claim.range) return `${groupDigits(String(claim.range.from))}~${groupDigits(String(claim.range.to))}${unit}`;
  if (claim.value === null) return claim.qualifiers.includes('vague') ? '정확한 수치 없음(막연한 규모)' : '단일 수치 없음';
  if (claim.kind === 'deadline') return `${koreanDate(claim.iso ?? String(claim.value))}까지`;
  if (claim.kind === 'date') return claim.iso ? koreanDate(claim.iso) : String(claim.value);
  const full = `${groupDigits(claim.exact ?? String(claim.value))}${unit}`;
  if (claim.kind === 'money') return `${full} (${koreanWords(claim.value)} ${unit})`;
  if (claim.kind === 'percentPoint') return `${full} (${groupDigits(claim.exact ?? String(claim.value))}퍼센트포인트)`;
  if ((claim.kind === 'count' || claim.kind === 'quantity') && Math.abs(claim.value) >= 1e4) return `${full} (${koreanWords(claim.value)}${unit})`;
  return full;
}
