/**
 * The program alias registry: built-in aliases (`programs.ts`) plus `.policynotes.json`
 * `programs.aliases`, as normalized keys. A configured group that shares a name with a
 * built-in one joins it and renames it.
 */
import type { Config } from '../config';
import { programKey } from './normalize';
import { BUILT_IN_PROGRAM_ALIASES } from './programs';

/** Program keys resolved through the alias registry. */
export interface ProgramAliases {
  /** key of any name → key of its canonical name. */
  keys: Map<string, string>;
  /** canonical key → canonical display name. */
  names: Map<string, string>;
}

/** Built-in aliases, then configured ones (a configured group may rename a built-in one). */
export function buildProgramAliases(config: Pick<Config, 'programAliases'>): ProgramAliases {
  const keys = new Map<string, string>();
  const names = new Map<string, string>();
  for (const groups of [BUILT_IN_PROGRAM_ALIASES, config.programAliases]) {
    for (const [name, aliases] of Object.entries(groups)) {
      const own = programKey(name);
      if (own === '') continue;
      const target = keys.get(own) ?? aliases.map((a) => keys.get(programKey(a))).find((k) => k !== undefined) ?? own;
      names.set(target, name);
      keys.set(own, target);
      for (const a of aliases) if (programKey(a) !== '') keys.set(programKey(a), target);
    }
  }
  return { keys, names };
}
