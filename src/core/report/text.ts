/**
 * Short texts for a target in the sidebar: its normalized value with the unit, and its
 * deadline. Plain strings; the views never interpret them as Markdown or icons.
 */
import { groupDigits, inWords } from '../explain';
import type { Figure } from '../summary';

/** The normalized value and unit: `40.2 billion KRW`, `500 개사`, `9%`; empty when there is none. */
export function valueText(f: Pick<Figure, 'kind' | 'value' | 'unit'>): string {
  if (f.value === null) return '';
  if (f.kind === 'percent' || f.kind === 'percentPoint') return `${f.value}${f.unit ?? '%'}`;
  const n = f.kind === 'money' && Math.abs(f.value) >= 1e6 ? inWords(f.value) : groupDigits(String(f.value));
  return f.unit ? `${n} ${f.unit}` : n;
}

/** The deadline: `by 2031`, `by 2026-06`, the phrase when unresolved (`향후 5년 내`), or `no deadline`. */
export function deadlineText(f: Pick<Figure, 'deadline' | 'deadlineText'>): string {
  if (f.deadline) return `by ${f.deadline}`;
  return f.deadlineText ?? 'no deadline';
}
