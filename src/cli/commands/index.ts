/** The CLI's subcommands, in the order `--help` lists them. */
import type { Command } from '../command';
import { claimsCommand } from './claims';
import { lintCommand } from './lint';
import { summaryCommand } from './summary';

export const commands: Command[] = [lintCommand, claimsCommand, summaryCommand];
