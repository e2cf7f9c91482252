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

export const rules: readonly Rule[] = [...parseRules, frontmatterMissing, frontmatterSchema, emptyValue, invalidDate, unsafeNumber, imageMissing, placeholderText, claimUnitSpacing, excerptClaimMismatch, claimNeedsSource, lineTooLong];

/**
 * Ids reported by the engine or the hosts rather than by a rule in `rules`; they can be
 * configured like rules.
 */
export const engineRuleIds: Readonly<Record<string, { description: string; defaultLevel: 'error' | 'warning' | 'info' }>> = {
  'internal-error': { description: 'A rule failed on this article; the other rules still report.', defaultLevel: 'error' },
  'analysis-timeout': { description: 'Analysis of the article took longer than its time budget (1 s) and was stopped.', defaultLevel: 'error' },
  'not-a-file': { description: 'A path that is not a regular file (device, pipe) was skipped.', defaultLevel: 'info' },
  'read-error': { description: 'The file could not be read.', defaultLevel: 'error' },
  encoding: { description: 'The file is not valid UTF-8 text.', defaultLevel: 'error' },
  'binary-file': { description: 'The file is binary and was skipped.', defaultLevel: 'info' },
  'file-too-large': { description: 'The file exceeds the size limit and was skipped.', defaultLevel: 'info' },
  'config-error': { description: 'The workspace configuration or its schema could not be used.', defaultLevel: 'error' },
  'program-figure-conflict': { description: 'Two articles state the same program target with a different figure or deadline.', defaultLevel: 'warning' },
};
