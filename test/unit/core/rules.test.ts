/**
 * Fixture-driven rule tests (remark-lint / markdownlint style): for every folder under
 * test/fixtures/rules/<rule-id>/, `ok.md` gives no issue at all, and `not-ok.md` gives
 * exactly the issues of that rule listed in `not-ok.expected.txt`
 * (`line:col-endLine:endCol severity message`, 1-based, end exclusive).
 * Regenerate an expected file after a deliberate change with PN_UPDATE_FIXTURES=1, then review the diff.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { normalizeConfig } from '../../../src/core/config';
import { lintNote, type LintOptions } from '../../../src/core/lint';
import { parseNote } from '../../../src/core/parse/note';
import { rules } from '../../../src/core/rules';

const DIR = path.resolve(__dirname, '../../fixtures/rules');

/** Rule levels of a fixture folder's optional config.json (for rules that are off by default). */
function options(dir: string): LintOptions {
  const file = path.join(dir, 'config.json');
  return fs.existsSync(file) ? { config: normalizeConfig(JSON.parse(fs.readFileSync(file, 'utf8')), dir).config } : {};
}

function render(file: string, rule: string): string {
  const note = parseNote({ uri: file, text: fs.readFileSync(file, 'utf8') });
  return lintNote(note, options(path.dirname(file)))
    .filter((i) => i.rule === rule)
    .map((i) => {
      const s = note.lines.positionAt(i.start);
      const e = note.lines.positionAt(i.end);
      return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${i.severity} ${i.message}`;
    })
    .join('\n');
}

describe('rules: fixtures', () => {
  for (const rule of fs.readdirSync(DIR).sort()) {
    describe(rule, () => {
      it('is a registered rule', () => assert.ok(rules.some((r) => r.id === rule)));
      it('ok.md gives no issue', () => {
        const file = path.join(DIR, rule, 'ok.md');
        const note = parseNote({ uri: file, text: fs.readFileSync(file, 'utf8') });
        assert.deepEqual(
          lintNote(note, options(path.join(DIR, rule))).map((i) => `${i.rule}: ${i.message}`),
          [],
        );
      });
      it('not-ok.md gives the expected issues', () => {
        const got = render(path.join(DIR, rule, 'not-ok.md'), rule);
        const expectedFile = path.join(DIR, rule, 'not-ok.expected.txt');
        if (process.env.PN_UPDATE_FIXTURES === '1') fs.writeFileSync(expectedFile, got + '\n');
        assert.notEqual(got, '', 'not-ok.md must produce at least one issue');
        assert.equal(got, fs.readFileSync(expectedFile, 'utf8').trimEnd());
      });
    });
  }

  it('every rule has a fixture folder and a documentation page', () => {
    for (const r of rules) {
      if (r.id !== 'image-missing' && !r.id.startsWith('frontmatter-depth') && r.id !== 'frontmatter-too-large') assert.ok(fs.existsSync(path.join(DIR, r.id)), `fixtures for ${r.id}`);
      assert.ok(fs.existsSync(path.resolve(__dirname, '../../../docs/rules', `${r.id}.md`)), `docs/rules/${r.id}.md`);
    }
  });
});

describe('rules: frontmatter-schema findings and fixes', () => {
  const lint = (text: string) => lintNote(parseNote({ uri: 'x.md', text }), {}).filter((i) => i.rule === 'frontmatter-schema');

  it('gives a misspelled required key one problem, whose rename fix settles it', () => {
    const issues = lint('---\ntitel: 수출\ncategories: [News]\nexcerpt: 요약\n---\n');
    assert.deepEqual(
      issues.map((i) => i.message),
      ['Unexpected key `titel`, expected `title`.'],
    );
    assert.deepEqual(
      issues[0]!.fixes?.map((f) => f.title),
      ['Rename to `title`'],
    );
    assert.deepEqual(
      lint('---\ncategories: [News]\nexcerpt: 요약\n---\n').map((i) => i.message),
      ['Missing key `title` in front matter, expected by the built-in schema.'],
    );
  });

  it('prefers no rename when two misspellings would both become the same key', () => {
    const issues = lint('---\ntitel: 수출\ntilte: 바우처\ncategories: [News]\nexcerpt: 요약\n---\n');
    assert.deepEqual(
      issues.map((i) => i.fixes?.map((f) => [f.title, f.preferred])),
      [[['Rename to `title`', false]], [['Rename to `title`', false]]],
    );
    assert.deepEqual(
      lint('---\ntitel: 수출\ncategories: [News]\nexcerpt: 요약\n---\n')[0]!.fixes?.map((f) => f.preferred),
      [true],
    );
  });

  it('offers to add a missing key to a block mapping, never to a flow mapping it would break', () => {
    const block = lint('---\ntitle: 수출\nexcerpt: 요약\n---\n').find((i) => i.message.startsWith('Missing key `categories`'))!;
    assert.deepEqual(
      block.fixes?.map((f) => f.title),
      ['Add `categories` to the front matter'],
    );
    const flow = lint('---\n{ "title": "수출", "excerpt": "요약" }\n---\n').find((i) => i.message.startsWith('Missing key `categories`'))!;
    assert.equal(flow.fixes, undefined);
  });
});

describe('rules: one problem per mistake', () => {
  it('leaves an impossible date to invalid-date, not also to the schema', () => {
    const issues = lintNote(parseNote({ uri: 'x.md', text: '---\ntitle: 수출\ncategories: [News]\nexcerpt: 요약\ndate: 2025-13-02\n---\n' }), {});
    assert.deepEqual(
      issues.map((i) => [i.rule, i.message]),
      [['invalid-date', 'Unexpected date `2025-13-02`, expected a real calendar date (YYYY-MM-DD).']],
    );
  });
});
