/**
 * One unit of analysis: a note's text in, its lint issues, claims and summary out, as plain
 * data. It runs inside a worker of the pool (so a slow or huge note cannot block the
 * extension host or stall the CLI) or inline where workers are unavailable.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Config } from '../config';
import { decodeBytes, notAFileMessage, readErrorMessage, tooLargeMessage } from '../text/decode';
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
  /** The note's text; or, with `file`, read from disk by the analysis itself. */
  text?: string;
  /**
   * Read the note from this path (a `file:` URI's fsPath): the worker stats it, skips it when
   * it is unchanged since `known` (same size and time, or same content hash), larger than
   * `config.maxFileSize` or not UTF-8 text, and analyzes it otherwise. The host's main thread
   * then never touches the bytes.
   */
  file?: { path: string; known?: FileStamp };
  config: Config;
  lint?: {
    /** A workspace schema by its text (compiled once per worker and cached); null for the built-in one. */
    schema: { source: string; text: string } | null;
    settingsLevels?: Record<string, RuleLevel>;
    /** Local image paths known to be missing, when the host resolved them beforehand. */
    missingImages?: string[];
  };
  claims?: boolean;
  /** The offsets where the note's lines start, so a host that never held the text can place the issues. */
  lineStarts?: boolean;
  summary?: boolean;
  /** Comparable figures as `[kind|unit|value, line]` pairs instead of whole claims (for the workspace index). */
  figureKeys?: boolean;
}

/** What the index remembers of a file to tell whether it changed. */
export interface FileStamp {
  mtime: number;
  size: number;
  hash: string;
}

/** How a `file` task went: analyzed (the rest of the result is filled), or why not. */
export type FileRead =
  | ({ status: 'analyzed' | 'unchanged' } & FileStamp)
  | { status: 'skipped'; rule: 'file-too-large' | 'binary-file' | 'encoding'; reason: string; mtime: number; size: number }
  | { status: 'unreadable'; rule: 'not-a-file' | 'read-error'; reason: string };

/** The content hash the index keys files by (of the decoded text, so open documents hash alike). */
export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * `textHash` of what `bytes` decoded to. Strict UTF-8 without a byte-order mark decodes to
 * a text whose UTF-8 is the bytes themselves, so those are hashed as they are, without
 * encoding the text again; with a mark (dropped by the decoder) the text is hashed.
 */
function decodedHash(bytes: Uint8Array, text: string): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bom ? textHash(text) : createHash('sha1').update(bytes).digest('hex');
}

/** Stats and reads a file for a `file` task; `text` only when it must be analyzed. */
export function readTaskFile(file: NonNullable<AnalyzeTask['file']>, maxFileSize: number): { read: FileRead; text?: string } {
  let mtime: number;
  let size: number;
  try {
    const st = statSync(file.path);
    if (!st.isFile()) return { read: { status: 'unreadable', rule: 'not-a-file', reason: notAFileMessage() } };
    mtime = Math.trunc(st.mtimeMs);
    size = st.size;
    // The limit first: it may have been lowered since the file was last read.
    if (size > maxFileSize) return { read: { status: 'skipped', rule: 'file-too-large', reason: tooLargeMessage(size, maxFileSize), mtime, size } };
    const known = file.known;
    if (known && known.mtime === mtime && known.size === size) return { read: { status: 'unchanged', ...known } };
    const bytes = readFileSync(file.path);
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return { read: { status: 'skipped', rule: decoded.rule, reason: decoded.message, mtime, size } };
    const hash = decodedHash(bytes, decoded.text);
    if (known && known.hash === hash) return { read: { status: 'unchanged', mtime, size, hash } };
    return { read: { status: 'analyzed', mtime, size, hash }, text: decoded.text };
  } catch (e) {
    return { read: { status: 'unreadable', rule: 'read-error', reason: readErrorMessage(e) } };
  }
}

/** What came out. Everything is structured-clone safe. */
export interface AnalyzeResult {
  /** For a `file` task: whether the file was read and analyzed, or why not. */
  read?: FileRead;
  issues?: Issue[];
  /** Local image references, so a host can check them and re-lint if one is missing. */
  imageRefs?: string[];
  claims?: Claim[];
  /** With `lineStarts`: where each line starts, and the text's length (see `positionIn`). */
  lines?: { starts: readonly number[]; length: number };
  figureKeys?: [string, number][];
  summary?: NoteSummary;
  /** Time spent on the note, in milliseconds. */
  ms: number;
}

/** Runs a task. Never throws for the note's content (the lint engine contains rule failures). */
export function analyze(task: AnalyzeTask): AnalyzeResult {
  const started = performance.now();
  const out: AnalyzeResult = { ms: 0 };
  let text = task.text ?? '';
  if (task.file) {
    const r = readTaskFile(task.file, task.config.maxFileSize);
    out.read = r.read;
    if (r.text === undefined) {
      out.ms = performance.now() - started;
      return out;
    }
    text = r.text;
  }
  const note = parseNote({ uri: task.uri, text });
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
  if (task.lineStarts) out.lines = { starts: note.lines.lineStartOffsets, length: text.length };
  // Claims are recognized once and shared by the figure keys and the summary (both read the
  // same anchor year: anchorYear is the summary's articleDate).
  const claims = task.claims || task.figureKeys || task.summary ? findClaims(note.prose, { anchorYear: anchorYear(note) }) : [];
  if (task.claims) out.claims = claims;
  if (task.figureKeys) out.figureKeys = figureKeys(claims, (o) => note.lines.positionAt(o).line + 1);
  if (task.summary) out.summary = extractNote(note, task.config, claims);
  out.ms = performance.now() - started;
  return out;
}
