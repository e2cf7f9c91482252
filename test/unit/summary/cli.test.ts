/** `policy-notes summary`: formats, paths, configuration and exit codes, through `main`. */
import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memoryIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { FIXTURES } from './helpers';

describe('cli: summary', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-summary-'));
    fs.mkdirSync(path.join(dir, 'articles'));
    for (const f of ['export-plan.md', 'export-plan-update.md']) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, 'articles', f));
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function run(...args: string[]) {
    const io = memoryIo(dir);
    const code = await main(['summary', ...args], io);
    return { code, out: io.out, err: io.err };
  }

  it('prints the JSON contract with paths relative to the working directory', async () => {
    const { code, out, err } = await run('articles', '--format', 'json');
    assert.equal(code, 0, err);
    const doc = JSON.parse(out) as { programs: { name: string; mentions: { file: string }[] }[]; targets: { file: string }[]; conflicts: unknown[] };
    assert.deepEqual(doc.programs.map((p) => p.name).slice(0, 2), ['K-수출스타', '무역금융']);
    assert.ok(doc.targets.every((t) => t.file.startsWith('articles/')));
    assert.equal(doc.conflicts.length, 2);
  });

  it('prints a Markdown report by default and CSV on request', async () => {
    const md = await run('articles');
    assert.equal(md.code, 0);
    assert.match(md.out, /^# Programs and targets/);
    const csv = await run('articles/export-plan.md', '--format', 'csv');
    assert.match(csv.out, /^\uFEFF?text,program,agency,value,unit,deadline,file,line/);
    assert.ok(csv.out.includes(',articles/export-plan.md,20,'));
  });

  it('reads any explicit file whatever its extension', async () => {
    fs.copyFileSync(path.join(FIXTURES, 'plain-byline.txt'), path.join(dir, 'byline.txt'));
    const { code, out } = await run('byline.txt', '--format', 'json');
    assert.equal(code, 0);
    assert.ok(out.includes('"text": "300곳"'));
  });

  it('exits 2 on a usage error', async () => {
    const bad = await run('--format', 'xml');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown format 'xml'/);
    const unknown = await run('--bogus');
    assert.equal(unknown.code, 2);
    const missingConfig = await run('--config', 'nope.json');
    assert.equal(missingConfig.code, 2);
  });

  it('reports a path that does not exist and exits 2, still summarizing the others', async () => {
    const { code, out, err } = await run('articles', 'missing.md', '--format', 'json');
    assert.equal(code, 2);
    assert.match(err, /missing\.md/);
    assert.ok(JSON.parse(out).programs.length > 0);
  });

  it('reports unreadable files on stderr without failing', async () => {
    fs.writeFileSync(path.join(dir, 'articles', 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    fs.writeFileSync(path.join(dir, 'articles', 'latin1.md'), Buffer.from([0x63, 0xe9, 0x28]));
    const { code, out, err } = await run('articles', '--format', 'json');
    assert.equal(code, 0);
    assert.match(err, /binary\.md: Binary file skipped/);
    assert.match(err, /latin1\.md: Invalid UTF-8/);
    assert.ok(JSON.parse(out).targets.length > 0);
  });

  it('uses the .policynotes.json found above the files, or --config', async () => {
    fs.writeFileSync(path.join(dir, 'articles', 'alias.md'), '올해 수출금융 380조 원을 공급할 계획이다.\n');
    fs.writeFileSync(path.join(dir, '.policynotes.json'), JSON.stringify({ programs: { aliases: { 무역금융: ['수출금융'] } } }));
    const found = JSON.parse((await run('articles', '--format', 'json')).out) as { programs: { name: string; aliases: string[] }[] };
    assert.deepEqual(found.programs.find((p) => p.name === '무역금융')?.aliases, ['수출금융']);
    fs.writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ programs: { aliases: { '무역 금융 지원': ['무역금융', '수출금융'] } } }));
    const explicit = JSON.parse((await run('articles', '--config', 'other.json', '--format', 'json')).out) as { programs: { name: string }[] };
    assert.ok(explicit.programs.some((p) => p.name === '무역 금융 지원'));
  });

  it('leaves out programs below --min-confidence (named by default) and lists their targets without a program', async () => {
    fs.writeFileSync(path.join(dir, 'articles', 'candidate.md'), '중기부는 2027년까지 도약 바우처 사업으로 300개사를 지원할 계획이다.\n');
    type Doc = { programs: { name: string; confidence: string }[]; targets: { text: string; program: string | null }[] };
    const json = async (...args: string[]) => {
      const r = await run('articles', '--format', 'json', ...args);
      assert.equal(r.code, 0, r.err);
      return JSON.parse(r.out) as Doc;
    };
    const byDefault = await json();
    assert.ok(!byDefault.programs.some((p) => p.name === '도약 바우처'));
    assert.ok(byDefault.programs.every((p) => p.confidence === 'named' || p.confidence === 'declared'));
    assert.equal(byDefault.targets.find((t) => t.text === '300개사')?.program, null);
    assert.deepEqual(await json('--min-confidence', 'named'), byDefault);
    const all = await json('--min-confidence', 'detected');
    assert.equal(all.programs.find((p) => p.name === '도약 바우처')?.confidence, 'detected');
    assert.equal(all.targets.find((t) => t.text === '300개사')?.program, '도약 바우처');
    // Marked in .policynotes.json: declared, so shown by default (and with --min-confidence declared).
    fs.writeFileSync(path.join(dir, '.policynotes.json'), JSON.stringify({ programs: { include: ['도약 바우처 사업'] } }));
    assert.equal((await json()).programs.find((p) => p.name === '도약 바우처')?.confidence, 'declared');
    assert.ok((await json('--min-confidence', 'declared')).programs.every((p) => p.confidence === 'declared'));
    // Marked "not a program": gone at every level.
    fs.writeFileSync(path.join(dir, '.policynotes.json'), JSON.stringify({ programs: { ignore: ['도약 바우처'] } }));
    assert.ok(!(await json('--min-confidence', 'detected')).programs.some((p) => p.name === '도약 바우처'));
  });

  it('refuses an unknown --min-confidence as a usage error', async () => {
    const bad = await run('articles', '--min-confidence', 'high');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown confidence 'high', expected named, detected or declared/);
    assert.match(bad.err, /Usage: policy-notes summary .*--min-confidence named\|detected/);
    assert.equal(bad.out, '');
  });

  it('lists itself in --help', async () => {
    const io = memoryIo(dir);
    assert.equal(await main(['--help'], io), 0);
    assert.match(io.out, /summary\s+Summarize the programs/);
    const own = memoryIo(dir);
    assert.equal(await main(['summary', '--help'], own), 0);
    assert.match(own.out, /--format FORMAT/);
    assert.match(own.out, /--min-confidence L\s+named \(default\)/);
  });
});
