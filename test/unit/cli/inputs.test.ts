/** What every CLI command does before it reads a file: configuration, path arguments, exit codes, help and pipes. */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sarifUri } from '../../../src/cli/format/lint';
import { memoryIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { parseConfigText, problemSpan } from '../../../src/core/config';
import { tempWorkspace } from '../helpers';

const GOOD = '---\ntitle: 무역보험 지원\ncategories:\n  - News\nexcerpt: 요약\n---\n\n정부는 2028년까지 200개 사를 지원한다.\n';
const BAD = '---\ntitle: x\ntitle: y\n---\n';
const ROOT = path.resolve(__dirname, '../../..');

const workspace = (files: Record<string, string | Buffer>) => tempWorkspace(files, 'pn-cli-inputs-');

async function run(cwd: string, ...argv: string[]) {
  const io = memoryIo(cwd);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

/** The files a `claims --format json` run reports, as printed. */
async function claimFiles(cwd: string, ...args: string[]): Promise<string[]> {
  const r = await run(cwd, 'claims', ...args, '--format', 'json');
  return [...new Set((JSON.parse(r.out) as { file: string }[]).map((c) => c.file))].sort();
}

describe('cli: configuration and path arguments', () => {
  it('expands a folder with the configuration above it, its globs relative to the config file, from any working directory', async () => {
    const dir = workspace({
      'ws/.policynotes.json': JSON.stringify({ include: ['notes/**/*.txt'], exclude: ['notes/skip/**'] }),
      'ws/notes/a.txt': GOOD,
      'ws/notes/b.md': GOOD,
      'ws/notes/skip/c.txt': GOOD,
      'ws/other/d.txt': GOOD,
    });
    assert.deepEqual(await claimFiles(dir, 'ws'), ['ws/notes/a.txt']);
    assert.deepEqual(await claimFiles(path.join(dir, 'ws')), ['notes/a.txt']);
    // A sub-folder keeps the globs' meaning: `notes/**` is still relative to ws/.
    assert.deepEqual(await claimFiles(path.join(dir, 'ws', 'notes')), ['a.txt']);
    const skipped = await run(path.join(dir, 'ws'), 'claims', 'notes/skip', '--format', 'json');
    assert.equal(skipped.code, 2);
    assert.deepEqual(JSON.parse(skipped.out), []);
    assert.match(skipped.err, /No articles in `notes\/skip` \(include globs: notes\/\*\*\/\*\.txt; exclude globs: notes\/skip\/\*\*\)/);
  });

  it('applies each file’s own configuration when a folder holds several', async () => {
    const dir = workspace({
      'a.md': GOOD,
      'sub/.policynotes.json': JSON.stringify({ include: ['**/*.txt'] }),
      'sub/b.txt': GOOD,
      'sub/c.md': GOOD,
    });
    assert.deepEqual(await claimFiles(dir, '.'), ['a.md', 'sub/b.txt']);
  });

  it('applies the exclude globs of each file’s configuration to a glob argument', async () => {
    const dir = workspace({ 'ws/.policynotes.json': JSON.stringify({ exclude: ['drafts/**'] }), 'ws/drafts/x.md': GOOD, 'ws/y.md': GOOD });
    assert.deepEqual(await claimFiles(dir, 'ws/**/*.md'), ['ws/y.md']);
  });

  it('exits 2 for a path, glob or folder that gives no file, even when other files have errors, and says so in every format', async () => {
    const dir = workspace({ 'bad.md': BAD, 'notes/readme.txt': 'x' });
    const glob = await run(dir, 'lint', 'nomatch/**/*.md', '--format', 'json');
    assert.equal(glob.code, 2);
    assert.deepEqual(JSON.parse(glob.out), []);
    assert.match(glob.err, /No files match `nomatch\/\*\*\/\*\.md`/);
    const folder = await run(dir, 'summary', 'notes', '--format', 'json');
    assert.equal(folder.code, 2);
    assert.match(folder.err, /No articles in `notes`/);
    const mixed = await run(dir, 'lint', 'bad.md', 'nope.md', '--format', 'json');
    assert.equal(mixed.code, 2, 'a missing path is a usage error, not hidden by the errors found');
    assert.ok((JSON.parse(mixed.out) as { rule: string }[]).some((r) => r.rule === 'duplicate-key'));
  });

  it('reports a broken configuration in every command and exits 2, still printing the results', async () => {
    const dir = workspace({ '.policynotes.json': '{ include: oops }', 'a.md': GOOD });
    for (const command of ['claims', 'summary']) {
      const r = await run(dir, command, 'a.md', '--format', 'json');
      assert.equal(r.code, 2, command);
      assert.match(r.err, new RegExp(`^policy-notes ${command}: .*\\.policynotes\\.json: Invalid JSON`, 'm'), command);
      assert.doesNotThrow(() => JSON.parse(r.out), command);
    }
    // lint prints them as findings on the configuration file, once.
    const lint = await run(dir, 'lint', 'a.md', '--format', 'json');
    assert.equal(lint.code, 2);
    assert.equal(lint.err, '');
    assert.deepEqual(
      (JSON.parse(lint.out) as { file: string; rule: string; line: number; column: number }[]).map((r) => [r.file, r.rule, r.line, r.column]),
      [['.policynotes.json', 'config-error', 1, 3]],
      'at the syntax error',
    );
    const invalid = workspace({ '.policynotes.json': JSON.stringify({ include: '*.md', rules: { 'frontmatter-shema': 'error' } }), 'a.md': GOOD });
    const r = await run(invalid, 'lint', 'a.md');
    assert.equal(r.code, 2);
    // Each at its setting's key: `{"include":…,"rules":{"frontmatter-shema":…}}`.
    assert.match(r.out, /^\.policynotes\.json:1:2 error Unexpected `\*\.md` for `include`, expected array; the default is used\. \[config-error\]$/m);
    assert.match(r.out, /^\.policynotes\.json:1:28 error Unexpected rule `frontmatter-shema`/m);
    assert.match(r.out, /Unexpected rule `frontmatter-shema`, expected `frontmatter-schema` or another rule id; the setting has no effect\./);
  });

  it('refuses a --config that is missing or a folder, in every command', async () => {
    const dir = workspace({ 'a.md': GOOD, 'conf/x': '' });
    for (const command of ['lint', 'claims', 'summary']) {
      const missing = await run(dir, command, 'a.md', '--config', 'nope.json');
      assert.equal(missing.code, 2, command);
      assert.match(missing.err, /config file not found: nope\.json/);
      const folder = await run(dir, command, 'a.md', '--config', 'conf');
      assert.equal(folder.code, 2, command);
      assert.match(folder.err, /--config expects a \.policynotes\.json file, got a folder: conf/);
    }
  });

  it('reports a schema path that names a folder instead of crashing', async () => {
    const dir = workspace({ '.policynotes.json': JSON.stringify({ frontMatter: { schema: 'schemas/dir.json' } }), 'schemas/dir.json/keep': '', 'a.md': GOOD });
    const r = await run(dir, 'claims', 'a.md');
    assert.equal(r.code, 2);
    assert.match(r.err, /The schema `schemas\/dir\.json` is not a file; the built-in schema is used\./);
    assert.doesNotMatch(r.err, /internal error|EISDIR/);
  });

  it('reports only the configurations in use: not the working directory’s for a file elsewhere, but a folder’s that gave no file', async () => {
    const dir = workspace({
      'proj/.policynotes.json': '{ broken',
      'other/b.md': GOOD,
      'docs/sub/.policynotes.json': JSON.stringify({ include: ['*.txt'], rules: { 'typo-rule': 'off' } }),
      'docs/sub/a.md': GOOD,
    });
    const elsewhere = await run(path.join(dir, 'proj'), 'claims', '../other/b.md');
    assert.equal(elsewhere.code, 0, elsewhere.err);
    assert.equal(elsewhere.err, '');
    const empty = await run(dir, 'claims', 'docs/sub');
    assert.equal(empty.code, 2);
    assert.match(empty.err, /No articles in `docs\/sub`/);
    assert.match(empty.err, /Unexpected rule `typo-rule`/);
  });

  it('keeps out what a folder’s configuration excludes, even under a nested configuration', async () => {
    const dir = workspace({ '.policynotes.json': JSON.stringify({ exclude: ['third_party/**'] }), 'a.md': GOOD, 'third_party/lib/.policynotes.json': '{}', 'third_party/lib/v.md': GOOD });
    assert.deepEqual(await claimFiles(dir, '.'), ['a.md']);
    assert.deepEqual(await claimFiles(dir, 'third_party/lib'), ['third_party/lib/v.md'], 'asked for by name, the folder’s own configuration decides');
  });

  it('does not open a .policynotes.json that is not a regular file', async function () {
    if (process.platform === 'win32') this.skip();
    const dir = workspace({ 'a.md': GOOD });
    execFileSync('mkfifo', [path.join(dir, '.policynotes.json')]);
    const r = await run(dir, 'claims', 'a.md');
    assert.equal(r.code, 2);
    assert.match(r.err, /\.policynotes\.json: not a regular file; the defaults are used\./);
  });

  it('accepts every rule id the engine reports in `rules`, and nothing else', () => {
    const ok = parseConfigText(JSON.stringify({ rules: { 'frontmatter-schema': 'off', encoding: 'warning', 'program-figure-conflict': 'error' } }), null);
    assert.deepEqual(ok.problems, []);
    const bad = parseConfigText(JSON.stringify({ rules: { zzz: 'off' } }), null);
    assert.deepEqual(
      bad.problems.map((p) => p.pointer),
      ['/rules/zzz'],
    );
  });
});

describe('cli: options, help and pipes', () => {
  it('takes only a whole number for --max-warnings', async () => {
    const dir = workspace({ 'a.md': GOOD });
    for (const n of ['', '0x1', '1e0', '-1', '1.5']) {
      const r = await run(dir, 'lint', 'a.md', `--max-warnings=${n}`);
      assert.equal(r.code, 2, n);
      assert.match(r.err, /--max-warnings expects a whole number/);
    }
    assert.equal((await run(dir, 'lint', 'a.md', '--max-warnings', '0')).code, 0);
  });

  it('prints help on stderr when run with no command, and a command’s help for `help <command>`', async () => {
    const none = await run(process.cwd());
    assert.equal(none.code, 2);
    assert.equal(none.out, '');
    assert.match(none.err, /^policy-notes \d/);
    const lint = await run(process.cwd(), 'help', 'lint');
    assert.equal(lint.code, 0);
    assert.match(lint.out, /^Usage: policy-notes lint /);
    assert.equal((await run(process.cwd(), 'help', 'nope')).code, 2);
  });

  it('writes SARIF artifact URIs as URI references', () => {
    assert.equal(sarifUri('notes/수출 계획.md'), 'notes/%EC%88%98%EC%B6%9C%20%EA%B3%84%ED%9A%8D.md');
    assert.equal(sarifUri('a/b#1.md'), 'a/b%231.md');
    assert.equal(sarifUri('/tmp/x y/a.md'), 'file:///tmp/x%20y/a.md');
  });

  it('lists hundreds of thousands of claims of one file', async () => {
    const dir = workspace({ 'many.md': `${'1% '.repeat(1000)}\n`.repeat(160) });
    const r = await run(dir, 'claims', 'many.md', '--format', 'json');
    assert.equal(r.code, 0, r.err);
    assert.equal((JSON.parse(r.out) as unknown[]).length, 160_000);
  });

  it('stops the analysis of a single file at its time budget (built CLI)', async function () {
    const cli = path.join(ROOT, 'dist/cli.js');
    if (!fs.existsSync(path.join(ROOT, 'dist/worker.js'))) this.skip(); // the budget needs the built worker (npm test builds first)
    const dir = workspace({
      '.policynotes.json': JSON.stringify({ frontMatter: { schema: 's.json' } }),
      's.json': JSON.stringify({ type: 'object', properties: { title: { type: 'string', pattern: '^(a+)+$' } } }),
      'slow.md': `---\ntitle: ${'a'.repeat(40)}!\n---\n`,
    });
    const child = spawn(process.execPath, [cli, 'lint', 'slow.md', '--format', 'json'], { cwd: dir });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 1);
    assert.deepEqual(
      (JSON.parse(out) as { rule: string }[]).map((r) => r.rule),
      ['analysis-timeout'],
    );
  });

  it('ends quietly when the reader closes the pipe early', async function () {
    const dir = workspace(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`n${i}.md`, GOOD.repeat(20)])));
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), path.join(ROOT, 'src/cli/bin.ts'), 'claims', '.', '--format', 'json'], { cwd: dir });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.doesNotMatch(err, /EPIPE|Error/);
    assert.equal(code, 0);
  });
});

describe('config: problem messages', () => {
  it('says what was found, what was expected and what happens instead', () => {
    const messages = (raw: unknown) => parseConfigText(JSON.stringify(raw), null).problems.map((p) => [p.pointer, p.message]);
    assert.deepEqual(messages({ rules: { 'placeholder-text': 'eror' } }), [
      ['/rules/placeholder-text', 'Unexpected `eror` for `rules.placeholder-text`, expected one of `error`, `warning`, `info`, `off`; it is ignored.'],
    ]);
    assert.deepEqual(messages({ maxFileSize: 'big' }), [['/maxFileSize', 'Unexpected `big` for `maxFileSize`, expected integer; the default is used.']]);
    assert.deepEqual(messages({ programs: { alias: {} } }), [['/programs', 'Unexpected key `alias` in `programs`; it has no effect.']]);
    const half = parseConfigText(JSON.stringify({ maxFileSize: 2048.5 }), null);
    assert.deepEqual(
      half.problems.map((p) => p.message),
      ['Unexpected `2048.5` for `maxFileSize`, expected integer; the default is used.'],
    );
    assert.equal(half.config.maxFileSize, 5 * 1024 * 1024, 'as the message says');
  });
});

describe('config: where a problem is', () => {
  it('finds the key a JSON pointer names, else the nearest enclosing one, and a syntax error at its offset', () => {
    const text = '{\n  "rules": { "a/b": "x", "zzz": "off" },\n  "programs": { "aliases": { "무역금융": ["수출금융", 3] } }\n}\n';
    const at = (pointer: string) => {
      const span = problemSpan(text, { pointer });
      return span && text.slice(span.start, span.end);
    };
    assert.equal(at('/rules/zzz'), '"zzz"');
    assert.equal(at('/rules/a~1b'), '"a/b"');
    assert.equal(at('/programs/aliases/무역금융/1'), '3');
    assert.equal(at('/frontMatter/schema'), null, 'nothing encloses it but the root');
    assert.equal(problemSpan('{ broken', { pointer: '/rules' }), null);
    const broken = parseConfigText('{\n  "rules": {,\n}', null).problems[0]!;
    assert.deepEqual(problemSpan('{\n  "rules": {,\n}', broken), { start: 14, end: 15 }, 'a syntax error is placed at its offset');
    assert.deepEqual(
      parseConfigText(JSON.stringify({ rules: { 'a/b': 'off' } }), null).problems.map((p) => p.pointer),
      ['/rules/a~1b'],
      'pointers are escaped',
    );
  });
});
