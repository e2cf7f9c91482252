/**
 * The one place core text is localized. Every message a user reads (rule findings,
 * configuration problems, claim explanations, summary and report texts) is written in
 * English as a message id with `{0}` parameters and passed through `t`, which looks it up
 * in the bundle of the active locale (`l10n/bundle.l10n.<locale>.json`, the format VS Code
 * and `@vscode/l10n` share) and makes Korean particles agree with what was substituted
 * (see `particles.ts`). Each process sets the locale once: the extension from VS Code's
 * display language and bundle, the CLI from `--locale` or the environment, each analysis
 * worker from what its pool passes it. Machine-readable output (ids, kinds, units, JSON
 * field names) never goes through here.
 */
import * as l10n from '@vscode/l10n';
import { resolveParticles } from './particles';

/** The languages with a bundle; any other display language reads English. */
export type Locale = 'en' | 'ko';

/** A bundle: English message → translation (the format of `l10n/bundle.l10n.*.json`). */
export type Bundle = Record<string, string | { message: string; comment: string[] }>;

/** What a worker needs to localize like the process that started it. */
export interface LocaleState {
  locale: Locale;
  bundle: Bundle;
}

let state: LocaleState = { locale: 'en', bundle: {} };

/**
 * The locale a language tag or POSIX locale names (`ko`, `ko-KR`, `ko_KR.UTF-8`, `en-US`,
 * `C`), or undefined when it names nothing (empty) so that the next source is asked.
 */
export function localeOf(tag: string | undefined): Locale | undefined {
  if (!tag) return undefined;
  return /^ko(?:[-_.@]|$)/i.test(tag) ? 'ko' : 'en';
}

/** Makes `locale` (with its bundle; English needs none) the language of every later `t`. */
export function setLocale(locale: string, bundle?: Bundle): void {
  const chosen = localeOf(locale) ?? 'en';
  state = { locale: chosen, bundle: chosen === 'en' ? {} : (bundle ?? {}) };
  l10n.config({ contents: state.bundle });
}

/** The active locale. */
export function currentLocale(): Locale {
  return state.locale;
}

/** The active locale and bundle, to hand to a worker thread. */
export function localeState(): LocaleState {
  return state;
}

/**
 * A deadline (`2027`, `2025-12`, `2025-12-31`) as a reader of the active locale writes it:
 * Korean `2027년`, `2025년 12월`, `2025년 12월 31일`; English keeps the ISO form.
 */
export function deadlineLabel(deadline: string): string {
  if (state.locale !== 'ko') return deadline;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(deadline);
  if (!m) return deadline;
  return `${m[1]}년${m[2] ? ` ${Number(m[2])}월` : ''}${m[3] ? ` ${Number(m[3])}일` : ''}`;
}

/** A user-facing message in the active locale: `t('Missing key {0}.', name)`. */
export function t(message: string, ...args: (string | number)[]): string {
  const text = l10n.t(message, ...args);
  return state.locale === 'ko' ? resolveParticles(text) : text;
}
