/** Ignore files in gitignore syntax, read through passed-in I/O, as the CLI and editor use them. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { IgnoreFiles, type IgnoreIO } from '../../../src/core/files/ignore';

/** An in-memory tree: path → text (`.git` entries mark repositories). */
function io(files: Record<string, string>): IgnoreIO & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readText: (f) => {
      reads.push(f);
      return files[f];
    },
    exists: (f) => f in files,
  };
}

const R = path.resolve('/repo');
const p = (...parts: string[]) => path.join(R, ...parts);

describe('core: ignore files', () => {
  const tree = {
    [p('.git')]: '',
    [p('.gitignore')]: 'vendor/\n_site/\n*.draft.md\n',
    [p('articles', '.gitignore')]: '!keep.draft.md\n',
    [p('.policynotesignore')]: 'archive/**\n',
  };

  it('honours .gitignore at every level, with re-includes deeper down', () => {
    const ig = new IgnoreFiles(io(tree), { top: R });
    assert.equal(ig.ignores(p('vendor', 'lib', 'README.md')), true);
    assert.equal(ig.ignores(p('_site', 'index.md')), true);
    assert.equal(ig.ignores(p('articles', 'a.draft.md')), true);
    assert.equal(ig.ignores(p('articles', 'keep.draft.md')), false);
    assert.equal(ig.ignores(p('articles', 'a.md')), false);
    assert.equal(ig.ignores(p('vendor'), true), true);
  });

  it('adds .policynotesignore, and keeps it when .gitignore is turned off', () => {
    const on = new IgnoreFiles(io(tree), { top: R });
    const off = new IgnoreFiles(io(tree), { top: R, gitignore: false });
    assert.equal(on.ignores(p('archive', '2020', 'old.md')), true);
    assert.equal(off.ignores(p('archive', '2020', 'old.md')), true);
    assert.equal(off.ignores(p('vendor', 'x.md')), false);
  });

  it('reads from the repository top even when the walk starts below it, each folder once', () => {
    const files = io(tree);
    const ig = new IgnoreFiles(files, { top: p('articles') });
    assert.equal(ig.ignores(p('articles', 'x.draft.md')), true);
    assert.equal(ig.ignores(p('articles', 'y.draft.md')), true);
    const gitignores = files.reads.filter((f) => f.endsWith('.gitignore'));
    assert.equal(new Set(gitignores).size, gitignores.length);
  });

  it('outside a repository, reads nothing above the given top', () => {
    const loose = { [path.resolve('/home/.gitignore')]: '*.md\n', [path.resolve('/home/work/.gitignore')]: 'tmp/\n' };
    const ig = new IgnoreFiles(io(loose), { top: path.resolve('/home/work') });
    assert.equal(ig.ignores(path.resolve('/home/work/a.md')), false);
    assert.equal(ig.ignores(path.resolve('/home/work/tmp/a.md')), true);
  });
});
