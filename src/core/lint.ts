/**
 * The lint engine: runs every enabled rule over a parsed note, applies severities and
 * inline suppressions, and contains failures: a rule that throws yields one
 * `internal-error` issue naming it, and the other rules' results stand.
 */
import type { Claim, Issue, RuleLevel, Severity } from './model';
import type { Config } from './config';
import { DEFAULT_CONFIG } from './config';
import type { Note } from './parse/note';
import { rules as defaultRules, engineRuleIds } from './rules';
import type { Rule, RuleContext } from './rules/types';
import { builtinSchema, type CompiledSchema } from './schema';
import { applySuppressions } from './suppress';
import { findClaims } from './claims';
import { articleDate } from './summary/dates';
import { t } from './l10n';

/** Inputs of a lint run besides the note. */
export interface LintOptions {
  config?: Config;
  /** Severities from editor settings; the config file's `rules` win over these. */
  settingsLevels?: Record<string, RuleLevel>;
  schema?: CompiledSchema;
  missingImages?: ReadonlySet<string>;
  rules?: readonly Rule[];
}

/** The level a rule runs at: config file, then settings, then its default. */
export function levelOf(ruleId: string, defaultLevel: RuleLevel, options: LintOptions): RuleLevel {
  return options.config?.rules[ruleId] ?? options.settingsLevels?.[ruleId] ?? defaultLevel;
}

/** Lints one note. Never throws. */
export function lintNote(note: Note, options: LintOptions = {}): Issue[] {
  const config = options.config ?? DEFAULT_CONFIG;
  let claims: readonly Claim[] | undefined;
  const ctx: RuleContext = {
    note,
    config,
    schema: options.schema ?? builtinSchema(),
    missingImages: options.missingImages,
    claims: () => (claims ??= findClaims(note.prose, { anchorYear: anchorYear(note) })),
  };
  const issues: Issue[] = [];
  for (const rule of options.rules ?? defaultRules) {
    const level = levelOf(rule.id, rule.defaultLevel, options);
    if (level === 'off') continue;
    try {
      for (const f of rule.check(ctx)) issues.push({ ...f, rule: rule.id, severity: level });
    } catch (e) {
      const internal = levelOf('internal-error', 'error', options);
      if (internal !== 'off') {
        issues.push({
          rule: 'internal-error',
          severity: internal,
          start: 0,
          end: 0,
          message: t('Rule `{0}` failed on this article ({1}); the other rules still ran.', rule.id, e instanceof Error ? e.message : String(e)),
        });
      }
    }
  }
  return applySuppressions(note, withoutRestated(issues)).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * One problem per mistake: a schema finding on exactly the value `invalid-date` reports
 * (`date: 2025-13-02` fails the schema's date format too) is left to the more precise rule.
 */
function withoutRestated(issues: Issue[]): Issue[] {
  const dates = issues.filter((i) => i.rule === 'invalid-date');
  if (dates.length === 0) return issues;
  return issues.filter((i) => i.rule !== 'frontmatter-schema' || !dates.some((d) => d.start === i.start && d.end === i.end));
}

/** An issue for a file that could not be read as text (encoding, binary, size). */
export function fileIssue(rule: keyof typeof engineRuleIds, message: string, options: LintOptions = {}): Issue | null {
  const defaultLevel: Severity = rule in engineRuleIds ? engineRuleIds[rule]!.defaultLevel : 'error';
  const level = levelOf(rule, defaultLevel, options);
  return level === 'off' ? null : { rule, severity: level, start: 0, end: 0, message };
}

/**
 * The year relative expressions (`향후 5년 내`, `올해 하반기`) are resolved against: the
 * article's date as the summary reads it (front-matter `date`, then `approve_date`, then a
 * byline), so the hover, the CLI, the rules and the sidebar agree on every deadline.
 */
export function anchorYear(note: Note): number | undefined {
  return articleDate(note.frontMatter?.data, note.text, note.bodyStart)?.year;
}
