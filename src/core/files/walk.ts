/**
 * Walking a local folder for articles, shared by the CLI and the workspace index (for
 * `file:` folders, where it replaces a round trip through VS Code's search): every regular
 * file, following links only to places inside the folder, once; `.git` and `node_modules`
 * are never entered. Matching uses the configured include/exclude globs (picomatch), as
 * relative POSIX paths.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';

/** Every regular file under `root`, following links only to places inside it, once. */
export async function walk(root: string, cancelled: () => boolean = () => false): Promise<string[]> {
  const out: string[] = [];
  let realRoot: string;
  try {
    realRoot = await fs.realpath(root);
  } catch {
    return out;
  }
  const seen = new Set<string>([realRoot]);
  const stack = [root];
  while (stack.length > 0 && !cancelled()) {
    const dir = stack.pop() as string;
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name === '.git' || e.name === 'node_modules') continue;
        stack.push(p);
      } else if (e.isFile()) out.push(p);
      else if (e.isSymbolicLink()) {
        const real = await fs.realpath(p).catch(() => null);
        if (!real || !(real === realRoot || real.startsWith(realRoot + path.sep))) continue; // dangling, or outside the folder
        const st = await fs.stat(real).catch(() => null);
        if (st?.isDirectory() && !seen.has(real)) {
          seen.add(real);
          stack.push(p);
        } else if (st?.isFile()) out.push(p);
      }
    }
  }
  return out.sort();
}

/** The files under `root` whose relative path matches `include` and not `exclude`, sorted. */
export async function findArticleFiles(root: string, include: string[], exclude: string[], cancelled?: () => boolean): Promise<string[]> {
  const isIncluded = picomatch(include, { dot: false });
  const isExcluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
  return (await walk(root, cancelled)).filter((f) => {
    const rel = toPosix(path.relative(root, f));
    return isIncluded(rel) && !isExcluded(rel);
  });
}

/** A relative path with `/` separators. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
