/**
 * empty-value: a front-matter key written with no value (`excerpt:`), an empty string or
 * an empty list. Usually a template field nobody filled in; YAML reads it as null, which
 * sites render as "null" or nothing.
 */
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { Rule } from './types';
import { t } from '../l10n';

export const emptyValue: Rule = {
  id: 'empty-value',
  description: 'Front-matter keys should have a value (not empty, null or an empty list).',
  defaultLevel: 'warning',
  tags: ['front-matter'],
  check(ctx) {
    const fm = ctx.note.frontMatter;
    const contents = fm?.doc?.contents;
    if (!fm || !isMap(contents)) return [];
    const out = [];
    for (const pair of contents.items) {
      const key = pair.key as YamlNode | null;
      const value = pair.value as YamlNode | null;
      if (!isScalar(key) || !key.range) continue;
      const empty = value === null || (isScalar(value) && (value.value === null || value.value === '')) || (isSeq(value) && value.items.length === 0) || (isMap(value) && value.items.length === 0);
      if (!empty) continue;
      const start = fm.content.start + key.range[0];
      const end = value?.range && value.range[1] > key.range[1] ? fm.content.start + value.range[1] : fm.content.start + key.range[1];
      out.push({ start, end, message: t('Unexpected empty value for `{0}`, expected a value (or remove the key).', String(key.value)) });
    }
    return out;
  },
};
