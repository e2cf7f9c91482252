/**
 * Ajv's own error texts (`must match pattern "…"`, `must NOT have fewer than 1 characters`) in
 * the reader's language, by ajv-i18n, for the schema errors the core words itself only in part
 * (a pattern, a format, a length). English is Ajv's text as it is.
 */
import type { ErrorObject } from 'ajv';
import localizeKo from 'ajv-i18n/localize/ko';
import { currentLocale, t } from './l10n';

/** JSON Schema type names as a reader says them: `string,array` → "string or array" (`문자열 또는 배열`). */
export function typeNames(types: string): string {
  const names: Record<string, string> = { string: t('string'), number: t('number'), integer: t('integer'), boolean: t('boolean'), array: t('array'), object: t('object'), null: t('null') };
  const list = types.split(',').map((n) => names[n] ?? n);
  return list.length === 2 ? t('{0} or {1}', list[0]!, list[1]!) : list.join(', ');
}

/** The error's message in the active locale, or undefined when Ajv gave none. */
export function ajvMessage(e: Pick<ErrorObject, 'keyword' | 'params' | 'message'> & Partial<ErrorObject>): string | undefined {
  if (currentLocale() !== 'ko') return e.message;
  const copy = [{ ...e } as ErrorObject];
  localizeKo(copy);
  return copy[0]!.message;
}
