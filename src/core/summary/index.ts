/**
 * Programs and targets across notes (docs/design.md job 3): `extractNote` per file (cache its
 * plain result by content hash), `mergeSummaries` over the workspace (or
 * `createSummaryIndex` to keep the merged view up to date one file at a time), and the
 * report formats. Pure: no I/O, no `vscode`.
 *
 * @example
 * const notes = files.map((f) => extractNote(parseNote(f), config));
 * const summary = mergeSummaries(notes, config);
 * process.stdout.write(toMarkdown(summary));
 */
export { extractNote } from './extract';
export { mergeSummaries, buildProgramAliases, type ProgramAliases } from './merge';
export { createSummaryIndex, type SummaryIndex } from './incremental';
export { CONFIDENCE_LEVELS, atLeast, candidates, isConfidence, selectSummary, type MergeConfig } from './curation';
export { toCsv, toJson, toMarkdown } from './format';
export { programKey } from './normalize';
export { createStringSharer } from './share';
export { buildAgencyRegistry, resolveAgency, type AgencyRegistry } from './agencies';
export { splitSentences, type Sentence } from './sentences';
export type { Confidence, Conflict, Figure, FigureRef, FigureStatus, NoteSummary, Place, ProgramMention, ProgramSummary, Summary } from './types';
