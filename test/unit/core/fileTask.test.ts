import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { LineIndex, positionIn } from '../../../src/core/text/lines';
import { analyze, textHash, type FileStamp } from '../../../src/core/worker/analyze';

const note = (body: string) => `---\ntitle: 무역금융\ncategories: [News]\nexcerpt: 요약\n---\n\n${body}\n`;

/** The workspace index's file tasks: the analysis stats and reads the file itself. */
describe('file tasks (read by the analysis)', () => {
  let dir = '';
  const task = (p: string, known?: FileStamp, maxFileSize = DEFAULT_CONFIG.maxFileSize) =>
    analyze({ uri: `file://${p}`, file: { path: p, known }, config: { ...DEFAULT_CONFIG, maxFileSize }, summary: true, figureKeys: true });

  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-filetask-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('analyzes a new file and returns its stamp; the result equals a text task', () => {
    const p = path.join(dir, 'a.md');
    const text = note('산업통상자원부는 2028년까지 수출 중견기업 200개 사를 육성한다.');
    fs.writeFileSync(p, `\ufeff${text}`);
    const r = task(p);
    assert.equal(r.read?.status, 'analyzed');
    assert.ok(r.read && 'hash' in r.read);
    assert.equal(r.read.hash, textHash(text), 'hashed like the editor text (BOM dropped)');
    assert.equal(r.read.size, fs.statSync(p).size);
    const fromText = analyze({ uri: `file://${p}`, text, config: DEFAULT_CONFIG, summary: true, figureKeys: true });
    assert.deepEqual(r.summary, fromText.summary);
    assert.deepEqual(r.figureKeys, fromText.figureKeys);
    assert.ok(r.summary?.figures.some((f) => f.value === 200 && f.deadline === '2028' && f.status === 'target'));
  });

  it('hashes a file without a BOM like its text too (the bytes are hashed as they are)', () => {
    const p = path.join(dir, 'plain.md');
    const text = note('중소벤처기업부는 수출 바우처 1000곳을 지원한다. ‘K-수출스타’ 500개사');
    fs.writeFileSync(p, text);
    const r = task(p);
    assert.ok(r.read?.status === 'analyzed');
    assert.equal(r.read.hash, textHash(text));
  });

  it('skips the read when size and time match, and the analysis when only the time changed', () => {
    const p = path.join(dir, 'b.md');
    fs.writeFileSync(p, note('무역금융 370조 원을 공급한다.'));
    const first = task(p);
    assert.ok(first.read?.status === 'analyzed');
    const stamp = { mtime: first.read.mtime, size: first.read.size, hash: first.read.hash };
    const same = task(p, stamp);
    assert.equal(same.read?.status, 'unchanged');
    assert.equal(same.summary, undefined);
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(p, later, later);
    const touched = task(p, stamp);
    assert.equal(touched.read?.status, 'unchanged', 'same content hash');
    assert.ok(touched.read && 'mtime' in touched.read && touched.read.mtime !== stamp.mtime, 'the new time is returned');
    fs.writeFileSync(p, note('무역금융 380조 원을 공급한다.'));
    const edited = task(p, stamp);
    assert.equal(edited.read?.status, 'analyzed');
    assert.ok(edited.summary?.figures.some((f) => f.value === 380e12));
  });

  it('skips large, binary and non-UTF-8 files with a reason, and reports a missing one', () => {
    const big = path.join(dir, 'big.md');
    fs.writeFileSync(big, note('가'.repeat(2000)));
    const large = task(big, undefined, 1024);
    assert.equal(large.read?.status, 'skipped');
    assert.match(large.read && 'reason' in large.read ? large.read.reason : '', /File too large \(\d+ bytes\), expected at most 1024/);
    assert.equal(large.read?.status === 'skipped' && large.read.rule, 'file-too-large');
    const bin = path.join(dir, 'bin.md');
    fs.writeFileSync(bin, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]));
    const binary = task(bin).read;
    assert.equal(binary?.status === 'skipped' && binary.rule, 'binary-file');
    const latin = path.join(dir, 'latin.md');
    fs.writeFileSync(latin, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const bad = task(latin);
    assert.equal(bad.read?.status, 'skipped');
    assert.match(bad.read && 'reason' in bad.read ? bad.read.reason : '', /UTF-8/);
    assert.equal(bad.read?.status === 'skipped' && bad.read.rule, 'encoding');
    const gone = task(path.join(dir, 'missing.md'));
    assert.equal(gone.read?.status, 'unreadable');
    assert.equal(task(dir).read?.status, 'unreadable', 'a folder is not a file');
  });

  it('lints a file it reads and returns where its lines start, so the host places the issues without the text', () => {
    const p = path.join(dir, 'lint.md');
    const text = `---\r\ntitel: 무역금융\r\n---\r\n\r\n본문 TODO\n끝\r마지막`;
    fs.writeFileSync(p, text);
    const lint = { schema: null };
    const r = analyze({ uri: `file://${p}`, file: { path: p }, config: DEFAULT_CONFIG, lint, lineStarts: true });
    const fromText = analyze({ uri: `file://${p}`, text, config: DEFAULT_CONFIG, lint });
    assert.equal(r.read?.status, 'analyzed');
    assert.deepEqual(r.issues, fromText.issues);
    assert.ok((r.issues ?? []).length > 0, 'the mistyped key and the placeholder');
    assert.deepEqual(r.lines, { starts: [0, 5, 18, 23, 25, 33, 35], length: text.length });
    const lines = new LineIndex(text);
    for (const i of r.issues ?? []) for (const o of [i.start, i.end]) assert.deepEqual(positionIn(r.lines!.starts, r.lines!.length, o), lines.positionAt(o));
  });
});
