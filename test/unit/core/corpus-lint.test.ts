/**
 * Real data (issue 3): with the press-release schema of examples/press-releases, the lint
 * engine gives zero errors on every file of ../shared/corpus/gov-press-md, and the right
 * error on the right line for broken variants of a real file.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintNote } from '../../../src/core/lint';
import { parseNote } from '../../../src/core/parse/note';
import { compileSchemaText, type CompiledSchema } from '../../../src/core/schema';
import { parseConfigText } from '../../../src/core/config';
import { requireShared } from '../helpers';

const EXAMPLE = path.resolve(__dirname, '../../../examples/press-releases');

function listMd(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

describe('corpus: press releases against the example schema', function () {
  this.timeout(120_000);
  let files: string[] = [];
  let schema: CompiledSchema;
  const { config } = parseConfigText(fs.readFileSync(path.join(EXAMPLE, '.policynotes.json'), 'utf8'), EXAMPLE);

  before(function () {
    files = listMd(path.join(requireShared(this, 'corpus/gov-press-md'), 'data'));
    const compiled = compileSchemaText(fs.readFileSync(path.join(EXAMPLE, 'schemas/press-release.schema.json'), 'utf8'), 'press-release.schema.json');
    assert.ok('schema' in compiled);
    schema = compiled.schema;
  });

  const lint = (text: string) => lintNote(parseNote({ uri: 'x.md', text }), { config, schema });

  it('gives zero errors on all 2,000 files', () => {
    assert.equal(files.length, 2000);
    const errors = files.flatMap((f) =>
      lint(fs.readFileSync(f, 'utf8'))
        .filter((i) => i.severity === 'error')
        .map((i) => `${path.basename(f)}: [${i.rule}] ${i.message}`),
    );
    assert.deepEqual(errors.slice(0, 10), []);
  });

  const variants: [string, (t: string) => string, string, RegExp][] = [
    ['approve_date in ISO form', (t) => t.replace(/approve_date: "[^"]+"/, 'approve_date: "2023-05-10 12:00:00"'), 'approve_date', /approve_date/],
    ['approve_date month 13', (t) => t.replace(/approve_date: "\d\d/, 'approve_date: "13'), 'approve_date', /expected a real calendar date/],
    ['news_item_id with letters', (t) => t.replace(/news_item_id: "(\d+)"/, 'news_item_id: "A$1"'), 'news_item_id', /news_item_id/],
    ['news_item_id unquoted huge number', (t) => t.replace(/news_item_id: "\d+"/, 'news_item_id: 123456789012345678901'), 'news_item_id', /news_item_id|number/],
    ['ministry missing', (t) => t.replace(/ministry: "[^"]+"\r?\n/, ''), '---', /Missing key `ministry`/],
    ['original_url not korea.kr', (t) => t.replace(/original_url: "[^"]+"/, 'original_url: "http://example.com/x"'), 'original_url', /original_url/],
    ['attachment_count as text', (t) => t.replace(/attachment_count: \d+/, 'attachment_count: "many"'), 'attachment_count', /expected integer/],
    ['grouping_code typo', (t) => t.replace(/grouping_code: "brief"/, 'grouping_code: "breif"'), 'grouping_code', /expected one of `brief`/],
    ['extra key', (t) => t.replace(/source: /, 'sorce: "x"\nsource: '), 'sorce', /Unexpected key `sorce`, expected `source`/],
    ['duplicate key', (t) => t.replace(/(title: [^\n]+\n)/, '$1$1'), 'title', /duplicate key/],
    ['unclosed block', (t) => t.replace(/\n---\n/, '\n\n'), '---', /Unclosed front matter/],
    ['bad YAML quoting', (t) => t.replace(/ministry: "([^"]+)"/, 'ministry: "$1'), 'ministry', /Invalid YAML/],
  ];

  for (const [name, mutate, lineStartsWith, message] of variants) {
    it(`reports the broken variant "${name}" on its line`, () => {
      const original = fs.readFileSync(files[17]!, 'utf8');
      const text = mutate(original);
      assert.notEqual(text, original, 'the mutation applies');
      const issues = lint(text).filter((i) => i.severity === 'error');
      const hit = issues.find((i) => message.test(i.message));
      assert.ok(hit, `an error matching ${message}; got ${issues.map((i) => i.message).join(' | ')}`);
      const note = parseNote({ uri: 'x.md', text });
      const line = note.lines.positionAt(hit.start).line;
      const lineText = text.slice(note.lines.lineStart(line), note.lines.lineEnd(line));
      assert.ok(lineText.startsWith(lineStartsWith), `error on the line starting with ${lineStartsWith}, got line ${line + 1}: ${lineText}`);
    });
  }
});
