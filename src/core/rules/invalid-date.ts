/**
 * invalid-date: a front-matter value written like a date that is not a real calendar date
 * (`2030-13-45`, `2024-02-30`, `05/32/2023 12:00:00`). YAML 1.2 keeps such values as
 * strings, and some site generators (js-yaml 3) silently roll them over into another date.
 */
import { visit, isScalar } from 'yaml';
import type { Finding, Rule } from './types';
import { t } from '../l10n';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** True when y-m-d (and optional h:m:s) name a real moment. */
export function isRealDate(y: number, m: number, d: number, h = 0, min = 0, s = 0): boolean {
  if (m < 1 || m > 12 || d < 1 || h > 23 || min > 59 || s > 59) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

export const invalidDate: Rule = {
  id: 'invalid-date',
  description: 'Date-like front-matter values must be real calendar dates.',
  defaultLevel: 'error',
  tags: ['front-matter', 'dates'],
  check(ctx) {
    const fm = ctx.note.frontMatter;
    if (!fm?.doc) return [];
    const out: Finding[] = [];
    visit(fm.doc, {
      Scalar(_k, node) {
        if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
        const v = node.value.trim();
        const iso = ISO.exec(v);
        const us = iso ? null : US.exec(v);
        const parts = iso ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]] : us ? [us[3], us[1], us[2], us[4], us[5], us[6]] : null;
        if (!parts) return;
        const [y, m, d, h, mi, s] = parts.map((p) => (p === undefined ? 0 : Number(p))) as [number, number, number, number, number, number];
        if (!isRealDate(y, m, d, h, mi, s)) {
          out.push({
            start: fm.content.start + node.range[0],
            end: fm.content.start + node.range[1],
            message: iso ? t('Unexpected date `{0}`, expected a real calendar date (YYYY-MM-DD).', String(v)) : t('Unexpected date `{0}`, expected a real calendar date.', String(v)),
          });
        }
      },
    });
    return out;
  },
};
