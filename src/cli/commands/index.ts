/** The CLI's subcommands, in the order `--help` lists them. */
import type { Command } from '../command';

export const commands: Command[] = [];
