/**
 * Finds a locale's bundle on disk for the processes that are not the extension host (the
 * CLI, the tests): `l10n/bundle.l10n.<locale>.json` beside the package root, which is one
 * folder above `dist/` in the package and three above this file in the source tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { localeOf, setLocale, type Bundle, type Locale } from './index';

/** The bundle of a locale, or undefined for English (the messages are the English text). */
export function loadBundle(locale: Locale, from: string = __dirname): Bundle | undefined {
  if (locale === 'en') return undefined;
  let dir = from;
  for (let i = 0; i < 5; i++) {
    const file = path.join(dir, 'l10n', `bundle.l10n.${locale}.json`);
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Bundle;
    dir = path.dirname(dir);
  }
  return undefined;
}

/**
 * The locale a command line asks for: `--locale`, else `LC_ALL`, `LC_MESSAGES`, `LANG`
 * (the POSIX order), else English.
 */
export function localeFromEnv(option: string | undefined, env: Record<string, string | undefined>): Locale {
  return localeOf(option) ?? localeOf(env.LC_ALL) ?? localeOf(env.LC_MESSAGES) ?? localeOf(env.LANG) ?? 'en';
}

/** Sets the process's locale and loads its bundle. */
export function useLocale(locale: Locale): void {
  setLocale(locale, loadBundle(locale));
}
