/** Shared setup for the summary tests: notes from inline text or fixtures, and configs. */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG, type Config } from '../../../src/core/config';
import { parseNote } from '../../../src/core/parse/note';
import { extractNote, type Figure, type NoteSummary } from '../../../src/core/summary';

export { joinLines } from '../helpers';

/** The folder of the summary fixtures. */
export const FIXTURES = path.resolve(__dirname, '../../fixtures/summary');

/** A configuration with the given aliases (defaults otherwise). */
export function config(aliases: { programs?: Record<string, string[]>; agencies?: Record<string, string[]> } = {}): Config {
  return { ...DEFAULT_CONFIG, programAliases: aliases.programs ?? {}, agencyAliases: aliases.agencies ?? {} };
}

/** Extracts a note from text. */
export function summarize(text: string, uri = 'note.md', cfg: Config = config()): NoteSummary {
  return extractNote(parseNote({ uri, text }), cfg);
}

/** Extracts a fixture note (its uri is the file name). */
export function fixture(name: string, cfg: Config = config()): NoteSummary {
  return summarize(fs.readFileSync(path.join(FIXTURES, name), 'utf8'), name, cfg);
}

/** The figures of a note by text, for compact assertions. */
export function byText(figures: readonly Figure[], text: string): Figure {
  const f = figures.find((x) => x.text === text);
  if (!f) throw new Error(`no figure ${text} among ${figures.map((x) => x.text).join(', ')}`);
  return f;
}

/** Names of the program mentions found in text (declared ones excluded). */
export function programNames(note: NoteSummary): string[] {
  return note.programs.filter((m) => !m.declared).map((m) => m.name);
}
