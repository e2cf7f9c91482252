/**
 * One unit of analysis: a note's text in, its lint issues, claims and summary out, as plain
 * data. It runs inside a worker of the pool (so a slow or huge note cannot block the
 * extension host or stall the CLI) or inline where workers are unavailable.
 */
import type { Config } from '../config';
import type { Claim, Issue, RuleLevel } from '../model';
import { anchorYear, lintNote } from '../lint';
import { findClaims } from '../claims';
import { parseNote } from '../parse/note';
import { imageRefs } from '../rules/image-missing';
import { builtinSchema, compileSchemaText } from '../schema';
import { extractNote } from '../summary';
import { figureKeys } from './figureKeys';
import type { NoteSummary } from '../summary';

/** What to compute for a note. */
export interface AnalyzeTask {
  uri: string;
  text: string;
  config: Config;
  lint?: {
    /** A workspace schema by its text (compiled once per worker and cached); null for the built-in one. */
    schema: { source: string; text: string } | null;
    settingsLevels?: Record<string, RuleLevel>;
    /** Local image paths known to be missing, when the host resolved them beforehand. */
    missingImages?: string[];
  };
  claims?: boolean;
  summary?: boolean;
  /** Comparable figures as `[kind|unit|value, line]` pairs instead of whole claims (for the workspace index). */
  figureKeys?: boolean;
}

/** What came out. Everything is structured-clone safe. */
export interface AnalyzeResult {
  issues?: Issue[];
  /** Local image references, so a host can check them and re-lint if one is missing. */
  imageRefs?: string[];
  claims?: Claim[];
  figureKeys?: [string, number][];
  summary?: NoteSummary;
  /** Time spent on the note, in milliseconds. */
  ms: number;
}

/** Runs a task. Never throws for the note's content (the lint engine contains rule failures). */
export function analyze(task: AnalyzeTask): AnalyzeResult {
  const started = performance.now();
  const note = parseNote({ uri: task.uri, text: task.text });
  const out: AnalyzeResult = { ms: 0 };
  if (task.lint) {
    let schema = builtinSchema();
    if (task.lint.schema) {
      const compiled = compileSchemaText(task.lint.schema.text, task.lint.schema.source);
      if ('schema' in compiled) schema = compiled.schema;
    }
    const opts = { config: task.config, schema, settingsLevels: task.lint.settingsLevels ?? {} };
    out.issues = lintNote(note, task.lint.missingImages ? { ...opts, missingImages: new Set(task.lint.missingImages) } : opts);
    out.imageRefs = imageRefs(note).map((r) => r.path);
  }
  // Claims are recognized once and shared by the figure keys and the summary (both read the
  // same anchor year: anchorYear is the summary's articleDate).
  const claims = task.claims || task.figureKeys || task.summary ? findClaims(note.prose, { anchorYear: anchorYear(note) }) : [];
  if (task.claims) out.claims = claims;
  if (task.figureKeys) out.figureKeys = figureKeys(claims, (o) => note.lines.positionAt(o).line + 1);
  if (task.summary) out.summary = extractNote(note, task.config, claims);
  out.ms = performance.now() - started;
  return out;
}
