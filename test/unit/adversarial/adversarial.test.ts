/**
 * The reliability suite of ../shared/docs/design.md, threat model: its 30 hostile inputs, each run
 * through the core (parse, lint, claims, summary) and the CLI (text and json), with the
 * three sentinels for "nothing executed" checked after every case. Cases marked [H] there
 * also run in the real VS Code host (test/integration); 24 and 25 (webview) are covered by
 * the report's own tests. Time checks are hang guards at HANG_GUARD times the documented
 * budget, never benchmarks (`npm run bench` prints the real figures).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findClaims } from '../../../src/core/claims';
import { lintNote } from '../../../src/core/lint';
import type { Issue } from '../../../src/core/model';
import { parseNote } from '../../../src/core/parse/note';
import { parseFrontMatter } from '../../../src/core/parse/frontMatter';
import { rules } from '../../../src/core/rules';
import type { Rule } from '../../../src/core/rules/types';
import { extractNote } from '../../../src/core/summary';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { lintExitCode } from '../../../src/cli/command';
import { main } from '../../../src/cli/main';
import { memoryIo } from '../../../src/cli/io';
import type { LintRecord } from '../../../src/cli/format/records';
import { SHARED } from '../helpers';

/** Hang guard: a case fails only when it takes this many times its documented budget. */
const HANG_GUARD = 10;
const MARKER = path.join(os.tmpdir(), `pn-adversarial-marker-${process.pid}`);
const g = globalThis as Record<string, unknown>;

/** Everything the core does with a note; must never throw. */
function core(text: string) {
  const note = parseNote({ uri: 'case.md', text });
  const issues = lintNote(note);
  const claims = findClaims(note.prose);
  const summary = extractNote(note, DEFAULT_CONFIG);
  const at = (i: Issue) => {
    const p = note.lines.positionAt(i.start);
    return `${p.line + 1}:${p.character + 1}`;
  };
  return { note, issues, claims, summary, rules: issues.map((i) => i.rule), at };
}

/** The CLI on one file holding `content`: exit code, json records and text output. */
async function cli(content: string | Buffer, name = 'case.md') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-adv-'));
  fs.writeFileSync(path.join(dir, name), content);
  const json = memoryIo(dir);
  const code = await main(['lint', name, '--format', 'json'], json);
  const text = memoryIo(dir);
  await main(['lint', name], text);
  const claimsIo = memoryIo(dir);
  await main(['claims', name, '--format', 'json'], claimsIo);
  fs.rmSync(dir, { recursive: true, force: true });
  return { code, records: JSON.parse(json.out) as LintRecord[], text: text.out, claims: JSON.parse(claimsIo.out) as { text: string; line: number; column: number }[], err: json.err };
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}

describe('adversarial inputs (docs/design.md, threat model)', function () {
  this.timeout(60_000);
  afterEach(() => {
    assert.equal(fs.existsSync(MARKER), false, 'sentinel: the marker file was written');
    assert.equal(g.__pn_poc, undefined, 'sentinel: globalThis.__pn_poc was set');
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'sentinel: Object.prototype was polluted');
  });

  const payload = `{t:(require('fs').writeFileSync(${JSON.stringify(MARKER)},'x'),globalThis.__pn_poc=1,'t')}`;

  it('1: ---js front matter is refused at 1:4, never run; the body is still linted', async () => {
    for (const opener of ['---js', '---javascript', '---JavaScript', '---JS']) {
      const r = core(`${opener}\n${payload}\n---\n본문 TODO 3.9억톤`);
      assert.deepEqual(r.rules, ['frontmatter-language', 'placeholder-text'], opener);
      assert.equal(r.at(r.issues[0]!), '1:4');
      assert.ok(r.claims.some((c) => c.text === '3.9억톤'));
    }
    const c = await cli(`--- js \n${payload}\n---\n본문`);
    assert.equal(c.code, 1);
    assert.equal(c.records[0]!.rule, 'frontmatter-language');
  });

  it('2: other languages and prototype names as languages give the same diagnostic', () => {
    for (const lang of ['toml', 'coffee', 'constructor', '__proto__', 'toString']) assert.deepEqual(core(`---${lang}\nx\n---\n본문`).rules, ['frontmatter-language'], lang);
  });

  it('3: YAML tags are not instantiated; values are plain data; nothing on stderr', async () => {
    const text = `---\ntitle: x\na: !!js/function "function(){globalThis.__pn_poc=1}"\nb: !!js/regexp /(a+)+$/\nc: !!js/undefined ''\nd: !!python/object/apply:os.system ['id']\n---\n`;
    const r = core(text);
    for (const v of Object.values(r.note.frontMatter!.data!)) assert.ok(typeof v === 'string' || Array.isArray(v));
    assert.equal(r.rules.filter((x) => x === 'frontmatter-tag').length, 4);
    assert.equal((await cli(text)).err, '');
  });

  it('4: __proto__ and constructor keys pollute nothing; the summary copes', () => {
    const r = core('---\n__proto__: {polluted: 1}\na: &a {__proto__: {polluted: 1}}\nb: {<<: *a}\nconstructor: x\nprograms:\n  - name: K-수출스타\n    __proto__: {polluted: 1}\n---\n본문');
    assert.ok(Array.isArray(r.summary.programs));
  });

  it('5: an alias bomb is refused in ≤ 100 ms; a control with 5 aliases parses', () => {
    const lines = ['---', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const t = timed(() => core([...lines, '---', '본문'].join('\n')));
    assert.ok(t.value.rules.includes('frontmatter-aliases'));
    assert.ok(t.ms < 100 * HANG_GUARD, `${t.ms} ms`);
    assert.deepEqual(core('---\nx: &x 1\na: *x\nb: *x\nc: *x\nd: *x\ne: *x\n---\n').note.frontMatter?.data, { x: 1, a: 1, b: 1, c: 1, d: 1, e: 1 });
  });

  it('6: deep nesting is refused without a RangeError in ≤ 300 ms', () => {
    const flow = timed(() => core(`---\na: ${'['.repeat(32000)}${']'.repeat(32000)}\n---\n`));
    assert.ok(flow.value.rules.includes('frontmatter-depth'));
    const block = timed(() => core(['---', ...Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}k${i}:`), '---', ''].join('\n')));
    assert.ok(block.value.rules.some((x) => x === 'frontmatter-depth' || x === 'frontmatter-too-large'));
    assert.ok(flow.ms + block.ms < 300 * HANG_GUARD);
  });

  it('7: a 5 MB front matter is refused before the YAML parser runs (≤ 50 ms)', () => {
    // yaml's exports are non-configurable getters, so no spy can wrap parseDocument; the size
    // check runs first in parseYaml and its message says the block was not parsed. Parsing
    // 5 MB of YAML takes seconds, so the time bound would catch a parse too.
    const text = `---\ntitle: "${'x'.repeat(5 * 1024 * 1024)}"\n---\n본문`;
    const t = timed(() => parseFrontMatter(text));
    assert.match(t.value.issues.find((i) => i.rule === 'frontmatter-too-large')!.message, /was not parsed/);
    assert.ok(t.ms < 50 * HANG_GUARD, `${t.ms} ms`);
    assert.ok(core(text).rules.includes('frontmatter-too-large'), 'the whole pipeline copes too');
  });

  it('8: 20,000 keys never take the quadratic path (≤ 500 ms)', () => {
    const t = timed(() => core(['---', ...Array.from({ length: 20000 }, (_, i) => `k${i}: ${i}`), '---', ''].join('\n')));
    assert.ok(t.ms < 500 * HANG_GUARD, `${t.ms} ms`);
  });

  it('9: a duplicate key is reported at 3:1–3:7', async () => {
    const c = await cli('---\ntarget: 10%\ntarget: 20%\n---\n');
    const d = c.records.find((r) => r.rule === 'duplicate-key')!;
    assert.deepEqual([d.line, d.column, d.endLine, d.endColumn], [3, 1, 3, 7]);
  });

  it('10: an unclosed block is reported at 1:1; the body claim is still found at 6:4', async () => {
    const text = '---\ntitle: x\n\n# 제목\n\n수출 7000억 달러';
    const r = core(text);
    assert.equal(r.at(r.issues.find((i) => i.rule === 'frontmatter-unclosed')!), '1:1');
    const c = await cli(text);
    const claim = c.claims.find((x) => x.text === '7000억 달러')!;
    assert.deepEqual([claim.line, claim.column], [6, 4]);
    assert.ok(c.text.length > 0);
  });

  it('11: a leading thematic break is not front matter; the body claim is found', () => {
    const r = core('---\n\n본문 3.9억톤\n');
    assert.equal(r.note.frontMatter, null);
    assert.ok(r.claims.some((c) => c.text === '3.9억톤'));
    assert.deepEqual(core('---').rules, ['frontmatter-missing']);
  });

  it('12: only `---` plus blanks closes the block; offsets stay exact', () => {
    for (const closer of ['----', '---foo', '--- # c', '...']) assert.ok(core(`---\na: 1\n${closer}\n9.0%`).rules.includes('frontmatter-unclosed'), closer);
    const r = core('---\na: 1\n---   \n9.0%');
    assert.equal(r.claims[0]?.start, '---\na: 1\n---   \n'.length);
  });

  it('13: no front matter, an empty file, blank lines, an empty block: no crash', async () => {
    for (const text of ['본문만 있다', '', '\n\n', '---\n---\n']) core(text);
    assert.equal((await cli('')).code, 0);
  });

  it('14: with a BOM the claim keeps the line:col it has without one', async () => {
    const withBom = await cli('\uFEFF---\ntitle: 가\n---\n9.0%');
    const without = await cli('---\ntitle: 가\n---\n9.0%');
    assert.deepEqual(withBom.claims, without.claims);
    assert.deepEqual([withBom.claims[0]!.line, withBom.claims[0]!.column], [4, 1]);
  });

  it('15: CRLF, CR-only and mixed endings give the same data and positions as LF', async () => {
    const lf = '---\ntitle: 가\nexcerpt: 요약\n---\n\n수출 9.0% 증가, 무역보험 5조 원\n';
    const base = await cli(lf);
    for (const eol of ['\r\n', '\r']) {
      const text = lf.replace(/\n/g, eol);
      assert.deepEqual(core(text).note.frontMatter?.data, core(lf).note.frontMatter?.data);
      assert.deepEqual(
        (await cli(text)).claims.map((c) => [c.line, c.column]),
        base.claims.map((c) => [c.line, c.column]),
      );
    }
    assert.deepEqual(core('---\r\ntitle: 가\nexcerpt: 요약\r---\n').note.frontMatter?.data, { title: '가', excerpt: '요약' });
  });

  it('16: TOML and JSON front matter are reported, never parsed as YAML or swallowed', () => {
    assert.deepEqual(core('+++\ntitle = "x"\n+++\n본문').rules, ['frontmatter-format']);
    assert.deepEqual(core(';;;\n{"title": "x"}\n;;;\n본문').rules, ['frontmatter-format']);
    const json = core('{\n"title": "x"\n}\n본문 9.0%');
    assert.deepEqual(json.rules, ['frontmatter-format']);
    assert.deepEqual(
      json.claims.map((c) => c.text),
      ['9.0%'],
    );
    assert.deepEqual(core('{ "a": 1 } 본문').rules, ['frontmatter-missing'], 'only a `{` line opens a JSON block');
  });

  it('17: invalid UTF-8 and UTF-16 files are `encoding` errors with no claims; exit 1', async () => {
    for (const bytes of [Buffer.from([0x74, 0xc3, 0x28]), Buffer.from([0xff]), Buffer.from([0xff, 0xfe, 0x39, 0x00, 0x25, 0x00])]) {
      const c = await cli(bytes);
      assert.equal(c.code, 1);
      assert.deepEqual(
        c.records.map((r) => r.rule),
        ['encoding'],
      );
      assert.deepEqual(c.claims, []);
    }
  });

  it('18: PNG bytes named .md are `binary-file` (info); a 0-byte file is fine', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const c = await cli(png);
    assert.deepEqual(
      c.records.map((r) => [r.rule, r.severity]),
      [['binary-file', 'info']],
    );
    assert.equal(c.code, 0);
  });

  it('19: front matter that is not a mapping is an error', () => {
    for (const body of ['just text', '- a', '-']) assert.deepEqual(core(`---\n${body}\n---\n`).rules, ['frontmatter-not-mapping'], body);
    for (const body of ['null', '~']) assert.deepEqual(core(`---\n${body}\n---\n`).rules, ['frontmatter-not-mapping'], body);
    assert.ok(!core('---\n# only a comment\n---\n').rules.includes('frontmatter-not-mapping'), 'an empty block is not a scalar');
  });

  it('20: impossible dates, lossy numbers and infinities are flagged; YAML 1.2 core', async () => {
    const text = '---\ntitle: x\ndeadline: 2030-13-45\ndate: 2024-01-01\nversion: 3.10\nbudget: 12345678901234567890\nrate: .inf\ncount: 1_000\nflag: no\n---\n';
    const r = core(text);
    const data = r.note.frontMatter!.data!;
    assert.equal(data.count, '1_000');
    assert.equal(data.flag, 'no');
    const c = await cli(text);
    const messages = c.records.map((x) => `${x.rule}:${x.line}`);
    for (const want of ['invalid-date:3', 'unsafe-number:5', 'unsafe-number:6', 'unsafe-number:7']) assert.ok(messages.includes(want), `${want} in ${messages}`);
    assert.match(c.records.find((x) => x.line === 6 && x.rule === 'unsafe-number')!.message, /12345678901234567890/);
    assert.ok(
      c.records.every((rec) => Object.values(rec).every((v) => v !== null)),
      'no null produced by Infinity',
    );
  });

  it('21: the flattened-table corpus file is analyzed in ≤ 50 ms', function () {
    const file = path.join(SHARED, 'corpus/gov-press-md/data/2020/2020-01/2020-01-06/047_산업통상자원부_참고자료_19년_조선업_수주_2년_연속_세계1위.md');
    if (!fs.existsSync(file)) {
      console.log('    (skipped: ../shared is not present)');
      this.skip();
    }
    const text = fs.readFileSync(file, 'utf8');
    core(text);
    const t = timed(() => core(text));
    assert.ok(t.ms < 50 * HANG_GUARD, `${t.ms} ms`);
  });

  it('22: a 2 MB line of `0만 ` and minified digit runs finish in ≤ 1 s with `line-too-long`', () => {
    for (const line of ['0만 '.repeat(500_000), '1,'.repeat(1_000_000), `${'9'.repeat(100_000)}억원`]) {
      const t = timed(() => core(`---\ntitle: x\n---\n${line}\n`));
      assert.ok(t.ms < 1000 * HANG_GUARD, `${t.ms} ms`);
      assert.ok(t.value.rules.includes('line-too-long'));
    }
  });

  it('23: a .policynotes.js is never loaded; a schema path outside the workspace is refused', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-adv23-'));
    fs.writeFileSync(path.join(dir, '.policynotes.js'), `require('fs').writeFileSync(${JSON.stringify(MARKER)}, 'x'); module.exports = {};`);
    fs.writeFileSync(path.join(dir, 'a.md'), '---\ntitle: x\ncategories: [News]\nexcerpt: y\n---\n');
    assert.equal(await main(['lint', 'a.md'], memoryIo(dir)), 0);
    fs.writeFileSync(path.join(dir, '.policynotes.json'), JSON.stringify({ frontMatter: { schema: '../../../etc/passwd' } }));
    const io = memoryIo(dir);
    await main(['lint', 'a.md'], io);
    assert.match(io.out, /^\.policynotes\.json:1:17 error .*refused.* \[config-error\]$/m, 'at the `schema` key');
  });

  it('26: a throwing rule yields one internal-error naming it; other results are kept', () => {
    const boom: Rule = {
      id: 'test-boom',
      description: 'throws',
      defaultLevel: 'error',
      tags: [],
      check: () => {
        throw new TypeError('boom');
      },
    };
    const note = parseNote({ uri: 'x.md', text: '---\ntitle: x\ncategories: [News]\nexcerpt: TODO\n---\n' });
    const issues = lintNote(note, { rules: [boom, ...rules] });
    assert.deepEqual(issues.map((i) => i.rule).sort(), ['internal-error', 'placeholder-text']);
    assert.match(issues.find((i) => i.rule === 'internal-error')!.message, /test-boom/);
    // The CLI's exit code follows the other results.
    const failedRule = { severity: 'error', rule: 'internal-error' } as const;
    assert.equal(lintExitCode([failedRule], Infinity, false), 0);
    assert.equal(lintExitCode([failedRule, { severity: 'warning', rule: 'placeholder-text' }], 0, false), 1);
    assert.equal(lintExitCode([failedRule], Infinity, true), 2);
  });

  it('27: files over the size cap are skipped by stat (sparse 6 MB and 60 MB files)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-adv27-'));
    for (const [name, size] of [
      ['six.md', 6e6],
      ['sixty.md', 60e6],
    ] as const) {
      fs.writeFileSync(path.join(dir, name), '');
      fs.truncateSync(path.join(dir, name), size);
    }
    const io = memoryIo(dir);
    const t = performance.now();
    await main(['lint', '.', '--format', 'json'], io);
    assert.deepEqual(
      (JSON.parse(io.out) as LintRecord[]).map((r) => r.rule),
      ['file-too-large', 'file-too-large'],
    );
    assert.ok(performance.now() - t < 2000);
  });

  it('28: node_modules is excluded from folder runs', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-adv28-'));
    fs.mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(dir, 'node_modules', 'pkg', `${i}.md`), '---\ntitle: [broken\n---\n');
    fs.writeFileSync(path.join(dir, 'a.md'), '---\ntitle: x\ncategories: [News]\nexcerpt: y\n---\n');
    const io = memoryIo(dir);
    assert.equal(await main(['lint', '.', '--format', 'json'], io), 0);
    assert.deepEqual(JSON.parse(io.out), []);
  });

  it('30: GitHub annotations escape %, CR and LF in messages', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-adv30-'));
    fs.writeFileSync(path.join(dir, 'x.md'), '---\ntitle: x\ncategories: [News]\nexcerpt: y\nwhat: "a\\n::error::pwned %0A"\n---\n');
    const io = memoryIo(dir);
    await main(['lint', 'x.md', '--format', 'github'], io);
    assert.equal(io.out.trim().split('\n').length, 1, io.out);
    assert.ok(!io.out.includes('\n::error::pwned'));
  });
});
