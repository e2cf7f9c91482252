import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { memoryIo } from '../../../src/cli/io';
import type { LintRecord } from '../../../src/cli/format/records';
import { tempWorkspace } from '../helpers';

const GOOD = '---\ntitle: 무역보험 지원\ncategories:\n  - News\nexcerpt: 요약\n---\n\n본문입니다.\n';

const workspace = (files: Record<string, string | Buffer>) => tempWorkspace(files, 'pn-cli-');

async function lint(cwd: string, ...args: string[]) {
  const io = memoryIo(cwd);
  const code = await main(['lint', ...args], io);
  return { code, out: io.out, err: io.err, json: () => JSON.parse(io.out) as LintRecord[] };
}

describe('cli: basics', () => {
  it('prints help with the exit codes, and the version', async () => {
    const io = memoryIo(process.cwd());
    assert.equal(await main(['--help'], io), 0);
    assert.match(io.out, /Exit codes: 0 .*1 .*2 /);
    assert.match(io.out, /lint/);
    const v = memoryIo(process.cwd());
    assert.equal(await main(['--version'], v), 0);
    assert.match(v.out, /^\d+\.\d+\.\d+\n$/);
  });

  it('exits 2 on an unknown command, format or option', async () => {
    const dir = workspace({ 'a.md': GOOD });
    assert.equal(await main(['frobnicate'], memoryIo(dir)), 2);
    assert.equal((await lint(dir, '--format', 'xml')).code, 2);
    assert.equal((await lint(dir, '--bogus')).code, 2);
    assert.equal((await lint(dir, 'missing.md')).code, 2);
  });
});

describe('cli: lint', () => {
  it('exits 0 on a clean article and 1 on errors, with the json contract', async () => {
    const dir = workspace({ 'ok.md': GOOD, 'bad.md': '---\ntitle: x\ntitle: y\n---\n' });
    assert.equal((await lint(dir, 'ok.md')).code, 0);
    const r = await lint(dir, 'bad.md', '--format', 'json');
    assert.equal(r.code, 1);
    const dup = r.json().find((x) => x.rule === 'duplicate-key');
    assert.deepEqual(dup, { file: 'bad.md', line: 3, column: 1, endLine: 3, endColumn: 6, severity: 'error', rule: 'duplicate-key', message: dup!.message });
  });

  it('prints `file:line:col severity message [rule]`', async () => {
    const dir = workspace({ 'bad.md': '---\ntitle: x\ntitle: y\n---\n' });
    const r = await lint(dir, 'bad.md');
    assert.match(r.out, /^bad\.md:3:1 error Unexpected duplicate key.* \[duplicate-key\]$/m);
  });

  it('expands folders with include/exclude, processes explicit files of any extension', async () => {
    const dir = workspace({ 'a.md': GOOD, 'sub/b.markdown': GOOD, 'node_modules/x.md': 'bad', 'notes.txt': '# t\n', 'c.txt': 'x' });
    const r = await lint(dir, '.', 'notes.txt', '--format', 'json');
    assert.deepEqual([...new Set(r.json().map((x) => x.file))], ['notes.txt']);
    assert.equal(r.json()[0]!.rule, 'frontmatter-missing');
  });

  it('honours --max-warnings', async () => {
    const dir = workspace({ 'w.md': '---\ntitle: x\ncategories: [News]\nexcerpt: 요약\n---\n\n담당: TODO\n' });
    assert.equal((await lint(dir, 'w.md')).code, 0);
    assert.equal((await lint(dir, 'w.md', '--max-warnings', '0')).code, 1);
  });

  it('reads .policynotes.json upward, and --config, for rule levels and the schema', async () => {
    const schema = { type: 'object', required: ['ministry'], properties: { ministry: { enum: ['산업통상자원부', '중소벤처기업부'] } } };
    const dir = workspace({
      'ws/.policynotes.json': JSON.stringify({ frontMatter: { schema: 'schemas/s.json' }, rules: { 'empty-value': 'error' } }),
      'ws/schemas/s.json': JSON.stringify(schema),
      'ws/notes/a.md': '---\nministry: 산업통상자원뷰\nnote:\n---\n',
      'other.json': JSON.stringify({ rules: { 'frontmatter-schema': 'off', 'empty-value': 'off' } }),
    });
    const r = await lint(dir, 'ws/notes/a.md', '--format', 'json');
    assert.deepEqual(
      r.json().map((x) => [x.rule, x.severity, x.line]),
      [
        ['frontmatter-schema', 'error', 2],
        ['empty-value', 'error', 3],
      ],
    );
    assert.match(r.json()[0]!.message, /expected one of `산업통상자원부`/);
    const off = await lint(dir, 'ws/notes/a.md', '--config', 'other.json', '--format', 'json');
    assert.deepEqual(off.json(), []);
  });

  it('refuses a schema path outside the workspace (case 23)', async () => {
    const dir = workspace({ 'ws/.policynotes.json': JSON.stringify({ frontMatter: { schema: '../../../etc/passwd' } }), 'ws/a.md': GOOD });
    const r = await lint(path.join(dir, 'ws'), 'a.md');
    assert.equal(r.code, 2, 'a configuration problem is a usage error');
    assert.match(r.out, /outside the workspace; it was refused/);
    const json = await lint(path.join(dir, 'ws'), 'a.md', '--format', 'json');
    assert.deepEqual(
      json.json().map((x) => [x.file, x.line, x.rule, x.severity]),
      [['.policynotes.json', 1, 'config-error', 'error']],
    );
    assert.match(json.json()[0]!.message, /^The schema path `\.\.\/\.\.\/\.\.\/etc\/passwd` leads outside the workspace; it was refused\.$/);
  });

  it('writes SARIF 2.1.0', async () => {
    const dir = workspace({ 'bad.md': '---\ntitle: x\ntitle: y\n---\n' });
    const sarif = JSON.parse((await lint(dir, 'bad.md', '--format', 'sarif')).out);
    assert.equal(sarif.version, '2.1.0');
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'duplicate-key');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 3, startColumn: 1, endLine: 3, endColumn: 6 });
    assert.ok(sarif.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === 'duplicate-key'));
  });

  it('escapes GitHub annotations (case 30)', async () => {
    const dir = workspace({ 'x.md': '---\ntitle: "a\\n::error::pwned %0A"\ncategories: [News]\nexcerpt: TODO\n---\n' });
    const out = (await lint(dir, 'x.md', '--format', 'github')).out;
    assert.equal(out.split('\n').filter(Boolean).length, 1);
    assert.match(out, /^::warning file=x\.md,line=4,col=10,/);
  });
});

describe('cli: hostile files (cases 17, 18, 27, 30)', () => {
  it('reports invalid UTF-8, UTF-16 and binary files, and still lints the others', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const dir = workspace({ 'a.md': Buffer.from([0x74, 0xc3, 0x28]), 'b.md': Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'x.md': png, 'ok.md': GOOD, 'zero.md': '' });
    const r = await lint(dir, '.', '--format', 'json');
    assert.equal(r.code, 1);
    assert.deepEqual(
      r.json().map((x) => [x.file, x.rule]),
      [
        ['a.md', 'encoding'],
        ['b.md', 'encoding'],
        ['x.md', 'binary-file'],
      ],
    );
  });

  it('skips files over the size limit by stat', async () => {
    const dir = workspace({ '.policynotes.json': JSON.stringify({ maxFileSize: 2048 }), 'big.md': 'x'.repeat(4096) });
    const r = await lint(dir, 'big.md', '--format', 'json');
    assert.deepEqual(
      r.json().map((x) => [x.rule, x.severity]),
      [['file-too-large', 'info']],
    );
  });

  it('does not hang on a FIFO, /dev/zero, a symlink loop or a link outside the folder', async function () {
    if (process.platform === 'win32') this.skip();
    const outside = workspace({ 'secret.md': '---\ntitle: x\ntitle: y\n---\n' });
    const dir = workspace({ 'ok.md': GOOD });
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.md'));
    fs.symlinkSync('.', path.join(dir, 'loop'));
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'outside.md'));
    const r = await lint(dir, '.', '--format', 'json');
    assert.deepEqual(r.json(), []);
    const explicit = await lint(dir, 'pipe.md', 'zero.md', '--format', 'json');
    assert.deepEqual(
      explicit
        .json()
        .map((x) => x.rule)
        .sort(),
      ['not-a-file', 'not-a-file'],
    );
  });
});
