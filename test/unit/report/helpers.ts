/** Shared setup for the report tests: the workspace fixture's `programs/` articles, merged. */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { parseNote } from '../../../src/core/parse/note';
import { extractNote, mergeSummaries, type NoteSummary, type Summary } from '../../../src/core/summary';

/** The fixture workspace the integration tests open. */
export const WORKSPACE = path.resolve(__dirname, '../../fixtures/workspace');

/** Note summaries of `programs/*.md`, named by workspace-relative path (as the CLI run at the root names them). */
export function programNotes(): NoteSummary[] {
  const dir = path.join(WORKSPACE, 'programs');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => extractNote(parseNote({ uri: `programs/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }), DEFAULT_CONFIG));
}

/** The merged summary of the `programs/` articles. */
export function programSummary(): Summary {
  return mergeSummaries(programNotes(), DEFAULT_CONFIG);
}
