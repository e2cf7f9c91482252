/**
 * claim-unit-spacing: Korean style spacing in figures with a magnitude word: no space
 * between a number and its magnitude, one space between magnitude groups and before the
 * currency or counter noun that follows a magnitude (한글 맞춤법 제44항: 수는 만 단위로 띄어 쓴다).
 *
 * Example: `370조원` and `370 조 원` → `370조 원`; `1조2천억원` → `1조 2천억 원`.
 * Figures without a magnitude word (`5000원`, `9.0%`) are left alone.
 */
import type { Claim } from '../model';
import type { Finding, Rule } from './types';
import { t } from '../l10n';

const MAGNITUDE = /[만억조경]/;

/** The figure's text with Korean spacing, or null when it is already right or not applicable. */
export function normalizeSpacing(text: string): string | null {
  if (!MAGNITUDE.test(text)) return null;
  const m = /^(.*?[만억조경])\s*([원불엔명]|달러|유로|위안|개사|[개곳건회톤])$/.exec(text);
  if (!m) return null;
  const number = m[1]!
    .replace(/(\d)\s+(?=[천백십만억조경])/g, '$1') // 370 조 → 370조
    .replace(/([만억조경])\s*(?=\d)/g, '$1 ') // 1조2천억 → 1조 2천억
    .replace(/\s{2,}/g, ' ')
    .trim();
  const fixed = `${number} ${m[2]}`;
  return fixed === text ? null : fixed;
}

export const claimUnitSpacing: Rule = {
  id: 'claim-unit-spacing',
  description: 'Figures with a magnitude word use Korean spacing: `370조 원`, `1조 2천억 원`.',
  defaultLevel: 'info',
  tags: ['claims', 'style'],
  check(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.claims() as Claim[]) {
      if (c.kind !== 'money' && c.kind !== 'count') continue;
      const fixed = normalizeSpacing(c.text);
      if (!fixed) continue;
      out.push({
        start: c.start,
        end: c.end,
        message: t('Unexpected spacing in `{0}`, expected `{1}`.', c.text, fixed),
        fixes: [{ title: t('Write `{0}`', fixed), edits: [{ start: c.start, end: c.end, newText: fixed }], preferred: true }],
      });
    }
    return out;
  },
};
