/**
 * The package people install: `npm pack`, install the tarball into a fresh prefix, and run
 * `policy-notes lint` in a folder outside the repository, as the README says. Needs the
 * bundles (`npm run build`, which `npm test` runs first); skips with a message without them.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('package: pack, install, run', function () {
  this.timeout(120_000);
  let tmp: string;
  let tarball: string;

  before(function () {
    if (!['cli.js', 'worker.js', 'extension.js'].every((f) => fs.existsSync(path.join(ROOT, 'dist', f)))) {
      console.log('    (skipped: no bundles in dist/; run `npm run build` first)');
      this.skip();
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-pack-'));
    const out = execFileSync(NPM, ['pack', '--json', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    tarball = path.join(tmp, JSON.parse(out)[0].filename);
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('holds the bundles and assets, and no sources, tests or source maps', () => {
    const list = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const f of [
      'package/dist/cli.js',
      'package/dist/worker.js',
      'package/dist/extension.js',
      'package/schemas/article.schema.json',
      'package/docs/rules/frontmatter-schema.md',
      'package/README.md',
    ])
      assert.ok(list.includes(f), f);
    assert.deepEqual(
      list.filter((f) => /^package\/(?:src|test|scripts|\.ci|node_modules)\/|\.map$/.test(f)),
      [],
    );
  });

  it('installs into a fresh prefix and lints a folder outside the repository', () => {
    const prefix = path.join(tmp, 'prefix');
    execFileSync(NPM, ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--offline', tarball], { stdio: 'ignore' });
    const bin = path.join(prefix, 'bin', 'policy-notes');
    assert.ok(fs.existsSync(bin), 'the policy-notes command is installed');

    const ws = path.join(tmp, 'workspace');
    fs.mkdirSync(ws);
    fs.writeFileSync(path.join(ws, 'clean.md'), '---\ntitle: 수출 지원 확대\ncategories: [News]\nexcerpt: 올해 예산은 1,200억 원이다.\n---\n\n# 수출 지원 확대\n\n올해 예산은 1,200억 원이다.\n');
    const clean = spawnSync(bin, ['lint', 'clean.md'], { cwd: ws, encoding: 'utf8' });
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);

    fs.writeFileSync(path.join(ws, 'broken.md'), '---\ntitle: [unclosed\n---\n\n본문\n');
    const broken = spawnSync(bin, ['lint', '--format', 'json'], { cwd: ws, encoding: 'utf8' });
    assert.equal(broken.status, 1, broken.stderr);
    const records = JSON.parse(broken.stdout) as { file: string; rule: string; severity: string }[];
    assert.ok(
      records.some((r) => r.file.endsWith('broken.md') && r.severity === 'error'),
      broken.stdout,
    );
    assert.ok(!records.some((r) => r.file.endsWith('clean.md') && r.severity === 'error'), broken.stdout);
  });
});
