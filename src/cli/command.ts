/** The shape every CLI subcommand has: metadata for help, and `run` returning an exit code. */
import type { CliIo } from './io';

/** Exit codes (design.md): 0 clean, 1 issues found, 2 usage error or crash. */
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
