import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import defaultSchema from '../../../schemas/article.schema.json';
import { frontMatterCompletions, yamlScalar, type CompletionInput } from '../../../src/core/frontmatter/complete';
import { placeAt } from '../../../src/core/frontmatter/context';
import { parseFrontMatter } from '../../../src/core/parse/frontMatter';
import { builtinSchema } from '../../../src/core/schema';

const schema = defaultSchema as Record<string, unknown>;
const now = new Date(2026, 2, 5, 9, 7, 3);
const programs = [
  { name: 'K-수출스타', agency: '대한무역투자진흥공사', articles: 3 },
  { name: '수출바우처: 2단계', agency: null, articles: 1 },
];

/** Completions at the `|` of a text. */
function at(textWithCursor: string, extra: Partial<CompletionInput> = {}) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  return { text, offset, items: frontMatterCompletions({ text, offset, schema, now, programs, agencies: ['산업통상자원부', '대한무역투자진흥공사'], ...extra }) };
}

/** The text after accepting an item. */
function accept(text: string, item: { replace: { start: number; end: number }; insertText: string }): string {
  return text.slice(0, item.replace.start) + item.insertText + text.slice(item.replace.end);
}

describe('front-matter completion', () => {
  it('offers the missing keys on a new line, required ones first, with their descriptions', () => {
    const { items } = at('---\ntitle: 제목\n|\ndate: 2025-01-01\n---\n본문\n');
    const labels = items.map((i) => i.label);
    assert.ok(!labels.includes('title') && !labels.includes('date'), 'present keys (above and below) are not offered');
    const sorted = [...items].sort((a, b) => a.sortText.localeCompare(b.sortText)).map((i) => i.label);
    assert.deepEqual(sorted.slice(0, 2), ['categories', 'excerpt']);
    assert.equal(items.find((i) => i.label === 'categories')!.required, true);
    assert.equal(items.find((i) => i.label === 'excerpt')!.info?.description, 'Summary shown in lists; its figures must match the body.');
    assert.equal(items.find((i) => i.label === 'tags')!.required, false);
  });

  it('inserts a sequence key with its first dash, and a scalar key with a space, at the right indent', () => {
    const { text, items } = at('---\ntitle: 제목\nca|\n---\n');
    const cat = items.find((i) => i.label === 'categories')!;
    const after = accept(text, cat);
    assert.equal(after, '---\ntitle: 제목\ncategories:\n  - \n---\n');
    assert.equal(cat.retrigger, false, 'categories items have no fixed values in the built-in schema');
    const pub = items.find((i) => i.label === 'published')!;
    assert.equal(accept(text, pub), '---\ntitle: 제목\npublished: \n---\n');
    assert.equal(pub.retrigger, true);
  });

  it('completes only the name when the colon is already there', () => {
    const { text, items } = at('---\nexc|: 요약\n---\n');
    assert.equal(
      accept(
        text,
        items.find((i) => i.label === 'excerpt')!,
      ),
      '---\nexcerpt: 요약\n---\n',
    );
  });

  it('offers booleans, enum values and today in the article format', () => {
    assert.deepEqual(
      at('---\npublished: |\n---\n').items.map((i) => i.label),
      ['true', 'false'],
    );
    const date = at('---\ndate: |\n---\n').items.find((i) => i.kind === 'date')!;
    assert.equal(date.label, '2026-03-05');
    const jekyll = at('---\nlast_modified_at: 2025-01-02 10:00:00 +0900\ndate: |\n---\n').items.find((i) => i.kind === 'date')!;
    assert.match(jekyll.label, /^2026-03-05 09:07:03 [+-]\d{4}$/);
    const enumSchema = { type: 'object', properties: { status: { enum: ['draft', 'true', 'on hold: later'] } } };
    const { text, items } = at('---\nstatus: d|\n---\n', { schema: enumSchema });
    assert.deepEqual(
      items.map((i) => i.insertText),
      ['draft', '"true"', '"on hold: later"'],
    );
    assert.equal(accept(text, items[0]!), '---\nstatus: draft\n---\n');
    assert.equal(at('---\nstatus:|\n---\n', { schema: enumSchema }).items[0]!.insertText, ' draft', 'a space after the colon');
  });

  it('offers indexed programs under programs:, with their agency, as valid YAML', () => {
    const { text, items } = at('---\ntitle: t\nprograms:\n  - |\n---\n');
    const k = items.find((i) => i.kind === 'program' && i.label === 'K-수출스타')!;
    assert.equal(k.agency, '대한무역투자진흥공사');
    const after = accept(text, k);
    assert.equal(after, '---\ntitle: t\nprograms:\n  - name: K-수출스타\n    agency: 대한무역투자진흥공사\n---\n');
    const data = parseDocument(after.split('---\n')[1]!).toJS() as { programs: { name: string; agency: string }[] };
    assert.deepEqual(data.programs[0], { name: 'K-수출스타', agency: '대한무역투자진흥공사' });
    const colon = items.find((i) => i.label === '수출바우처: 2단계')!;
    assert.equal(parseDocument(accept(text, colon).split('---\n')[1]!).toJS().programs[0].name, '수출바우처: 2단계');
    // Without the dash yet, the entry brings its own.
    const bare = at('---\nprograms:\n  |\n---\n');
    assert.equal(
      accept(
        bare.text,
        bare.items.find((i) => i.label === 'K-수출스타')!,
      ),
      '---\nprograms:\n  - name: K-수출스타\n    agency: 대한무역투자진흥공사\n---\n',
    );
    // Programs already declared are not offered again.
    const again = at('---\nprograms:\n  - name: K-수출스타\n  - |\n---\n');
    assert.ok(!again.items.some((i) => i.label === 'K-수출스타'));
  });

  it('offers the keys of a program item and agencies for agency:', () => {
    const keys = at('---\nprograms:\n  - name: K-수출스타\n    |\n---\n').items.map((i) => i.label);
    assert.deepEqual(keys.sort(), ['agency', 'budget', 'targets']);
    const agencies = at('---\nprograms:\n  - name: K-수출스타\n    agency: |\n---\n').items;
    assert.deepEqual(
      agencies.map((i) => i.label),
      ['산업통상자원부', '대한무역투자진흥공사'],
    );
    const names = at('---\nprograms:\n  - name: K|\n---\n').items.filter((i) => i.kind === 'program');
    assert.deepEqual(
      names.map((i) => i.insertText),
      ['K-수출스타', '"수출바우처: 2단계"'],
    );
  });

  it('offers flow-safe values in a flow sequence and nothing in a flow mapping', () => {
    const s = { type: 'object', properties: { categories: { type: 'array', items: { enum: ['News', 'A, B'] } } } };
    const { text, items } = at('---\ncategories: [News, |]\n---\n', { schema: s });
    assert.deepEqual(
      items.map((i) => i.insertText),
      ['News', '"A, B"'],
    );
    assert.deepEqual(parseDocument(accept(text, items[1]!).split('---\n')[1]!).toJS(), { categories: ['News', 'A, B'] });
    assert.deepEqual(at('---\nprograms: [{name: |}]\n---\n').items, []);
    assert.deepEqual(at('---\n{ "title": "x",\n  |\n---\n').items, []);
  });

  it('offers nothing inside a block scalar, a comment, the body or an unclosed block', () => {
    assert.deepEqual(at('---\nexcerpt: >\n  요약 |\n---\n').items, []);
    assert.deepEqual(at('---\nexcerpt: >\n  요약\n  |\n---\n').items, []);
    assert.deepEqual(at('---\n# 메모 |\n---\n').items, []);
    assert.deepEqual(at('---\ntitle: t\n---\n|\n').items, []);
  });

  it('walks $ref, allOf and additionalProperties of a workspace schema', () => {
    const s = {
      definitions: { who: { type: 'object', properties: { ministry: { type: 'string', description: 'Who runs it.' } } } },
      type: 'object',
      allOf: [{ properties: { owner: { $ref: '#/definitions/who' } } }],
      additionalProperties: { type: 'boolean' },
    };
    assert.deepEqual(
      at('---\nowner:\n  |\n---\n', { schema: s }).items.map((i) => i.label),
      ['ministry'],
    );
    assert.deepEqual(
      at('---\nowner:\n  ministry: |\n---\n', { schema: s }).items.map((i) => i.label),
      ['산업통상자원부', '대한무역투자진흥공사'],
    );
    assert.deepEqual(
      at('---\nanything: |\n---\n', { schema: s }).items.map((i) => i.label),
      ['true', 'false'],
    );
    const loop = { $ref: '#' };
    assert.deepEqual(at('---\n|\n---\n', { schema: loop }).items, []);
  });

  it('accepting every offered value leaves front matter the built-in schema accepts', () => {
    const base = '---\ntitle: 제목\ncategories:\n  - News\nexcerpt: 요약\npublished: |\n---\n';
    const { text, items } = at(base);
    for (const item of items) {
      const fm = parseFrontMatter(accept(text, item)).frontMatter!;
      assert.deepEqual(builtinSchema().validate(fm.data), [], item.label);
    }
  });

  it('completes in a new article whose closing --- is not typed yet', () => {
    const labels = at('---\ntitle: t\nc|').items.map((i) => i.label);
    assert.ok(labels.includes('categories') && !labels.includes('title'), labels.join(', '));
    assert.deepEqual(at('---\n\n본문|').items, [], 'a thematic break, not front matter');
    assert.deepEqual(at('# 제목\n---\n|').items, [], 'a thematic break later in a file is no front matter');
  });

  it('keeps CRLF line breaks and reads past comments and block scalars', () => {
    const { text, items } = at('---\r\ntitle: t # 제목\r\nexcerpt: >-\r\n  첫 줄\r\n  key: 본문 속 콜론\r\n# 메모\r\n|\r\n---\r\n');
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('categories') && !labels.includes('title') && !labels.includes('excerpt') && !labels.includes('key'), labels.join(', '));
    assert.equal(
      accept(
        text,
        items.find((i) => i.label === 'tags')!,
      ).split('---')[1],
      '\r\ntitle: t # 제목\r\nexcerpt: >-\r\n  첫 줄\r\n  key: 본문 속 콜론\r\n# 메모\r\ntags:\r\n  - \r\n',
    );
  });

  it('reads the place of keys in nested sequences', () => {
    const text = '---\na:\n  - b: 1\n    c:\n      - d: 2\n        e: 3\n---\n';
    const fm = parseFrontMatter(text).frontMatter!;
    const p = placeAt(text, fm, text.indexOf('e: 3'));
    assert.equal(p?.kind, 'key');
    assert.deepEqual(p?.kind === 'key' ? p.container : null, { path: ['a', 0, 'c', 0], siblings: ['d'] });
  });

  it('writes scalars as YAML that reads back the same', () => {
    for (const s of ['News', 'yes', '123', 'a: b', '- x', '#tag', ' lead', '2025-01-01', "it's", 'line\nbreak', '[x]']) {
      assert.equal(parseDocument(`k: ${yamlScalar(s, false)}`).toJS().k, s, s);
      assert.deepEqual(parseDocument(`k: [${yamlScalar(s, true)}]`).toJS().k, [s], s);
    }
  });
});
