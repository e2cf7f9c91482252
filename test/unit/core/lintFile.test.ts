import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { imageTarget, lintFile, missingImages, type FileLintHost } from '../../../src/core/lintFile';
import { builtinSchema } from '../../../src/core/schema';
import { analyze } from '../../../src/core/worker/analyze';

const note = (body: string) => `---\ntitle: 수출 바우처\ncategories: [News]\nexcerpt: 수출 바우처 요약\n---\n\n${body}\n`;

/** One way to lint a file for every caller (core/lintFile.ts), with the analysis run inline. */
describe('lintFile (one path for the editor, Lint Workspace and the CLI)', () => {
  let dir = '';
  const loaded = (maxFileSize = DEFAULT_CONFIG.maxFileSize) => ({ config: { ...DEFAULT_CONFIG, maxFileSize }, schema: builtinSchema(), schemaText: null });
  const host = (existing: string[] = []): FileLintHost & { tasks: number } => {
    const h = {
      tasks: 0,
      analyze: async (task: Parameters<FileLintHost['analyze']>[0]) => {
        h.tasks++;
        return { ok: true as const, result: analyze(task) };
      },
      imageExists: async (image: { fromRoot: boolean; path: string }) => existing.includes(image.path),
    };
    return h;
  };

  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-lintfile-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the same findings for a text, a path and bytes behind host I/O', async () => {
    const text = note('![도표](img/chart.png)\n\n중소벤처기업부는 수출 바우처로 1,000개 사를 지원한다.');
    const p = path.join(dir, 'same.md');
    fs.writeFileSync(p, text);
    const fromText = await lintFile(p, { text }, loaded(), undefined, host());
    const fromPath = await lintFile(p, { path: p }, loaded(), undefined, host());
    const fromIo = await lintFile(p, { stat: async () => ({ size: text.length * 3, isFile: true }), read: async () => fs.readFileSync(p) }, loaded(), undefined, host());
    assert.ok(fromText && fromPath && fromIo);
    assert.ok(
      fromText.issues.some((i) => i.rule === 'image-missing'),
      'the missing image is found',
    );
    assert.deepEqual(fromPath.issues, fromText.issues);
    assert.deepEqual(fromIo.issues, fromText.issues);
    assert.deepEqual(fromPath.lines, fromText.lines);
  });

  it('words the size limit once, whichever way the file is read', async () => {
    const text = note('가'.repeat(1000));
    const p = path.join(dir, 'big.md');
    fs.writeFileSync(p, text);
    const size = Buffer.byteLength(text);
    const h = host();
    const results = await Promise.all([
      lintFile(p, { text }, loaded(1024), undefined, h),
      lintFile(p, { path: p }, loaded(1024), undefined, h),
      lintFile(p, { stat: async () => ({ size, isFile: true }), read: async () => fs.readFileSync(p) }, loaded(1024), undefined, h),
    ]);
    for (const r of results) {
      assert.equal(r?.issues.length, 1);
      assert.equal(r.issues[0]!.rule, 'file-too-large');
      assert.equal(r.issues[0]!.message, `File too large (${size} bytes), expected at most 1024: skipped.`);
      assert.equal(r.lines, null);
    }
  });

  it('reports binary, non-file and unreadable sources as one finding each', async () => {
    const bin = path.join(dir, 'bin.md');
    fs.writeFileSync(bin, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]));
    const viaPath = await lintFile(bin, { path: bin }, loaded(), undefined, host());
    const viaIo = await lintFile(bin, { stat: async () => ({ size: 6, isFile: true }), read: async () => fs.readFileSync(bin) }, loaded(), undefined, host());
    const viaText = await lintFile(bin, { text: '---\n\0\u0001' }, loaded(), undefined, host());
    assert.deepEqual(viaPath?.issues, viaIo?.issues);
    assert.deepEqual(viaText?.issues, viaIo?.issues, 'a binary file an editor opened as text');
    assert.equal(viaPath?.issues[0]?.rule, 'binary-file');
    const folder = await lintFile(dir, { path: dir }, loaded(), undefined, host());
    assert.equal(folder?.issues[0]?.rule, 'not-a-file');
    const gone = await lintFile('x', { stat: async () => Promise.reject(new Error('ENOENT')), read: async () => new Uint8Array() }, loaded(), undefined, host());
    assert.equal(gone?.issues[0]?.rule, 'read-error');
    assert.match(gone!.issues[0]!.message, /ENOENT/);
  });

  it('maps an analysis over its budget to analysis-timeout, and a crash to internal-error', async () => {
    const failing = (reason: 'timeout' | 'crash'): FileLintHost => ({ analyze: async () => ({ ok: false, reason, message: 'stopped' }), imageExists: async () => true });
    const timeout = await lintFile('a.md', { text: note('본문') }, loaded(), undefined, failing('timeout'));
    const crash = await lintFile('a.md', { text: note('본문') }, loaded(), undefined, failing('crash'));
    assert.deepEqual(
      [timeout?.issues.map((i) => [i.rule, i.message]), crash?.issues.map((i) => [i.rule, i.message])],
      [[['analysis-timeout', 'Analysis of this file failed: stopped.']], [['internal-error', 'Analysis of this file failed: stopped.']]],
    );
  });

  it('analyzes again only when an image is missing, and stops when the document went stale', async () => {
    const text = note('![도표](/assets/a%20b.png?v=1)');
    const present = host(['/assets/a b.png']);
    const ok = await lintFile('a.md', { text }, loaded(), undefined, present);
    assert.equal(present.tasks, 1);
    assert.ok(!ok?.issues.some((i) => i.rule === 'image-missing'));
    let live = true;
    const stale = host();
    const result = await lintFile('a.md', { text }, loaded(), undefined, { ...stale, analyze: async (t) => ((live = false), stale.analyze(t)) }, () => live);
    assert.equal(result, undefined);
  });

  it('resolves image paths as written: query and fragment dropped, escapes decoded, a stray % kept', async () => {
    assert.deepEqual(imageTarget('/img/a%20b.png#x'), { fromRoot: true, path: '/img/a b.png' });
    assert.deepEqual(imageTarget('img/100%.png'), { fromRoot: false, path: 'img/100%.png' });
    assert.deepEqual(await missingImages(['a.png', 'b.png', 'a.png'], async (i) => i.path === 'a.png'), ['b.png']);
  });
});
