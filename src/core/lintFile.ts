/**
 * Linting one file, the same way for every caller: the editor's open documents, Lint
 * Workspace and the CLI. One size check with one message, one reading of bytes as text,
 * one image check (the host answers whether a path exists), one mapping of an analysis
 * failure (time budget, crash) to a finding. The analysis itself runs where the host's
 * `analyze` sends it: the pool's worker, under the note's time budget.
 */
import { t } from './l10n';
import type { LoadedConfig } from './config';
import { fileIssue, type LintOptions } from './lint';
import type { Issue, RuleLevel } from './model';
import { binaryText, bytesOver, decodeBytes, notAFileMessage, readErrorMessage, tooLargeMessage } from './text/decode';
import type { AnalyzeTask } from './worker/analyze';
import type { PoolOutcome } from './worker/pool';

/** What the analysis reads: a text (an open document), a local path (read by the worker), or a file behind host I/O. */
export type FileSource = { text: string } | { path: string } | { stat(): Promise<{ size: number; isFile: boolean }>; read(): Promise<Uint8Array> };

/** A local image reference as the host resolves it: from the workspace root (`/x`), or from the article's folder. */
export interface ImageTarget {
  fromRoot: boolean;
  /** Decoded, without query or fragment; for `fromRoot` still with its leading `/`. */
  path: string;
}

/** What a caller provides: where analyses run and how image paths are checked. */
export interface FileLintHost {
  analyze(task: AnalyzeTask): Promise<PoolOutcome>;
  imageExists(image: ImageTarget): Promise<boolean>;
}

/** A file's findings, and where its lines start (null when no text was read: every finding is at the start). */
export interface FileLint {
  issues: Issue[];
  lines: { starts: readonly number[]; length: number } | null;
  /** Why the file was not analyzed, for the host's log. */
  skipped?: string;
}

/** The finding for an analysis that did not finish (over its time budget, or its worker failed). */
export function analysisFailure(outcome: Extract<PoolOutcome, { ok: false }>, options: LintOptions): Issue | null {
  return fileIssue(outcome.reason === 'timeout' ? 'analysis-timeout' : 'internal-error', t('Analysis of this file failed: {0}.', outcome.message), options);
}

/** How a host should look for an image path as written (query and fragment dropped, percent-escapes decoded). */
export function imageTarget(ref: string): ImageTarget {
  const clean = ref.split(/[?#]/)[0] ?? '';
  let path = clean;
  try {
    path = decodeURIComponent(clean);
  } catch {
    // A stray `%`: the path as written.
  }
  return { fromRoot: path.startsWith('/'), path };
}

/** The image references (as written) whose targets do not exist. */
export async function missingImages(refs: readonly string[], exists: (image: ImageTarget) => Promise<boolean>): Promise<string[]> {
  const unique = [...new Set(refs)];
  const found = await Promise.all(unique.map((r) => exists(imageTarget(r)).catch(() => false)));
  return unique.filter((_, i) => !found[i]);
}

/**
 * Lints one file. Never throws for the file: what cannot be read or analyzed becomes one
 * finding at its start (or none, when that rule is off). `isCurrent` is asked after each
 * wait; when it says no (the document changed meanwhile) the result is undefined.
 */
export async function lintFile(
  uri: string,
  source: FileSource,
  loaded: Pick<LoadedConfig, 'config' | 'schema' | 'schemaText'>,
  settingsLevels: Record<string, RuleLevel> | undefined,
  host: FileLintHost,
  isCurrent: () => boolean = () => true,
): Promise<FileLint | undefined> {
  const options: LintOptions = { config: loaded.config, schema: loaded.schema, settingsLevels };
  const limit = loaded.config.maxFileSize;
  const only = (rule: Parameters<typeof fileIssue>[0], message: string): FileLint => {
    const issue = fileIssue(rule, message, options);
    return { issues: issue ? [issue] : [], lines: null, skipped: message };
  };
  let input: Pick<AnalyzeTask, 'text' | 'file'>;
  if ('text' in source) {
    const bytes = bytesOver(source.text, limit);
    if (bytes !== null) return only('file-too-large', tooLargeMessage(bytes, limit));
    const binary = binaryText(source.text);
    if (binary) return only(binary.rule, binary.message);
    input = { text: source.text };
  } else if ('path' in source) {
    input = { file: { path: source.path } };
  } else {
    let bytes: Uint8Array;
    try {
      const st = await source.stat();
      if (!st.isFile) return only('not-a-file', notAFileMessage());
      if (st.size > limit) return only('file-too-large', tooLargeMessage(st.size, limit));
      bytes = await source.read();
    } catch (e) {
      return only('read-error', readErrorMessage(e));
    }
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return only(decoded.rule, decoded.message);
    input = { text: decoded.text };
  }
  if (!isCurrent()) return undefined;
  const lint = { schema: loaded.schemaText, settingsLevels };
  const task: AnalyzeTask = { uri, ...input, config: loaded.config, lint, lineStarts: true };
  let outcome = await host.analyze(task);
  if (!isCurrent()) return undefined;
  if (outcome.ok) {
    const read = outcome.result.read;
    if (read && (read.status === 'skipped' || read.status === 'unreadable')) return only(read.rule, read.reason);
    // Images are checked by the host (the file system is there); the note is linted again only when one is missing.
    const missing = await missingImages(outcome.result.imageRefs ?? [], host.imageExists);
    if (!isCurrent()) return undefined;
    if (missing.length > 0) outcome = await host.analyze({ ...task, lint: { ...lint, missingImages: missing } });
    if (!isCurrent()) return undefined;
  }
  if (!outcome.ok) {
    const issue = analysisFailure(outcome, options);
    return { issues: issue ? [issue] : [], lines: null, skipped: outcome.message };
  }
  const read = outcome.result.read;
  if (read && (read.status === 'skipped' || read.status === 'unreadable')) return only(read.rule, read.reason);
  return { issues: outcome.result.issues ?? [], lines: outcome.result.lines ?? null };
}
