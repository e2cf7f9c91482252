/** "Create Configuration" presets: each writes a configuration the loader accepts and a schema that compiles. */
import assert from 'node:assert/strict';
import { parseConfigText } from '../../../src/core/config';
import { lintNote } from '../../../src/core/lint';
import { parseNote } from '../../../src/core/parse/note';
import { PRESETS, presetFiles } from '../../../src/core/presets';
import { builtinSchema, compileSchemaText } from '../../../src/core/schema';

/** One article each preset's schema accepts, written for this test. */
const ARTICLES: Record<string, string> = {
  article: '---\ntitle: 수출 바우처 확대\ncategories: [News]\nexcerpt: 지원 기업 1,000개 사\n---\n\n지원 기업 1,000개 사\n',
  'press-release': '---\ntitle: 수출 바우처 확대\nministry: 산업통상자원부\ndate: 2026-03-04\n---\n\n올해 지원 기업은 1,000개 사이다.\n',
  'jekyll-post': '---\nlayout: post\ntitle: 수출 바우처 확대\ndate: 2026-03-04 09:00:00 +0900\ntags: [수출]\n---\n\n올해 지원 기업은 1,000개 사이다.\n',
};

describe('core: configuration presets', () => {
  for (const preset of PRESETS) {
    it(`${preset.id}: a valid configuration, a schema that compiles, and an article it accepts`, () => {
      const files = presetFiles(preset.id);
      const config = files.find((f) => f.path === '.policynotes.json')!;
      const { config: parsed, problems } = parseConfigText(config.text, '/ws');
      assert.deepEqual(problems, []);
      assert.match(JSON.parse(config.text).$schema, /policynotes\.schema\.json$/);
      let schema = builtinSchema();
      if (parsed.schemaPath) {
        const file = files.find((f) => f.path === parsed.schemaPath);
        assert.ok(file, `the schema file ${parsed.schemaPath} is written too`);
        const compiled = compileSchemaText(file.text, file.path);
        assert.ok('schema' in compiled, JSON.stringify(compiled));
        schema = compiled.schema;
      }
      const issues = lintNote(parseNote({ uri: 'a.md', text: ARTICLES[preset.id]! }), { config: parsed, schema });
      assert.deepEqual(
        issues.filter((i) => i.severity === 'error').map((i) => `${i.rule}: ${i.message}`),
        [],
      );
    });
  }
});
