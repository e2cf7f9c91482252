import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { findArticleFiles, pathTests } from '../../../src/core/files/walk';

/** The workspace index lists `file:` folders with this walk (the CLI walks directories the same way). */
describe('finding articles on disk', () => {
  let root = '';
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-walk-'));
    for (const f of ['a.md', 'b.markdown', 'c.txt', 'sub/d.md', 'sub/deep/e.md', 'node_modules/x/f.md', '.git/g.md', 'drafts/h.md', '.hidden/i.md']) {
      fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      fs.writeFileSync(path.join(root, f), '# t\n');
    }
    fs.symlinkSync(path.join(root, 'sub'), path.join(root, 'loop-to-sub'));
    fs.symlinkSync(os.tmpdir(), path.join(root, 'outside'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const rel = (files: string[]) => files.map((f) => path.relative(root, f).split(path.sep).join('/'));

  it('matches the default include/exclude globs, sorted, links followed only inside the folder', async () => {
    const files = rel(await findArticleFiles(root, DEFAULT_CONFIG.include, DEFAULT_CONFIG.exclude));
    // A link to a folder inside is followed (as VS Code's search does); one leading outside is not.
    assert.deepEqual(files, ['a.md', 'b.markdown', 'drafts/h.md', 'loop-to-sub/d.md', 'loop-to-sub/deep/e.md', 'sub/d.md', 'sub/deep/e.md']);
  });

  it('applies configured globs, and stops when cancelled', async () => {
    assert.deepEqual(rel(await findArticleFiles(root, ['**/*.md'], ['drafts/**', '**/deep/**', 'loop-to-sub/**'])), ['a.md', 'sub/d.md']);
    assert.deepEqual(await findArticleFiles(root, ['**/*.md'], [], () => true), []);
  });

  it('tells one path as the walk would (the index asks for files the watcher reports)', async () => {
    const exclude = [...DEFAULT_CONFIG.exclude, 'drafts/**'];
    const { isArticle } = pathTests({ include: DEFAULT_CONFIG.include, exclude });
    const walked = (await findArticleFiles(root, DEFAULT_CONFIG.include, exclude)).map((f) => path.relative(root, f).split(path.sep).join('/'));
    for (const rel of ['a.md', 'b.markdown', 'c.txt', 'sub/d.md', 'node_modules/x/f.md', '.git/g.md', 'drafts/h.md', '.hidden/i.md']) {
      assert.equal(isArticle(rel), walked.includes(rel), rel);
    }
  });

  it('tells a folder whose every file is excluded, so a folder moved in is not walked for nothing', () => {
    const folderExcluded = (exclude: string[], rel: string) => pathTests({ include: DEFAULT_CONFIG.include, exclude }).excludesFolder(rel);
    const exclude = ['**/node_modules/**', 'drafts/**'];
    assert.ok(folderExcluded(exclude, 'drafts'));
    assert.ok(folderExcluded(exclude, 'drafts/2024'));
    assert.ok(folderExcluded(exclude, 'a/node_modules'));
    assert.ok(!folderExcluded(exclude, 'sub'));
    assert.ok(!folderExcluded(['**/draft-*.md'], 'sub'), 'a pattern for some files only excludes no folder');
    assert.ok(!folderExcluded([], 'drafts'));
  });
});
