/**
 * Walking a local folder for articles, shared by the CLI and the workspace index (for
 * `file:` folders, where it replaces a round trip through VS Code's search): every regular
 * file, following links only to places inside the folder, once; `.git` and `node_modules`
 * are never entered. Matching uses the configured include/exclude globs (picomatch), as
 * relative POSIX paths.
 */
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { yieldNow } from '../async';

/** Every regular file under `root`, following links only to places inside it, once. */
export async function walk(root: string, cancelled: () => boolean = () => false, keep: (file: string) => boolean = () => true): Promise<string[]> {
  const out: string[] = [];
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
  } catch {
    return out;
  }
  const seen = new Set<string>([realRoot]);
  const stack = [root];
  // Synchronous calls, in slices that yield: a folder listing takes microseconds, a promise
  // round trip per folder costs an order of magnitude more.
  let slice = performance.now();
  while (stack.length > 0 && !cancelled()) {
    if (performance.now() - slice > SLICE_MS) {
      await yieldNow();
      slice = performance.now();
    }
    const dir = stack.pop() as string;
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    for (let i = 0; i < entries.length; i++) {
      // A folder of thousands of files is a few slices, not one (matching costs microseconds a file).
      if ((i & 127) === 127 && performance.now() - slice > SLICE_MS) {
        await yieldNow();
        slice = performance.now();
      }
      const e = entries[i]!;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name === '.git' || e.name === 'node_modules') continue;
        stack.push(p);
      } else if (e.isFile()) {
        if (keep(p)) out.push(p);
      } else if (e.isSymbolicLink()) {
        const real = tryOr(() => fs.realpathSync(p));
        if (!real || !(real === realRoot || real.startsWith(realRoot + path.sep))) continue; // dangling, or outside the folder
        const st = tryOr(() => fs.statSync(real));
        if (st?.isDirectory() && !seen.has(real)) {
          seen.add(real);
          stack.push(p);
        } else if (st?.isFile() && keep(p)) out.push(p);
      }
    }
  }
  return out.sort();
}

/** Longest stretch of walking before yielding (ms). */
const SLICE_MS = 8;

function tryOr<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

/** The include/exclude globs as tests of relative POSIX paths, as the walk applies them. */
export interface PathTests {
  /** Matches `include` and not `exclude`. */
  isArticle(rel: string): boolean;
  /** Matches `exclude`. */
  isExcluded(rel: string): boolean;
  /** Everything in this folder is excluded, as `drafts/**` excludes `drafts`. */
  excludesFolder(rel: string): boolean;
}

function buildTests(include: string[], exclude: string[]): PathTests {
  const included = picomatch(include, { dot: false });
  const isExcluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
  return {
    isArticle: (rel) => included(rel) && !isExcluded(rel),
    isExcluded,
    excludesFolder: (rel) => isExcluded(`${rel}/policy-notes-probe.md`),
  };
}

const testsByConfig = new WeakMap<object, PathTests>();

/** A configuration's path tests, compiled once per configuration object (the editor asks on every lint and file event). */
export function pathTests(config: { include: string[]; exclude: string[] }): PathTests {
  let t = testsByConfig.get(config);
  if (!t) testsByConfig.set(config, (t = buildTests(config.include, config.exclude)));
  return t;
}

/** The files under `root` whose relative path matches `include` and not `exclude`, sorted. */
export async function findArticleFiles(root: string, include: string[], exclude: string[], cancelled?: () => boolean): Promise<string[]> {
  const { isArticle } = buildTests(include, exclude);
  // Matched as found, so the work stays inside the walk's yielding slices.
  return walk(root, cancelled, (f) => isArticle(toPosix(path.relative(root, f))));
}

/** A relative path with `/` separators. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
