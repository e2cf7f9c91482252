/**
 * Ignore files: `.gitignore` (unless turned off) and `.policynotesignore`, in gitignore
 * syntax, read with the `ignore` library. As in git, a file in folder D applies to paths
 * relative to D, a deeper file can re-include (`!pattern`) what a shallower one excluded,
 * and a path under an excluded folder stays excluded. Files are looked for from the top of
 * the git repository holding the path (the nearest folder with a `.git`), or from the
 * given top folder outside a repository, down to the path's own folder.
 * I/O is passed in so the CLI and the editor read ignore files the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export interface IgnoreIO {
  /** A file's text, or undefined when there is none (or it cannot be read). */
  readText(file: string): string | undefined;
  /** True when `file` exists (a `.git` folder or file marks a repository's top). */
  exists(file: string): boolean;
}

export interface IgnoreOptions {
  /** Honour `.gitignore` files (default true). */
  gitignore?: boolean;
  /** Outside a git repository, the folder above which no ignore file is read. */
  top: string;
}

export const POLICYNOTES_IGNORE = '.policynotesignore';

/** Answers "is this path ignored?" for many paths, reading each folder's files once. */
export class IgnoreFiles {
  private readonly names: string[];
  private readonly perDir = new Map<string, Ignore | null>();
  private readonly repoTop = new Map<string, string | null>();

  constructor(
    private readonly io: IgnoreIO,
    private readonly options: IgnoreOptions,
  ) {
    this.names = options.gitignore === false ? [POLICYNOTES_IGNORE] : ['.gitignore', POLICYNOTES_IGNORE];
  }

  /** True when an ignore file excludes the absolute path `abs` (a file, or a folder with `isDir`). */
  ignores(abs: string, isDir = false): boolean {
    const dir = path.dirname(abs);
    const top = this.topFor(dir);
    let ignored = false;
    for (const d of chain(top, dir)) {
      const rules = this.rulesOf(d);
      if (!rules) continue;
      const rel = toPosix(path.relative(d, abs)) + (isDir ? '/' : '');
      const r = rules.test(rel);
      if (r.ignored) ignored = true;
      else if (r.unignored) ignored = false;
    }
    return ignored;
  }

  private topFor(dir: string): string {
    return this.repositoryOf(dir) ?? this.options.top;
  }

  /** The top folder of the git repository holding `dir`, or null. */
  private repositoryOf(dir: string): string | null {
    let top = this.repoTop.get(dir);
    if (top === undefined) {
      const parent = path.dirname(dir);
      top = this.io.exists(path.join(dir, '.git')) ? dir : parent === dir ? null : this.repositoryOf(parent);
      this.repoTop.set(dir, top);
    }
    return top;
  }

  private rulesOf(dir: string): Ignore | null {
    let rules = this.perDir.get(dir);
    if (rules === undefined) {
      rules = null;
      for (const name of this.names) {
        const text = this.io.readText(path.join(dir, name));
        if (text !== undefined) (rules ??= ignore()).add(text);
      }
      this.perDir.set(dir, rules);
    }
    return rules;
  }
}

/** Folders from `top` down to `dir` (only `dir` when it is not below `top`). */
function chain(top: string, dir: string): string[] {
  const rel = path.relative(top, dir);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return [dir];
  const out = [top];
  let at = top;
  for (const part of rel.split(path.sep).filter(Boolean)) out.push((at = path.join(at, part)));
  return out;
}

function toPosix(p: string): string {
  return path.sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** Ignore files on the local disk; one that cannot be read (or is over 1 MB) counts as absent. */
export const diskIgnoreIo: IgnoreIO = {
  readText(file) {
    try {
      const st = fs.statSync(file, { throwIfNoEntry: false });
      return st?.isFile() && st.size < 1 << 20 ? fs.readFileSync(file, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
  exists: (file) => fs.existsSync(file),
};
