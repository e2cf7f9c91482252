/**
 * `lint --fix` and `--fix-dry-run`: each file's preferred fixes applied round after round
 * (core `fixText`), the file written atomically (a temporary file beside it, then a rename,
 * keeping its byte-order mark and mode), or a unified diff printed instead. A file whose
 * front matter cannot be read, or that cannot be read as text, is left as it is.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { fixText, frontMatterRead } from '../core/fix';
import { lintFile, type FileLintHost } from '../core/lintFile';
import type { Issue } from '../core/model';
import { parseNote } from '../core/parse/note';
import type { LoadedConfig } from './config';
import { readInput } from './files';

export type FixMode = 'write' | 'dry-run';

/** What fixing one file did: the findings that remain, in the text they are in. */
export interface FixedFile {
  issues: Issue[];
  /** The text the findings are in (null when the file could not be read as text). */
  text: string | null;
  applied: number;
  /** A unified diff of the change (dry run), or null. */
  diff: string | null;
  /** Set when the file was left as it is although it has fixable findings. */
  leftAlone?: 'front-matter-unread';
  /** Why the fixed text could not be written (the file is unchanged). */
  writeError?: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Fixes one file; never throws (a file that cannot be written is reported in `writeError`). */
export async function fixFile(abs: string, display: string, loaded: LoadedConfig, host: FileLintHost, mode: FixMode): Promise<FixedFile> {
  const read = await readInput(abs, loaded.config.maxFileSize);
  if (!read.ok) {
    const linted = await lintFile(abs, { path: abs }, loaded, undefined, host);
    return { issues: linted?.issues ?? [], text: null, applied: 0, diff: null };
  }
  const lint = async (text: string) => {
    const linted = await lintFile(abs, { text }, loaded, undefined, host);
    return { issues: linted?.issues ?? [], frontMatterRead: frontMatterRead(parseNote({ uri: abs, text })) };
  };
  const result = await fixText(read.text, lint);
  const base = { issues: result.remaining, text: result.text, applied: result.applied, diff: null, ...(result.skipped ? { leftAlone: result.skipped } : {}) };
  if (result.text === read.text) return base;
  if (mode === 'dry-run') return { ...base, diff: createTwoFilesPatch(`a/${display}`, `b/${display}`, read.text, result.text, '', '', { context: 3 }) };
  try {
    writeAtomically(abs, result.text);
  } catch (e) {
    // Unchanged on disk: its findings are those of the text as it is.
    const linted = await lintFile(abs, { text: read.text }, loaded, undefined, host);
    return { issues: linted?.issues ?? [], text: read.text, applied: 0, diff: null, writeError: e instanceof Error ? e.message : String(e) };
  }
  return base;
}

/** Writes `text` over `abs` through a temporary file in the same folder, keeping a byte-order mark and the mode. */
function writeAtomically(abs: string, text: string): void {
  const fd = fs.openSync(abs, 'r');
  const head = Buffer.alloc(3);
  const n = fs.readSync(fd, head, 0, 3, 0);
  fs.closeSync(fd);
  const bom = n === 3 && UTF8_BOM.every((b, i) => head[i] === b);
  const mode = fs.statSync(abs).mode;
  // A short name of its own: the article's name plus a suffix could pass the file system's limit.
  const tmp = path.join(path.dirname(abs), `.policy-notes-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(tmp, (bom ? '\uFEFF' : '') + text, { mode });
    fs.renameSync(tmp, abs);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
