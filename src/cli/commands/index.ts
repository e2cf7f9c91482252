/** The CLI's subcommands, in the order `--help` lists them. */
import type { Command } from '../command';
import { claimsCommand } from './claims';
import { lintCommand } from './lint';

export const commands: Command[] = [lintCommand, claimsCommand];
