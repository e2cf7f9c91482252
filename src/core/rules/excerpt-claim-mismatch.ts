/**
 * excerpt-claim-mismatch: a figure in the title, excerpt or feature text that the body
 * does not state. Summaries are written last and fastest; a figure that drifted
 * (`7000억 달러` in the excerpt, `6000억 달러` in the body) is the error readers quote.
 * Counts match on their number (the excerpt's `200개 기업` is the body's `200개 사`);
 * money and percentages match on value and unit.
 */
import type { Claim } from '../model';
import { keySpans } from '../parse/frontMatter';
import type { Finding, Rule } from './types';
import { t } from '../l10n';

const SUMMARY_KEYS = ['title', 'excerpt', 'feature_text', 'description', 'summary', 'subtitle'];
const COMPARED = new Set(['money', 'count', 'percent', 'percentPoint', 'multiple', 'quantity', 'deadline']);

function sameFigure(a: Claim, b: Claim): boolean {
  if (a.kind !== b.kind || a.value === null || b.value === null) return false;
  return a.value === b.value && (a.kind === 'count' || a.unit === b.unit);
}

export const excerptClaimMismatch: Rule = {
  id: 'excerpt-claim-mismatch',
  description: 'Figures in the title, excerpt or feature text must be stated in the body.',
  defaultLevel: 'warning',
  tags: ['claims', 'front-matter'],
  check(ctx) {
    const fm = ctx.note.frontMatter;
    if (!fm) return [];
    const spans = SUMMARY_KEYS.map((k) => [k, keySpans(fm, k)?.value] as const).filter((x): x is readonly [string, { start: number; end: number }] => !!x[1]);
    if (spans.length === 0) return [];
    const claims = ctx.claims() as Claim[];
    const body = claims.filter((c) => c.start >= ctx.note.bodyStart);
    if (body.length === 0) return [];
    const out: Finding[] = [];
    for (const c of claims) {
      if (c.start >= ctx.note.bodyStart || !COMPARED.has(c.kind) || c.value === null) continue;
      const where = spans.find(([, s]) => c.start >= s.start && c.end <= s.end);
      if (!where || body.some((b) => sameFigure(c, b))) continue;
      const near = body.find((b) => b.kind === c.kind && (c.kind === 'count' || b.unit === c.unit));
      const message = near
        ? t('Unexpected `{0}` in `{1}`: the body does not state this figure; the body states `{2}`.', c.text, where[0], near.text)
        : t('Unexpected `{0}` in `{1}`: the body does not state this figure.', c.text, where[0]);
      out.push({ start: c.start, end: c.end, message });
    }
    return out;
  },
};
