/**
 * The proof that `maskMarkdown` (one linear pass, no parser) reads Markdown as remark does:
 * its mask must equal the one `remark-reference.ts` computes from remark's tree, character
 * by character, on every file of the 2,000-file corpus, on the seeds, and on generated
 * documents that pile up the CommonMark corners (containers, laziness, tabs, HTML block
 * kinds, link syntax). Bare URLs, e-mails and character references, which remark does not
 * know, are masked by the same lexical pass on both sides.
 *
 * Compared with tabs read as spaces: masking turns a tab into a space, and whether a tab of
 * indentation is inside or just outside a code block's range is invisible to later passes.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { maskMarkdown } from '../../../src/core/parse/mask';
import { stripBom } from '../../../src/core/text/decode';
import { frontMatterEnd, remarkMask } from './remark-reference';

const SHARED = resolve(__dirname, '../../../../shared');
const CORPUS = join(SHARED, 'corpus/gov-press-md/data');
const SEEDS = join(SHARED, 'seeds');

/**
 * Files allowed to differ, by path under /work/shared, each with the reason. Empty: every
 * corpus file and seed matches. Where remark itself is wrong (remark-frontmatter with an
 * unclosed `---`), see `remark-reference.ts`.
 */
const EXCEPTIONS: Record<string, string> = {};

const same = (a: string, b: string): boolean => a.replace(/\t/g, ' ') === b.replace(/\t/g, ' ');

/** A readable account of the first difference between two masks of `text`. */
function describeDifference(name: string, text: string, expected: string, actual: string): string {
  let i = 0;
  while (i < text.length && (expected[i] === actual[i] || (expected[i] === '\t') !== (actual[i] === '\t'))) i++;
  const a = Math.max(0, i - 60);
  const b = Math.min(text.length, i + 60);
  return [
    `${name}: first difference at offset ${i}`,
    `  text:   ${JSON.stringify(text.slice(a, b))}`,
    `  remark: ${JSON.stringify(expected.slice(a, b))}`,
    `  mask:   ${JSON.stringify(actual.slice(a, b))}`,
  ].join('\n');
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

/** Compares both masks on each text; returns the differing ones (name and account). */
function compare(texts: Iterable<[string, string]>): { count: number; differing: string[] } {
  let count = 0;
  const differing: string[] = [];
  for (const [name, text] of texts) {
    count++;
    const expected = remarkMask(text);
    const actual = maskMarkdown(text, frontMatterEnd(text));
    if (!same(expected, actual)) differing.push(describeDifference(name, text, expected, actual));
  }
  return { count, differing };
}

/** mulberry32: a small seeded PRNG, so generated documents are the same on every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIXES = ['', '', '', '> ', '>', '- ', '  ', '    ', '1. ', '* ', '   ', '\t', ' > ', '> - ', '- > ', '  - ', '>  ', '-\t', '10) ', '      ', '1.     ', '>\t', '- - ', '2) '];
const PIECES = [
  '- ',
  '* ',
  '1. ',
  '2) ',
  '> ',
  '    ',
  '\t',
  '```js',
  '~~~',
  '`',
  '``',
  '<p>',
  '</p>',
  '<DIV class=y>',
  '<span style="color: #e23;">',
  '</span >',
  '<!--',
  '-->',
  '<?',
  '?>',
  '<!X',
  '<![CDATA[',
  ']]>',
  ']]]>',
  '<script>',
  '</script>',
  '<pre>',
  '<a\nhref="x">',
  '<a b="',
  '[',
  ']',
  '](',
  '(',
  ')',
  '![',
  '[a]: /u',
  '[a]: </u v> "t"',
  '[B]:\n/u\n(t)',
  '[a]',
  '[b]',
  '[a][]',
  '[x][a]',
  '"t"',
  "'t'",
  '<http://x.y>',
  '<a@b.co>',
  '# ',
  '## ',
  ' ##',
  '---',
  '===',
  '***',
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '수출 370조 원',
  '1000곳',
  'x',
  '\\',
  '\\[',
  '\\`',
  '&nbsp;',
  '&#51;',
  ' ',
  ':',
  'www.k.kr',
  'a@b.kr',
  '<b>',
  '</b>',
  '<img src="a" />',
  '*',
  '_',
];

/** Generated documents: line-shaped ones (container prefixes, then pieces) and piece soups. */
function* generated(n: number, seed: number): Generator<[string, string]> {
  const rnd = prng(seed);
  const pick = (list: string[]): string => list[Math.floor(rnd() * list.length)] as string;
  for (let k = 0; k < n; k++) {
    let text = '';
    if (k % 2 === 0) {
      for (let lines = 1 + Math.floor(rnd() * 12); lines > 0; lines--) {
        text += pick(PREFIXES) + (rnd() < 0.3 ? pick(PREFIXES) : '');
        for (let p = Math.floor(rnd() * 5); p > 0; p--) text += pick(PIECES).replace(/[\r\n]/g, '');
        text += pick(['\n', '\n', '\n', '\r\n', '\r']);
      }
    } else {
      for (let p = 1 + Math.floor(rnd() * 25); p > 0; p--) text += pick(PIECES);
    }
    yield [`generated #${k} ${JSON.stringify(text)}`, text];
  }
}

describe('maskMarkdown parity with remark', function () {
  it('matches remark on every corpus file and seed', function () {
    this.timeout(120000);
    if (!existsSync(CORPUS) || !existsSync(SEEDS)) {
      console.log(`    mask parity skipped: ${SHARED} (corpus and seeds) not found`);
      this.skip();
    }
    const files = [...filesUnder(CORPUS, '.md'), ...filesUnder(SEEDS, '.txt')];
    const texts = function* (): Generator<[string, string]> {
      for (const f of files) yield [f.slice(SHARED.length + 1), stripBom(readFileSync(f, 'utf8'))];
    };
    const { count, differing } = compare(texts());
    const unexcused = differing.filter((d) => !(d.slice(0, d.indexOf(':')) in EXCEPTIONS));
    console.log(`    mask parity: ${count} files compared, ${differing.length} differ (${differing.length - unexcused.length} documented exceptions)`);
    assert.ok(count >= 2005, `expected the 2,000 corpus files and 5 seeds, found ${count}`);
    assert.equal(unexcused.length, 0, unexcused.slice(0, 5).join('\n'));
  });

  it('matches remark on 3,000 generated documents full of CommonMark corners', function () {
    this.timeout(60000);
    const { count, differing } = compare(generated(3000, 7));
    console.log(`    mask parity: ${count} generated documents, ${differing.length} differ`);
    assert.equal(differing.length, 0, differing.slice(0, 5).join('\n'));
  });
});
