/** Korean sentence splitting over prose: marks, line breaks, wrapped lines, paragraphs, limits. */
import * as assert from 'node:assert/strict';
import { parseNote } from '../../../src/core/parse/note';
import { splitSentences } from '../../../src/core/summary';
import { MAX_LINE } from '../../../src/core/summary/sentences';
import { joinLines } from './helpers';

function split(text: string): [string, number][] {
  return splitSentences(text).map((s) => [text.slice(s.start, s.end), s.paragraph]);
}

describe('summary: sentences', () => {
  it('ends sentences at marks before a blank, and after 다. even without one', () => {
    assert.deepEqual(split('수출은 9.0% 늘었다. 정부는 확대한다!또 늘린다? 1,500억 원이다.증가했다.면접은 25%다'), [
      ['수출은 9.0% 늘었다.', 0],
      ['정부는 확대한다!또 늘린다?', 0],
      ['1,500억 원이다.', 0],
      ['증가했다.', 0],
      ['면접은 25%다', 0],
    ]);
  });

  it('carries a quoted name broken over a line into the next line, and only a name', () => {
    const text = joinLines('코트라는 ‘K-수출', '스타’ 사업을 넓힌다', '중기부는 “글로벌 강소기업', '1000+” 사업에 2,000억 원을 쓴다', '장관은 “개선 방안', '곧 낸다”고 했다');
    assert.deepEqual(
      split(text).map(([t]) => t),
      ['코트라는 ‘K-수출\n스타’ 사업을 넓힌다', '중기부는 “글로벌 강소기업\n1000+” 사업에 2,000억 원을 쓴다', '장관은 “개선 방안\n곧 낸다”고 했다'],
    );
    // A quote opened more than 30 characters before the break (quoted speech, not a name) does not carry it.
    const far = joinLines('장관은 “규제가 심사 없이 통과된다는 지적은 사실과 다르며 개선 방안', '곧 낸다”고 했다');
    assert.deepEqual(
      split(far).map(([t]) => t),
      ['장관은 “규제가 심사 없이 통과된다는 지적은 사실과 다르며 개선 방안', '곧 낸다”고 했다'],
    );
    assert.deepEqual(
      split(joinLines('목록은 ‘가나', '1. 항목이다')).map(([t]) => t),
      ['목록은 ‘가나', '1.', '항목이다'],
      'a numbered item still starts anew',
    );
  });

  it('ends a sentence at a line break unless the line visibly goes on', () => {
    const text = joinLines('인천시, 지난해 역대 최대 수출 달성', '상태바', '정부는 2028년까지 200개사를', '확충할 계획이다.', '▲ 첫째 항목');
    assert.deepEqual(split(text), [
      ['인천시, 지난해 역대 최대 수출 달성', 0],
      ['상태바', 0],
      ['정부는 2028년까지 200개사를\n확충할 계획이다.', 0],
      ['▲ 첫째 항목', 0],
    ]);
  });

  it('starts paragraphs at blank lines and headings', () => {
    const text = joinLines('첫 문장이다.', '', '## 제목', '둘째 문장이다.', '   ', '셋째.');
    assert.deepEqual(
      split(text).map(([, p]) => p),
      [0, 2, 3, 4],
    );
  });

  it('treats masked HTML lines without content as blank', () => {
    const note = parseNote({ uri: 'a.md', text: joinLines('<p>하나이다.</p>', '<p data-ke-size="size16">&nbsp;</p>', '<p>둘이다.</p>') });
    const paragraphs = splitSentences(note.prose).map((s) => s.paragraph);
    assert.equal(new Set(paragraphs).size, 2);
  });

  it('makes each front-matter key a paragraph of its own, a folded block one', () => {
    const text = joinLines('---', 'title: 제목이다', 'ministry: 산업부', 'excerpt: >', '  첫 줄이', '  이어진다.', '---', '본문이다.');
    const note = parseNote({ uri: 'a.md', text });
    const got = splitSentences(note.prose, note.bodyStart, note.text).map((s) => [text.slice(s.start, s.end), s.paragraph]);
    assert.deepEqual(
      got.map(([t]) => t),
      ['제목이다', '산업부', '첫 줄이\n  이어진다.', '본문이다.'],
    );
    assert.equal(new Set(got.map(([, p]) => p)).size, 4);
  });

  it('skips lines longer than the scanning limit', () => {
    const long = '가'.repeat(MAX_LINE + 1);
    assert.deepEqual(
      split(joinLines('앞 문장이다.', long, '뒤 문장이다.')).map(([t]) => t),
      ['앞 문장이다.', '뒤 문장이다.'],
    );
  });

  it('never joins wrapped lines into a sentence longer than the limit, and stays fast', () => {
    const text = '가나다 '.repeat(900).concat('\n').repeat(300);
    const t0 = performance.now();
    const sentences = splitSentences(text);
    assert.ok(performance.now() - t0 < 2000); // ~20 ms here; the bound only catches quadratic work
    assert.ok(sentences.every((s) => s.end - s.start <= MAX_LINE));
  });
});
