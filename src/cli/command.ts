/** The shape every CLI subcommand has: metadata for help, and `run` returning an exit code. */
import type { CliIo } from './io';
import type { LintRecord } from './format/records';

/** Exit codes (docs/design.md): 0 clean, 1 issues found, 2 usage error or crash. */
export const EXIT_OK = 0;
export const EXIT_ISSUES = 1;
export const EXIT_FAILURE = 2;

/** A usage error: printed with the command's usage line, exit code 2. */
export class UsageError extends Error {}

/** A CLI subcommand. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Option lines for `--help` (already formatted). */
  options: string[];
  run(args: string[], io: CliIo): Promise<number>;
}

/**
 * A lint run's exit code (docs/design.md): 2 when a path or the configuration was wrong, else 1
 * for errors or warnings over the limit. A rule that failed (`internal-error`) is printed
 * but does not decide it; the other results do (docs/design.md, case H26).
 */
export function lintExitCode(records: readonly Pick<LintRecord, 'severity' | 'rule'>[], maxWarnings: number, failed: boolean): number {
  if (failed) return EXIT_FAILURE;
  const counted = records.filter((r) => r.rule !== 'internal-error');
  const errors = counted.filter((r) => r.severity === 'error').length;
  const warnings = counted.filter((r) => r.severity === 'warning').length;
  return errors > 0 || warnings > maxWarnings ? EXIT_ISSUES : EXIT_OK;
}
