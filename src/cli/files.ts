/**
 * Which files a CLI run reads, and reading them safely. Explicit files are taken whatever
 * their extension; directories are walked with the configured include/exclude globs; glob
 * arguments are expanded. Nothing is read before `stat` says it is a regular file within
 * the size cap: FIFOs, devices (`/dev/zero`), symlink loops and links leading outside the
 * walked folder are skipped (docs/design.md, case H30).
 */
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Config } from '../core/config';
import { pathTests, toPosix, walk } from '../core/files/walk';
import { decodeBytes, notAFileMessage, readErrorMessage, tooLargeMessage, type Decoded } from '../core/text/decode';
import { t } from '../core/l10n';

/** A file chosen for checking. */
export interface InputFile {
  /** Absolute path. */
  abs: string;
  /** As printed: relative to the working directory when inside it. */
  display: string;
}

/** Why a path argument produced nothing. */
export interface InputProblem {
  arg: string;
  message: string;
  /** A folder argument that held no article (its configuration may say why). */
  folder?: string;
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expands CLI path arguments into files. A folder is walked, and each file in it is kept
 * when the include/exclude globs of its configuration (`configFor`) match its path relative
 * to that configuration's folder (docs/design.md: paths are relative to the config file), or to
 * the walked folder for the defaults. A glob argument is matched from where it is written,
 * with each file's exclude globs applied the same way. An argument that gives no file at
 * all (no such path, a glob or folder without articles) is a problem. Files that `ignored`
 * excludes (ignore files) are left out of folders and globs, never out of explicit paths.
 */
export async function collectFiles(
  args: string[],
  cwd: string,
  configFor: (abs: string, isDir: boolean) => Pick<Config, 'include' | 'exclude' | 'baseDir'>,
  ignored: (abs: string) => boolean = () => false,
): Promise<{ files: InputFile[]; problems: InputProblem[] }> {
  const files = new Map<string, InputFile>();
  const problems: InputProblem[] = [];
  const add = (abs: string) => {
    if (!files.has(abs)) files.set(abs, { abs, display: displayPath(abs, cwd) });
  };
  /** The path of `abs` as a configuration's globs see it, with the tests to apply. */
  const asConfigured = (abs: string, walked: string, config = configFor(abs, false)) => {
    const base = config.baseDir !== null && isInside(abs, config.baseDir) ? config.baseDir : walked;
    return { rel: toPosix(path.relative(base, abs)), tests: pathTests(config) };
  };
  for (const arg of args.length === 0 ? ['.'] : args) {
    const before = files.size;
    if (GLOB_CHARS.test(arg) && !(await exists(path.resolve(cwd, arg)))) {
      // Globs are written with `/` (a `\` escapes); on Windows a path may use either.
      const { base, glob } = picomatch.scan(path.sep === '\\' ? arg.replace(/\\/g, '/') : arg);
      const root = path.resolve(cwd, base || '.');
      const isMatch = picomatch(glob, { dot: false });
      for (const f of await walk(root)) {
        if (!isMatch(toPosix(path.relative(root, f)))) continue;
        const { rel, tests } = asConfigured(f, root);
        if (!tests.isExcluded(rel) && !ignored(f)) add(f);
      }
      if (files.size === before) problems.push({ arg, message: t('No files match `{0}`.', arg) });
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let st;
    try {
      st = await fs.stat(abs);
    } catch {
      problems.push({ arg, message: t('No such file or directory: {0}', arg) });
      continue;
    }
    if (!st.isDirectory()) {
      add(abs);
      continue;
    }
    // A file is an article by its nearest configuration; what the folder's own configuration
    // excludes stays out too, so a vendored tree with a `.policynotes.json` of its own is not
    // brought back in.
    const outer = configFor(abs, true);
    for (const f of await walk(abs, undefined, (f) => {
      const own = asConfigured(f, abs);
      if (!own.tests.isArticle(own.rel) || ignored(f)) return false;
      if (configFor(f, false) === outer) return true;
      const above = asConfigured(f, abs, outer);
      return !above.tests.isExcluded(above.rel);
    }))
      add(f);
    if (files.size === before)
      problems.push({ arg, folder: abs, message: t('No articles in `{0}` (include globs: {1}; exclude globs: {2}).', arg, outer.include.join(', '), outer.exclude.join(', ') || t('none')) });
  }
  return { files: [...files.values()], problems };
}

function isInside(abs: string, dir: string): boolean {
  const rel = path.relative(dir, abs);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** The outcome of reading one input file. */
export type ReadResult = Decoded | { ok: false; rule: 'file-too-large' | 'not-a-file' | 'read-error'; message: string };

/**
 * Reads a file after checking with `stat` that it is a regular file under `maxSize` bytes.
 * Synchronous calls on purpose: for thousands of small local files they cost a fraction of
 * the promise API's file-handle round trips, and `stat` first means nothing can block.
 */
export async function readInput(abs: string, maxSize: number): Promise<ReadResult> {
  let st;
  try {
    st = fsSync.statSync(abs);
  } catch (e) {
    return { ok: false, rule: 'read-error', message: readErrorMessage(e) };
  }
  if (!st.isFile()) return { ok: false, rule: 'not-a-file', message: notAFileMessage() };
  if (st.size > maxSize) {
    return { ok: false, rule: 'file-too-large', message: tooLargeMessage(st.size, maxSize) };
  }
  try {
    return decodeBytes(fsSync.readFileSync(abs));
  } catch (e) {
    return { ok: false, rule: 'read-error', message: readErrorMessage(e) };
  }
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? toPosix(rel) : abs;
}
