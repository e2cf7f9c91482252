import * as assert from 'node:assert/strict';
import defaultSchema from '../../../schemas/article.schema.json';
import { workspaceChoices } from '../../../src/core/frontmatter/choices';
import { frontMatterHover } from '../../../src/core/frontmatter/hover';
import { localLinks } from '../../../src/core/frontmatter/links';
import { frontMatterSymbol } from '../../../src/core/frontmatter/symbols';
import { parseNote } from '../../../src/core/parse/note';

const schema = defaultSchema as Record<string, unknown>;
const ARTICLE = [
  '---',
  'title: 수출 지원',
  'categories:',
  '  - News',
  'image: /assets/img/a.jpg',
  'version: 2025.06.12',
  'site: example.com',
  'report: files/report.pdf',
  'programs:',
  '  - name: K-수출스타',
  '    agency: 코트라',
  '---',
  '',
  '<p><img src="../img/b.png?x=1" alt=""> <a href="https://example.com">x</a> <a href=\'notes/c.md#top\'>c</a></p>',
  '',
].join('\n');

describe('front-matter hover, links and outline', () => {
  it('describes a key and a value from the schema', () => {
    const onKey = frontMatterHover(ARTICLE, ARTICLE.indexOf('title') + 2, schema)!;
    assert.equal(onKey.part, 'key');
    assert.equal(onKey.key, 'title');
    assert.equal(onKey.info.description, 'Headline of the article.');
    assert.equal(onKey.required, true);
    assert.equal(ARTICLE.slice(onKey.span.start, onKey.span.end), 'title');
    const item = frontMatterHover(ARTICLE, ARTICLE.indexOf('News') + 1, schema)!;
    assert.equal(item.part, 'value');
    assert.deepEqual(item.path, ['categories', 0]);
    assert.deepEqual(item.info.types, ['string']);
  });

  it('recognizes a program name and nested keys', () => {
    const name = frontMatterHover(ARTICLE, ARTICLE.indexOf('K-수출스타') + 2, schema)!;
    assert.equal(name.program, 'K-수출스타');
    const agency = frontMatterHover(ARTICLE, ARTICLE.indexOf('agency') + 1, schema)!;
    assert.deepEqual(agency.path, ['programs', 0, 'agency']);
    assert.equal(frontMatterHover(ARTICLE, ARTICLE.indexOf('<img'), schema), null, 'the body is not front matter');
  });

  it('links local paths of the front matter and of HTML in the body', () => {
    const note = parseNote({ uri: 'a.md', text: ARTICLE });
    const links = localLinks(note).map((l) => [l.path, ARTICLE.slice(l.start, l.end)]);
    assert.deepEqual(links, [
      ['/assets/img/a.jpg', '/assets/img/a.jpg'],
      ['files/report.pdf', 'files/report.pdf'],
      ['../img/b.png', '../img/b.png'],
      ['notes/c.md', 'notes/c.md'],
    ]);
  });

  it('outlines the front matter with its keys and program items', () => {
    const fm = parseNote({ uri: 'a.md', text: ARTICLE }).frontMatter!;
    const sym = frontMatterSymbol(fm)!;
    assert.deepEqual(
      sym.children.map((c) => c.name),
      ['title', 'categories', 'image', 'version', 'site', 'report', 'programs'],
    );
    assert.equal(sym.children[0]!.detail, '수출 지원');
    assert.deepEqual(
      sym.children[6]!.children.map((c) => c.name),
      ['K-수출스타'],
    );
    assert.equal(frontMatterSymbol(parseNote({ uri: 'b.md', text: '---\n- a\n---\n' }).frontMatter!), null);
  });

  it('offers programs most mentioned first and agencies in use before the registry', () => {
    const mention = (file: string) => ({ file, line: 1, start: 0, end: 1, sentence: '', name: 'x', key: 'x', declared: false, confidence: 'named' as const, agency: null });
    const summary = {
      programs: [
        { name: 'A', aliases: [], agencies: ['코트라'], mentions: [mention('1'), mention('2')], targets: [], key: 'a', confidence: 'named' as const },
        { name: 'B', aliases: [], agencies: [], mentions: [mention('1')], targets: [], key: 'b', confidence: 'named' as const },
      ],
      targets: [],
      conflicts: [],
      figures: [],
      notes: 2,
    };
    const config = { agencyAliases: {} };
    const choices = workspaceChoices(summary, config);
    assert.deepEqual(choices.programs, [
      { name: 'A', agency: '코트라', articles: 2 },
      { name: 'B', agency: null, articles: 1 },
    ]);
    assert.equal(choices.agencies[0], '코트라');
    assert.ok(choices.agencies.includes('산업통상자원부'));
    assert.equal(workspaceChoices(summary, config), choices, 'worked out once per summary and configuration');
  });
});
