import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_FRONT_MATTER_CHARS, parseFrontMatter, pathSpan } from '../../../src/core/parse/frontMatter';
import { joinLines } from '../helpers';

const rules = (text: string) => parseFrontMatter(text).issues.map((i) => i.rule);

describe('front matter: splitting', () => {
  it('reads a closed YAML block and finds the body after it', () => {
    const text = joinLines('---', 'title: 수출 지원', '---', '본문');
    const r = parseFrontMatter(text);
    assert.deepEqual(r.frontMatter?.data, { title: '수출 지원' });
    assert.equal(text.slice(r.bodyStart), '본문');
    assert.deepEqual(r.issues, []);
  });

  it('reports an unclosed block at 1:1 and keeps the rest as body (case 10)', () => {
    const text = joinLines('---', 'title: x', '', '# 제목', '', '수출 7000억 달러');
    const r = parseFrontMatter(text);
    assert.equal(r.frontMatter, null);
    assert.deepEqual(
      r.issues.map((i) => [i.rule, i.start, i.end]),
      [['frontmatter-unclosed', 0, 3]],
    );
    assert.ok(text.slice(r.bodyStart).includes('7000억 달러'));
  });

  it('treats `---` followed by a blank line as a thematic break, not front matter (case 11)', () => {
    for (const text of ['---\n\n본문 3.9억톤\n', '---', '---\n']) {
      const r = parseFrontMatter(text);
      assert.equal(r.frontMatter, null);
      assert.equal(r.bodyStart, 0);
      assert.deepEqual(r.issues, []);
    }
  });

  it('closes only on `---` plus blanks (case 12)', () => {
    for (const closer of ['----', '---foo', '--- # c', '...']) {
      assert.deepEqual(rules(joinLines('---', 'a: 1', closer, 'body')), ['frontmatter-unclosed'], closer);
    }
    const r = parseFrontMatter('---\na: 1\n---   \nbody');
    assert.deepEqual(r.frontMatter?.data, { a: 1 });
    assert.equal(r.bodyStart, '---\na: 1\n---   \n'.length);
  });

  it('accepts empty front matter and CRLF / CR line endings with identical data (cases 13, 15)', () => {
    assert.deepEqual(parseFrontMatter('---\n---\n').frontMatter?.data, {});
    const lf = '---\ntitle: 가\nexcerpt: >\n  한 줄\n  두 줄\n---\n9.0%';
    const want = parseFrontMatter(lf).frontMatter?.data;
    for (const eol of ['\r\n', '\r']) {
      const r = parseFrontMatter(lf.replace(/\n/g, eol));
      assert.deepEqual(r.frontMatter?.data, want, JSON.stringify(eol));
      assert.equal(r.bodyStart, lf.replace(/\n/g, eol).indexOf('9.0%'));
    }
  });
});

describe('front matter: nothing in it ever runs', () => {
  const marker = path.join(os.tmpdir(), `pn-marker-${process.pid}`);
  afterEach(() => {
    assert.equal(fs.existsSync(marker), false, 'marker file must not exist');
    assert.equal((globalThis as Record<string, unknown>).__pn_poc, undefined);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  for (const opener of ['---js', '---javascript', '---JavaScript', '--- js ', '---JS', '---coffee', '---toml', '---constructor', '---__proto__', '---toString']) {
    it(`refuses \`${opener}\` with frontmatter-language and still reads the body (cases 1, 2)`, () => {
      const text = `${opener}\n{t:(require('fs').writeFileSync(${JSON.stringify(marker)},'x'),'t')}\n---\n본문 9.0%`;
      const r = parseFrontMatter(text);
      assert.deepEqual(
        r.issues.map((i) => i.rule),
        ['frontmatter-language'],
      );
      assert.equal(r.issues[0]!.start, opener.indexOf(opener.trim().slice(3).trim()));
      assert.equal(text.slice(r.bodyStart), '본문 9.0%');
    });
  }

  it('does not instantiate custom tags: values stay plain data (case 3)', () => {
    const text = joinLines('---', 'a: !!js/function "function(){globalThis.__pn_poc=1}"', 'b: !!js/regexp /(a+)+$/', "c: !!js/undefined ''", "d: !!python/object/apply:os.system ['id']", '---', '');
    const r = parseFrontMatter(text);
    const data = r.frontMatter!.data!;
    for (const v of Object.values(data)) assert.ok(typeof v === 'string' || Array.isArray(v), `plain value, got ${typeof v}`);
    assert.deepEqual(
      r.issues.map((i) => i.rule),
      ['frontmatter-tag', 'frontmatter-tag', 'frontmatter-tag', 'frontmatter-tag'],
    );
    assert.equal(text.slice(r.issues[0]!.start, r.issues[0]!.end), '!!js/function');
  });

  it('keeps __proto__ and constructor as plain keys (case 4)', () => {
    const text = joinLines('---', '__proto__: {polluted: 1}', 'a: &a {__proto__: {polluted: 1}}', 'b: {<<: *a}', 'constructor: x', '---', '');
    const data = parseFrontMatter(text).frontMatter!.data!;
    assert.equal(Object.getPrototypeOf(data), Object.prototype);
    assert.deepEqual(Object.keys(data), ['__proto__', 'a', 'b', 'constructor']);
  });
});

describe('front matter: bounded work on hostile YAML', () => {
  it('stops a billion-laughs alias bomb quickly, and parses a normal alias (case 5)', () => {
    const lines = ['---', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const t = Date.now();
    assert.deepEqual(rules([...lines, '---', ''].join('\n')), ['frontmatter-aliases']);
    assert.ok(Date.now() - t < 1000);
    const control = joinLines('---', 'x: &x 1', 'a: *x', 'b: *x', 'c: *x', 'd: *x', 'e: *x', '---', '');
    assert.deepEqual(parseFrontMatter(control).frontMatter?.data, { x: 1, a: 1, b: 1, c: 1, d: 1, e: 1 });
  });

  it('refuses deep nesting without a RangeError (case 6)', () => {
    assert.deepEqual(rules(`---\na: ${'['.repeat(32000)}${']'.repeat(32000)}\n---\n`), ['frontmatter-depth']);
    assert.deepEqual(rules(`---\na: ${'['.repeat(2000)}${']'.repeat(2000)}\n---\n`), ['frontmatter-depth']);
    const block = ['---', ...Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}k${i}:`), '---', ''].join('\n');
    assert.ok(['frontmatter-depth', 'frontmatter-too-large'].includes(rules(block)[0]!));
  });

  it('refuses a 5 MB block before parsing it (case 7) and caps 20,000 keys (case 8)', () => {
    const huge = `---\ntitle: "${'x'.repeat(5 * 1024 * 1024)}"\n---\n`;
    let t = Date.now();
    assert.deepEqual(rules(huge), ['frontmatter-too-large']);
    assert.ok(Date.now() - t < 500);
    const keys = ['---', ...Array.from({ length: 20000 }, (_, i) => `k${i}: ${i}`), '---', ''].join('\n');
    assert.ok(keys.length > MAX_FRONT_MATTER_CHARS);
    t = Date.now();
    assert.deepEqual(rules(keys), ['frontmatter-too-large']);
    assert.ok(Date.now() - t < 500);
  });
});

describe('front matter: precise positions', () => {
  it('puts a duplicate key on the second key, 3:1-3:7 (case 9)', () => {
    const text = joinLines('---', 'target: 10%', 'target: 20%', '---', '');
    const [i] = parseFrontMatter(text).issues;
    assert.equal(i?.rule, 'duplicate-key');
    assert.equal(text.slice(i!.start, i!.end), 'target');
    assert.equal(i!.start, text.lastIndexOf('target'));
  });

  it('finds repeated keys at any depth, compared by value as YAML does, and reads no data from such a block', () => {
    const text = joinLines('---', 'programs:', '  - name: a', '    name: b', '1: x', '"1": y', '~: p', 'null: q', '---', '');
    const r = parseFrontMatter(text);
    const dups = r.issues.filter((i) => i.rule === 'duplicate-key').map((i) => text.slice(i.start, i.end));
    assert.deepEqual(dups, ['name', 'null']);
    assert.match(r.issues.find((i) => i.rule === 'duplicate-key')!.message, /^Unexpected duplicate key `name`, expected each key once: it is already set on line 3\.$/);
    const inKey = parseFrontMatter(joinLines('---', '? {a: 1, a: 2}', ': v', '---', ''));
    assert.deepEqual(
      inKey.issues.map((i) => i.rule),
      ['duplicate-key'],
    );
    assert.equal(r.frontMatter?.data, null);
  });

  it('checks a block of thousands of keys in one pass (case 8, under the size cap)', () => {
    const keys = Array.from({ length: 7000 }, (_, i) => `k${i}: 1`);
    const text = joinLines('---', ...keys, 'k5: 2', '---', '');
    assert.ok(text.length < MAX_FRONT_MATTER_CHARS);
    const r = parseFrontMatter(text);
    assert.deepEqual(
      r.issues.map((i) => [i.rule, text.slice(i.start, i.end)]),
      [['duplicate-key', 'k5']],
    );
    assert.deepEqual(pathSpan(r.frontMatter!, ['k6999']), { start: text.indexOf('k6999: 1') + 7, end: text.indexOf('k6999: 1') + 8 });
  });

  it('maps a YAML syntax error into the note', () => {
    const text = joinLines('---', 'title: [unclosed', 'x: 1', '---', '');
    const [i] = parseFrontMatter(text).issues;
    assert.equal(i?.rule, 'yaml-syntax');
    assert.ok(i!.start > 4 && i!.start < text.indexOf('\n---'));
  });

  it('finds key and value spans by path', () => {
    const text = joinLines('---', 'programs:', '  - name: K-수출스타', '    agency: 산업부', '---', '');
    const fm = parseFrontMatter(text).frontMatter!;
    const s = pathSpan(fm, ['programs', 0, 'agency'])!;
    assert.equal(text.slice(s.start, s.end), '산업부');
    const k = pathSpan(fm, ['programs', 0, 'name'], 'key')!;
    assert.equal(text.slice(k.start, k.end), 'name');
  });

  it('flags non-mapping front matter (case 19)', () => {
    for (const body of ['just text', '- a', '-']) assert.deepEqual(rules(`---\n${body}\n---\n`), ['frontmatter-not-mapping'], body);
    for (const body of ['null', '~']) assert.deepEqual(rules(`---\n${body}\n---\n`), ['frontmatter-not-mapping'], body);
    assert.deepEqual(parseFrontMatter('---\n---\n').frontMatter?.data, {});
  });

  it('recognizes TOML and JSON front matter without parsing them as YAML (case 16)', () => {
    const r = parseFrontMatter('+++\ntitle = "x"\n+++\n본문');
    assert.deepEqual(
      r.issues.map((i) => [i.rule, i.severity]),
      [['frontmatter-format', 'info']],
    );
    assert.equal(r.frontMatter, null);
    assert.equal('+++\ntitle = "x"\n+++\n본문'.slice(r.bodyStart), '본문');
  });
});
