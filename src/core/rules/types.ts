/**
 * What a rule is: metadata plus a pure `check` over one note (markdownlint and remark-lint
 * shape). Rules never throw on user content; if one does anyway, the engine reports a
 * single `internal-error` naming it and keeps the others' results.
 */
import type { Claim, Fix, Issue, RuleLevel, Span } from '../model';
import type { Note } from '../parse/note';
import type { Config } from '../config';
import type { CompiledSchema } from '../schema';
import { currentLocale, type Locale } from '../l10n';

/** What a rule reports; the engine adds the rule id and the configured severity. */
export interface Finding extends Span {
  message: string;
  fixes?: Fix[];
  related?: Issue['related'];
}

/** Everything a rule may read. Expensive parts are computed on first use and shared. */
export interface RuleContext {
  note: Note;
  config: Config;
  /** The front-matter schema in effect (built-in or the workspace's). */
  schema: CompiledSchema;
  /** Local image references known not to exist (resolved by the host); undefined when unknown. */
  missingImages: ReadonlySet<string> | undefined;
  /** Numeric claims of the note's prose (front-matter values and body), sorted by offset. */
  claims(): readonly Claim[];
}

/** A lint rule. The id is also the rule's file name and its documentation page. */
export interface Rule {
  id: string;
  description: string;
  defaultLevel: RuleLevel;
  tags: readonly string[];
  /** Whether an inline comment can disable it (default true). */
  canDisable?: boolean;
  check(ctx: RuleContext): Finding[];
}

/** Path of a rule's documentation inside the package (shipped in the .vsix). */
export function docsPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

/** The rule's page in the reader's language: `docs/rules/ko/<id>.md` for Korean, else the English one. */
export function localizedDocsPath(ruleId: string, locale: Locale = currentLocale()): string {
  return locale === 'ko' ? `docs/rules/ko/${ruleId}.md` : docsPath(ruleId);
}
