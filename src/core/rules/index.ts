/** The rules, in reporting order. Add a rule: one file named after its id, listed here, plus docs/rules/<id>.md. */
import { claimNeedsSource } from './claim-needs-source';
import { claimUnitSpacing } from './claim-unit-spacing';
import { emptyValue } from './empty-value';
import { excerptClaimMismatch } from './excerpt-claim-mismatch';
import { frontmatterMissing } from './frontmatter-missing';
import { frontmatterSchema } from './frontmatter-schema';
import { imageMissing } from './image-missing';
import { invalidDate } from './invalid-date';
import { lineTooLong } from './line-too-long';
import { parseRules } from './parse-rules';
import { placeholderText } from './placeholder-text';
import type { Rule } from './types';
import { unsafeNumber } from './unsafe-number';

export const rules: readonly Rule[] = [
  ...parseRules,
  frontmatterMissing,
  frontmatterSchema,
  emptyValue,
  invalidDate,
  unsafeNumber,
  imageMissing,
  placeholderText,
  claimUnitSpacing,
  excerptClaimMismatch,
  claimNeedsSource,
  lineTooLong,
];

/**
 * Ids reported by the engine or the hosts rather than by a rule in `rules`; they can be
 * configured like rules. Those about a whole file (it was not read, or not analyzed) or
 * about the configuration cannot be disabled by a comment in the article.
 */
export const engineRuleIds: Readonly<Record<string, { description: string; defaultLevel: 'error' | 'warning' | 'info'; canDisable?: boolean }>> = {
  'internal-error': { description: 'A rule failed on this article; the other rules still report.', defaultLevel: 'error', canDisable: false },
  'analysis-timeout': { description: 'Analysis of the article took longer than its time budget (1 s) and was stopped.', defaultLevel: 'error', canDisable: false },
  'not-a-file': { description: 'A path that is not a regular file (device, pipe) was skipped.', defaultLevel: 'info', canDisable: false },
  'read-error': { description: 'The file could not be read.', defaultLevel: 'error', canDisable: false },
  encoding: { description: 'The file is not valid UTF-8 text.', defaultLevel: 'error', canDisable: false },
  'binary-file': { description: 'The file is binary and was skipped.', defaultLevel: 'info', canDisable: false },
  'file-too-large': { description: 'The file exceeds the size limit and was skipped.', defaultLevel: 'info', canDisable: false },
  'config-error': { description: 'The workspace configuration or its schema could not be used.', defaultLevel: 'error', canDisable: false },
  'program-figure-conflict': { description: 'Two articles state the same program target with a different figure or deadline.', defaultLevel: 'warning' },
};

/** Whether an inline comment can disable a rule (or an engine id), by its metadata. */
export function canDisable(ruleId: string): boolean {
  const meta = rules.find((r) => r.id === ruleId) ?? engineRuleIds[ruleId];
  return meta?.canDisable !== false;
}
