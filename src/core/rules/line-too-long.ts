/**
 * line-too-long: a line of prose longer than 4,000 characters (minified HTML, a flattened
 * table on one line) is not scanned for claims, so that hostile or broken input cannot make
 * analysis slow (docs/design.md, case H22). This says so, once per line, instead of staying
 * silent about figures that were not checked.
 */
import { MAX_SEGMENT, skippedSegments } from '../claims';
import type { Rule } from './types';
import { t } from '../l10n';

export const lineTooLong: Rule = {
  id: 'line-too-long',
  description: `Lines longer than ${MAX_SEGMENT} characters are not scanned for numeric claims.`,
  defaultLevel: 'info',
  tags: ['claims', 'limits'],
  check(ctx) {
    if (ctx.note.text.length <= MAX_SEGMENT) return [];
    return skippedSegments(ctx.note.text).map((s) => ({
      start: s.start,
      end: Math.min(s.end, s.start + 1),
      message: t('Line of {0} characters not scanned for numeric claims (limit {1}): break it into paragraphs to have its figures checked.', s.end - s.start, MAX_SEGMENT),
    }));
  },
};
