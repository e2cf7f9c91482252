/**
 * claim-needs-source (off by default): an article stating money figures without saying
 * where they come from, neither a `source` (or `original_url`) front-matter key nor a
 * source line in the body (`출처:`, `자료:`, `(자료=…)`, `Source:`).
 */
import { keySpans } from '../parse/frontMatter';
import { insertKeyFix } from './helpers';
import type { Finding, Rule } from './types';
import { t } from '../l10n';

const SOURCE_KEYS = ['source', 'sources', 'original_url', 'reference'];
const SOURCE_LINE = /(?:^|\n)[ \t>*-]*(?:출처|자료|Source|source)[ \t]*[:：=]|\((?:출처|자료)[ \t]*[:：=]/;

export const claimNeedsSource: Rule = {
  id: 'claim-needs-source',
  description: 'Articles with money figures should name their source (front-matter `source` or a 출처 line).',
  defaultLevel: 'off',
  tags: ['claims', 'sources'],
  check(ctx) {
    const fm = ctx.note.frontMatter;
    const data = fm?.data ?? {};
    if (SOURCE_KEYS.some((k) => typeof data[k] === 'string' && (data[k] as string).trim() !== '')) return [];
    if (SOURCE_LINE.test(ctx.note.text.slice(ctx.note.bodyStart))) return [];
    const money = ctx.claims().filter((c) => c.kind === 'money' && c.start >= ctx.note.bodyStart);
    if (money.length === 0) return [];
    const first = money[0]!;
    const finding: Finding = { start: first.start, end: first.end, message: t('Missing source for {0} money figure(s), expected a `source` front-matter key or a `출처:` line.', money.length) };
    if (fm && fm.doc && !keySpans(fm, 'source')) finding.fixes = [{ ...insertKeyFix(fm, ctx, 'source'), preferred: false }];
    return [finding];
  },
};
