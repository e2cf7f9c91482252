/** `policy-notes lint` options for adoption: --fix, --fix-dry-run, --quiet, --cache, ignore files, junit. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memoryIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';

const FIXABLE = '---\ntitle: 수출 지원\ncategories: [News]\nexcerpt: 예산 370조 원\n---\n\n# 수출 지원\n\n올해 예산은 370조원이고, 기업 지원은 5 조 원이다. TODO\n';
const UNREAD = '---\ntitle: [수출\n---\n\n예산은 370조원이다.\n';

describe('cli: lint options', () => {
  let dir: string;
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  const read = (rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-lint-opts-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function run(...args: string[]) {
    const io = memoryIo(dir);
    const code = await main(['lint', ...args], io);
    return { code, out: io.out, err: io.err };
  }

  it('--fix applies the preferred fixes, is idempotent, and leaves an unreadable front matter alone', async () => {
    write('a.md', `\uFEFF${FIXABLE.replace(/\n/g, '\r\n')}`);
    write('b.md', UNREAD);
    const first = await run('--fix', '--format', 'json');
    assert.equal(first.code, 1);
    const a = read('a.md');
    assert.ok(a.startsWith('\uFEFF---\r\n'), 'the byte-order mark and CRLF are kept');
    assert.match(a, /370조 원이고, 기업 지원은 5조 원이다/);
    assert.equal(read('b.md'), UNREAD);
    assert.match(first.err, /fixed 2 problems in 1 file/);
    assert.match(first.err, /b\.md: not fixed/);
    const remaining = JSON.parse(first.out) as { file: string; rule: string; line: number }[];
    assert.ok(remaining.some((r) => r.file === 'a.md' && r.rule === 'placeholder-text' && r.line === 9));
    assert.ok(!remaining.some((r) => r.file === 'a.md' && r.rule === 'claim-unit-spacing'));
    const second = await run('--fix');
    assert.equal(read('a.md'), a, 'a second run changes nothing');
    assert.doesNotMatch(second.err, /fixed \d/);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.md', 'b.md'], 'no temporary file is left');
  });

  it('--fix writes a file whose name is near the file-system limit', async () => {
    const name = `${'가'.repeat(80)}.md`; // 243 bytes in UTF-8
    write(name, FIXABLE);
    const r = await run('--fix');
    assert.doesNotMatch(r.err, /internal error|could not be written/);
    assert.match(read(name), /370조 원이고/);
    assert.deepEqual(fs.readdirSync(dir), [name], 'no temporary file is left');
  });

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    write('a.md', FIXABLE);
    const r = await run('--fix-dry-run');
    assert.equal(read('a.md'), FIXABLE);
    assert.match(r.out, /^--- a\/a\.md/m);
    assert.match(r.out, /^-올해 예산은 370조원이고/m);
    assert.match(r.out, /^\+올해 예산은 370조 원이고/m);
    assert.equal((await run('--fix', '--fix-dry-run').catch(() => ({ code: 2 }))).code, 2);
  });

  it('--quiet prints errors only, and warnings still count for --max-warnings', async () => {
    write('a.md', FIXABLE);
    const r = await run('--quiet', '--max-warnings', '0');
    assert.equal(r.out, '');
    assert.equal(r.code, 1);
  });

  it('honours .gitignore and .policynotesignore in folders, not for named files; --no-gitignore', async () => {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    write('.gitignore', '_site/\nvendor/\n');
    write('.policynotesignore', 'drafts/\n');
    for (const f of ['articles/a.md', '_site/a.md', 'vendor/lib/README.md', 'drafts/d.md']) write(f, UNREAD);
    const files = (out: string) => [...new Set((JSON.parse(out) as { file: string }[]).map((r) => r.file))].sort();
    assert.deepEqual(files((await run('--format', 'json')).out), ['articles/a.md']);
    assert.deepEqual(files((await run('--format', 'json', '--no-gitignore')).out), ['_site/a.md', 'articles/a.md', 'vendor/lib/README.md']);
    assert.deepEqual(files((await run('--format', 'json', 'vendor/lib/README.md')).out), ['vendor/lib/README.md']);
  });

  it('--cache gives the same findings, follows changes, and ignores a foreign cache file', async () => {
    write('a.md', FIXABLE);
    write('b.md', UNREAD);
    const cold = await run('--cache', '--format', 'json');
    const cacheFile = path.join(dir, 'node_modules', '.cache', 'policy-notes', 'lint-cache.json');
    assert.ok(fs.existsSync(cacheFile));
    const warm = await run('--cache', '--format', 'json');
    assert.equal(warm.out, cold.out);
    write('b.md', FIXABLE);
    const changed = await run('--cache', '--format', 'json');
    assert.ok(!(JSON.parse(changed.out) as { rule: string }[]).some((r) => r.rule === 'yaml-syntax'));
    fs.writeFileSync(cacheFile, JSON.stringify({ format: 'policy-notes-lint-cache/1', entries: { [path.join(dir, 'a.md')]: { size: 1, records: 'x' } } }));
    assert.equal((await run('--cache', '--format', 'json', 'a.md')).out, (await run('--format', 'json', 'a.md')).out);
    fs.writeFileSync(cacheFile, '{not json');
    assert.equal((await run('--cache', '--format', 'json', 'a.md')).out, (await run('--format', 'json', 'a.md')).out);
  });

  it('--cache checks referenced images again', async () => {
    write('a.md', FIXABLE.replace('# 수출 지원', '# 수출 지원\n\n<img src="img/chart.png">'));
    const missing = await run('--cache', '--format', 'json');
    assert.match(missing.out, /image-missing/);
    write('img/chart.png', 'png');
    assert.doesNotMatch((await run('--cache', '--format', 'json')).out, /image-missing/);
  });

  it('--format junit lists every file checked', async () => {
    write('a.md', FIXABLE);
    write('c.md', '---\ntitle: 깨끗한 문서\ncategories: [News]\nexcerpt: 요약\n---\n\n# 깨끗한 문서\n\n본문이다.\n');
    const r = await run('--format', 'junit');
    assert.match(r.out, /<testsuite name="a\.md" tests="1" failures="1"/);
    assert.match(r.out, /<testsuite name="c\.md" tests="1" failures="0"/);
  });
});
