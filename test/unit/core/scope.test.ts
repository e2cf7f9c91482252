import assert from 'node:assert/strict';
import { builtinSchema } from '../../../src/core/schema';
import { frontMatterKeys, isArticle, needsFrontMatter, parseScope } from '../../../src/core/scope';

describe('scope: which Markdown files are articles', () => {
  const schemaKeys = builtinSchema().properties;

  it('reads the setting, auto for anything unknown', () => {
    assert.equal(parseScope('all'), 'all');
    assert.equal(parseScope('configured'), 'configured');
    assert.equal(parseScope('auto'), 'auto');
    assert.equal(parseScope('everything'), 'auto');
    assert.equal(parseScope(undefined), 'auto');
  });

  it('takes every Markdown file in all', () => {
    assert.equal(isArticle({ underConfig: false, frontMatterKeys: [], schemaKeys }, 'all'), true);
  });

  it('takes only files under a configuration in configured, whatever their front matter', () => {
    assert.equal(isArticle({ underConfig: true, frontMatterKeys: [], schemaKeys }, 'configured'), true);
    assert.equal(isArticle({ underConfig: false, frontMatterKeys: ['title', 'date'], schemaKeys }, 'configured'), false);
  });

  it('in auto, takes a file under a configuration without reading it', () => {
    assert.equal(needsFrontMatter(true, 'auto'), false);
    assert.equal(isArticle({ underConfig: true, schemaKeys }, 'auto'), true);
  });

  it('in auto, outside a configuration, asks for a title and one more key the schema declares', () => {
    assert.equal(needsFrontMatter(false, 'auto'), true);
    const keys = frontMatterKeys('---\ntitle: 수출 지원 확대\ndate: 2026-01-12\n---\n본문\n');
    assert.deepEqual(keys, ['title', 'date']);
    assert.ok(schemaKeys.includes('date'), 'the built-in schema declares date');
    assert.equal(isArticle({ underConfig: false, frontMatterKeys: keys, schemaKeys }, 'auto'), true);
  });

  it('in auto, leaves a README, a lone title and keys foreign to the schema alone', () => {
    const readme = frontMatterKeys('# Project\n\nSome text.\n');
    assert.deepEqual(readme, []);
    assert.equal(isArticle({ underConfig: false, frontMatterKeys: readme, schemaKeys }, 'auto'), false);
    assert.equal(isArticle({ underConfig: false, frontMatterKeys: ['title'], schemaKeys }, 'auto'), false);
    assert.equal(isArticle({ underConfig: false, frontMatterKeys: ['title', 'layoutEngineOptions'], schemaKeys }, 'auto'), false);
    assert.equal(isArticle({ underConfig: false, frontMatterKeys: ['date', 'tags'], schemaKeys }, 'auto'), false);
    assert.equal(isArticle({ underConfig: false, schemaKeys }, 'auto'), false);
  });

  it('follows the schema in effect: its keys, not the built-in ones', () => {
    const keys = ['title', 'ministry'];
    assert.equal(isArticle({ underConfig: false, frontMatterKeys: keys, schemaKeys }, 'auto'), schemaKeys.includes('ministry'));
    assert.equal(isArticle({ underConfig: false, frontMatterKeys: keys, schemaKeys: ['title', 'ministry'] }, 'auto'), true);
  });

  it('reads no keys from front matter that does not parse, or is not a mapping, and survives a BOM', () => {
    assert.deepEqual(frontMatterKeys('---\ntitle: [unclosed\n---\n'), []);
    assert.deepEqual(frontMatterKeys('---\n- a\n- b\n---\n'), []);
    assert.deepEqual(frontMatterKeys('\ufeff---\ntitle: 가\ndate: 2026-01-01\n---\n'), ['title', 'date']);
  });
});
