/**
 * Plain-language explanations of claims for hovers and reports: the value in full digits,
 * in English scale words (`370조 원` → 370,000,000,000,000 KRW, "370 trillion won"), and its
 * qualifiers. Pure; shared by the editor and the CLI's text output.
 */
import type { Claim, ClaimKind, Qualifier } from './model';

const KIND_LABEL: Record<ClaimKind, string> = {
  money: 'Money',
  count: 'Count',
  percent: 'Percent',
  percentPoint: 'Percentage points',
  multiple: 'Multiple',
  quantity: 'Quantity',
  date: 'Date',
  deadline: 'Deadline',
  duration: 'Duration',
};

const CURRENCY_WORD: Record<string, string> = { KRW: 'won', USD: 'dollars', EUR: 'euros', JPY: 'yen', CNY: 'yuan', GBP: 'pounds' };

const QUALIFIER_LABEL: Record<Qualifier, string> = {
  approx: 'approximately',
  max: 'at most',
  min: 'at least',
  exclusive: 'strict bound',
  perPerson: 'per person',
  perMonth: 'per month',
  perYear: 'per year',
  increase: 'increase',
  decrease: 'decrease',
  vague: 'vague magnitude (no exact figure)',
};

/** A human label for a claim kind. */
export function kindLabel(kind: ClaimKind): string {
  return KIND_LABEL[kind];
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

/** The main line of an explanation: `370,000,000,000,000 KRW (370 trillion won)`. */
export function explainValue(claim: Claim): string {
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

/** Qualifier labels in a stable order. */
export function explainQualifiers(claim: Claim): string[] {
  return claim.qualifiers.map((q) => QUALIFIER_LABEL[q] ?? q);
}
