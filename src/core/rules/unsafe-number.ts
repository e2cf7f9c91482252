/**
 * unsafe-number: a front-matter number that does not survive being read: integers beyond
 * 2^53 lose digits (`12345678901234567890` becomes …000), `.inf`/`.nan` turn into `null` in
 * JSON, and `3.10` reads as 3.1. Quote such values to keep them exactly as written.
 */
import { visit, isScalar } from 'yaml';
import type { Finding, Rule } from './types';
import { t } from '../l10n';

export const unsafeNumber: Rule = {
  id: 'unsafe-number',
  description: 'Front-matter numbers must be representable exactly (quote long IDs, versions and infinities).',
  defaultLevel: 'warning',
  tags: ['front-matter'],
  check(ctx) {
    const fm = ctx.note.frontMatter;
    if (!fm?.doc) return [];
    const out: Finding[] = [];
    const text = ctx.note.text;
    visit(fm.doc, {
      Scalar(_k, node) {
        if (!isScalar(node) || typeof node.value !== 'number' || !node.range) return;
        const start = fm.content.start + node.range[0];
        const end = fm.content.start + node.range[1];
        const src = text.slice(start, end);
        let why: string | undefined;
        if (!Number.isFinite(node.value)) why = t('it is not a finite number and becomes null in JSON');
        else if (Number.isInteger(node.value) && !Number.isSafeInteger(node.value)) why = t('it loses digits (read as {0})', node.value.toLocaleString('en-US', { useGrouping: false }));
        else if (/^[+-]?\d+\.\d*0$/.test(src)) why = t('it drops its trailing zero (read as {0})', String(node.value));
        if (why) {
          out.push({
            start,
            end,
            message: t('Unexpected number `{0}`: {1}; expected a quoted string.', src, why),
            fixes: [{ title: t('Quote `{0}`', src), edits: [{ start, end, newText: JSON.stringify(src) }], preferred: true }],
          });
        }
      },
    });
    return out;
  },
};
