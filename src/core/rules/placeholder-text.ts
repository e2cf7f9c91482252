/**
 * placeholder-text: template leftovers that must not be published: `TODO`, `TBD`, `FIXME`,
 * `XXX`, `lorem ipsum`, `○○○` or `000억 원`-style blanks in Korean drafts, `[제목]`.
 */
import type { Finding, Rule } from './types';
import { t } from '../l10n';

const SOURCE = String.raw`\b(?:TODO|TBD|FIXME|XXX)\b|lorem ipsum|[○◯]{2,}|\[(?:제목|내용|기관명|부처명)\]`;
const PATTERN = new RegExp(SOURCE, 'gi');
/** Non-global twin for the pre-check: a global regex carries `lastIndex` into `matchAll`. */
const ANY = new RegExp(SOURCE, 'i');

export const placeholderText: Rule = {
  id: 'placeholder-text',
  description: 'Drafts must not keep template placeholders (TODO, TBD, ○○○, lorem ipsum).',
  defaultLevel: 'warning',
  tags: ['content'],
  check(ctx) {
    const out: Finding[] = [];
    if (!ANY.test(ctx.note.text)) return out; // most articles have none: skip building the prose view
    const prose = ctx.note.prose;
    for (const m of prose.matchAll(PATTERN)) {
      const start = m.index ?? 0;
      out.push({ start, end: start + m[0].length, message: t('Unexpected placeholder `{0}`, expected the final text.', m[0]) });
    }
    return out;
  },
};
