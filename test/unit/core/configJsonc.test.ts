/** `.policynotes.json` is JSONC: comments and trailing commas are accepted, and a syntax error is placed exactly. */
import assert from 'node:assert/strict';
import { parseConfigText, problemSpan } from '../../../src/core/config';

describe('core: configuration as JSONC', () => {
  it('accepts comments and trailing commas', () => {
    const text = '{\n  // which files\n  "include": ["**/*.md",],\n  /* severities */\n  "rules": { "claim-unit-spacing": "off", },\n}\n';
    const { config, problems } = parseConfigText(text, '/ws');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.include, ['**/*.md']);
    assert.equal(config.rules['claim-unit-spacing'], 'off');
  });

  it('places a syntax error at its offset, after a byte-order mark too', () => {
    for (const bom of ['', '\uFEFF']) {
      const text = `${bom}{\n  // ok\n  "include": ["**/*.md"]\n  "exclude": []\n}\n`;
      const { problems, config } = parseConfigText(text, '/ws');
      assert.equal(problems.length, 1);
      assert.match(problems[0]!.message, /^Invalid JSON: a comma was expected; the defaults are used\.$/);
      const span = problemSpan(text, problems[0]!)!;
      assert.equal(text.slice(span.start, span.start + 9), '"exclude"');
      assert.deepEqual(config.include, ['**/*.md', '**/*.markdown']);
    }
  });

  it('places a schema problem under comments at the setting', () => {
    const text = '{\n  // a rule that does not exist\n  "rules": { "no-such-rule": "error" }\n}\n';
    const { problems } = parseConfigText(text, '/ws');
    assert.equal(problems.length, 1);
    const span = problemSpan(text, problems[0]!)!;
    assert.match(text.slice(span.start, span.end), /no-such-rule/);
  });
});
