/**
 * Short texts for a target in the sidebar: its normalized value with the unit, and its
 * deadline. Plain strings; the views never interpret them as Markdown or icons.
 */
import { groupDigits, inWords, koreanWords } from '../explain';
import { currentLocale, deadlineLabel, t } from '../l10n';
import type { Figure } from '../summary';

/** The normalized value and unit: `40.2 billion KRW`, `500 개사`, `9%`; empty when there is none. */
export function valueText(f: Pick<Figure, 'kind' | 'value' | 'unit'>): string {
  if (f.value === null) return '';
  if (f.kind === 'percent' || f.kind === 'percentPoint') return `${f.value}${f.unit ?? '%'}`;
  const ko = currentLocale() === 'ko';
  const n = f.kind === 'money' && Math.abs(f.value) >= 1e6 ? (ko ? koreanWords(f.value) : inWords(f.value)) : groupDigits(String(f.value));
  if (ko && f.unit) return f.kind === 'money' ? `${n} ${KO_CURRENCY[f.unit] ?? f.unit}` : `${n}${f.unit}`;
  return f.unit ? `${n} ${f.unit}` : n;
}

/** Currencies as Korean writes them after a figure in digit groups (`402억 원`). */
const KO_CURRENCY: Record<string, string> = { KRW: '원', USD: '달러', EUR: '유로', JPY: '엔', CNY: '위안', GBP: '파운드' };

/** The deadline: `by 2031`, `by 2026-06`, the phrase when unresolved (`향후 5년 내`), or `no deadline`. */
export function deadlineText(f: Pick<Figure, 'deadline' | 'deadlineText'>): string {
  if (f.deadline) return t('by {0}', deadlineLabel(f.deadline));
  return f.deadlineText ?? t('no deadline');
}
