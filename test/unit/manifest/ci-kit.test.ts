/**
 * The CI kit as users run it: the GitHub Action's lint step (its own shell script, run as the
 * runner runs it), the pre-commit hook through the real `pre-commit try-repo`, and the
 * problem matcher the extension contributes for tasks that run the CLI.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

const CLEAN = '---\ntitle: 수출 바우처 확대\ncategories: [News]\nexcerpt: 지원 기업을 1,000개 사로 늘린다.\n---\n\n# 수출 바우처 확대\n\n지원 기업을 1,000개 사로 늘린다.\n';
const BROKEN = '---\ntitle: [수출 바우처\n---\n\n본문\n';
const WARNED = '---\ntitle: 수출 바우처\ncategories: [News]\nexcerpt: 지원 기업 300개 사\n---\n\n# 수출 바우처\n\n지원 기업은 TODO개 사이다.\n';

function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-ci-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function needBundle(ctx: Mocha.Context): void {
  if (!fs.existsSync(CLI)) {
    console.log('    (skipped: no dist/cli.js; run `npm run build` first)');
    ctx.skip();
  }
}

describe('CI kit: GitHub Action', () => {
  const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
  const lint = action.runs.steps.find((s: { name?: string }) => s.name === 'Lint');

  /** Runs the Lint step's script with bash as the runner does, inputs passed as its env. */
  function runStep(cwd: string, inputs: Record<string, string>) {
    const env: Record<string, string> = { ...process.env, GITHUB_ACTION_PATH: ROOT } as Record<string, string>;
    for (const [name, expr] of Object.entries(lint.env as Record<string, string>)) {
      const input = /inputs\.([\w-]+)/.exec(expr)![1];
      env[name] = inputs[input] ?? action.inputs[input].default;
    }
    return spawnSync('bash', ['-e', '-c', lint.run], { cwd, env, encoding: 'utf8' });
  }

  it('is a composite action whose lint step uses the github format', () => {
    assert.equal(action.runs.using, 'composite');
    assert.match(lint.run, /--format github/);
  });

  it('fails on an error, with an annotation on the file', function () {
    needBundle(this);
    const ws = workspace({ 'clean.md': CLEAN, 'broken.md': BROKEN });
    const r = runStep(ws, {});
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^::error file=broken\.md,line=\d+,/m);
    assert.doesNotMatch(r.stdout, /file=clean\.md/);
  });

  it('passes on clean articles, and honours paths and max-warnings', function () {
    needBundle(this);
    const ws = workspace({ 'clean.md': CLEAN, 'broken.md': BROKEN, 'warned.md': WARNED });
    assert.equal(runStep(ws, { paths: 'clean.md' }).status, 0);
    const warned = runStep(ws, { paths: 'clean.md warned.md', 'max-warnings': '0' });
    assert.equal(warned.status, 1, warned.stdout);
    assert.match(warned.stdout, /^::warning file=warned\.md/m);
  });
});

describe('CI kit: problem matcher', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const matcher = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'policy-notes');

  it('reads every finding the CLI prints as text, as the JSON output has it', function () {
    needBundle(this);
    const ws = workspace({ 'broken.md': BROKEN, 'warned.md': WARNED, 'clean.md': CLEAN });
    const text = spawnSync(process.execPath, [CLI, 'lint'], { cwd: ws, encoding: 'utf8' }).stdout;
    const json = JSON.parse(spawnSync(process.execPath, [CLI, 'lint', '--format', 'json'], { cwd: ws, encoding: 'utf8' }).stdout);
    const p = matcher.pattern;
    const re = new RegExp(p.regexp);
    const read = text
      .split('\n')
      .map((line) => re.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ file: m[p.file], line: Number(m[p.line]), column: Number(m[p.column]), severity: m[p.severity], rule: m[p.code], message: m[p.message] }));
    assert.ok(read.length >= 2);
    assert.deepEqual(
      read,
      json.map((r: Record<string, unknown>) => ({ file: r.file, line: r.line, column: r.column, severity: r.severity, rule: r.rule, message: r.message })),
    );
  });
});

describe('CI kit: pre-commit hook', function () {
  this.timeout(600_000);
  const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-pre-commit-home-'));
  after(() => fs.rmSync(home, { recursive: true, force: true }));

  function tryRepo(files: Record<string, string>) {
    const repo = workspace(files);
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['add', '.'], { cwd: repo });
    return spawnSync('pre-commit', ['try-repo', ROOT, 'policy-notes', '--all-files'], { cwd: repo, encoding: 'utf8', env: { ...process.env, PRE_COMMIT_HOME: home } });
  }

  before(function () {
    if (!hasPreCommit || !fs.existsSync(path.join(ROOT, '.git'))) {
      console.log('    (skipped: needs the pre-commit tool, `apt-get install pre-commit`, and a git checkout)');
      this.skip();
    }
  });

  it('fails on an article with an error', () => {
    const r = tryRepo({ 'broken.md': BROKEN, 'clean.md': CLEAN });
    assert.notEqual(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /broken\.md:\d+:\d+ error /);
  });

  it('passes on a clean one', () => {
    const r = tryRepo({ 'clean.md': CLEAN });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
});
