import assert from 'node:assert/strict';
import { maskHtmlTags, maskMarkdown } from '../../../src/core/parse/mask';

/** Asserts that `part` is visible in the mask at the same offset as in the text. */
function kept(text: string, part: string): void {
  const at = text.indexOf(part);
  assert.ok(at >= 0, `test text lacks ${part}`);
  assert.equal(maskMarkdown(text).slice(at, at + part.length), part, `${JSON.stringify(part)} should stay visible`);
}

/** Asserts that `part` is blanked (only spaces and line breaks left where it was). */
function masked(text: string, part: string): void {
  const at = text.indexOf(part);
  assert.ok(at >= 0, `test text lacks ${part}`);
  assert.match(maskMarkdown(text).slice(at, at + part.length), /^[ \r\n]*$/, `${JSON.stringify(part)} should be masked`);
}

/** What masking `s` entirely gives: spaces, line breaks kept. */
const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

/** A small deterministic PRNG (mulberry32), so the property loop is reproducible. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('maskMarkdown', () => {
  it('masks a fenced code block with its fences and info string', () => {
    const text = '올해 계획\n\n```text\n예산 900억 달러\n```\n마무리 3곳';
    masked(text, '```text\n예산 900억 달러\n```');
    kept(text, '올해 계획');
    kept(text, '마무리 3곳');
  });

  it('runs an unclosed fence to the end of the document', () => {
    const text = '앞 문단 1곳\n\n~~~\n닫히지 않은 12조 원\n\n뒤 문단 5억 원\n';
    masked(text, '~~~\n닫히지 않은 12조 원\n\n뒤 문단 5억 원');
    kept(text, '앞 문단 1곳');
  });

  it('masks indented code, but not an indented line that continues a paragraph', () => {
    const code = '문단 하나\n\n    들여쓴 코드 40%\n';
    masked(code, '들여쓴 코드 40%');
    const lazy = '문단 첫 줄\n    이어지는 줄 40%\n';
    kept(lazy, '이어지는 줄 40%');
  });

  it('masks indented code inside a list item by the item’s content indentation', () => {
    const text = '- 항목 첫 문단\n\n      항목 안의 코드 77억\n\n  항목 둘째 문단 8곳\n';
    masked(text, '항목 안의 코드 77억');
    kept(text, '항목 둘째 문단 8곳');
  });

  it('masks inline code spans with their backticks', () => {
    const text = '예산 `1200억 원` 편성, ``두 `개` 틱`` 끝';
    masked(text, '`1200억 원`');
    masked(text, '``두 `개` 틱``');
    kept(text, '예산 ');
    kept(text, ' 편성, ');
  });

  it('keeps the text of an HTML block and masks its tags and attributes', () => {
    const text = '<p data-ke-size="size16">370조 원</p>\n';
    kept(text, '370조 원');
    masked(text, '<p data-ke-size="size16">');
    masked(text, '</p>');
    assert.equal(maskMarkdown(text).length, text.length);
  });

  it('masks inline HTML tags in a paragraph but keeps the text between them', () => {
    const text = '지원 규모는 <span style="color: #ee2323;">4조 5천억 원</span>이다.<br>';
    kept(text, '4조 5천억 원');
    masked(text, '<span style="color: #ee2323;">');
    masked(text, '</span>');
    masked(text, '<br>');
  });

  it('masks comments, script and style elements, and character references', () => {
    const text = '가 <!-- 비공개 500억 --> 나&nbsp;다\n\n<script>\nvar n = 30;\n</script>\n\n<style>p { margin: 0 }</style>\n';
    masked(text, '<!-- 비공개 500억 -->');
    masked(text, '&nbsp;');
    masked(text, 'var n = 30;');
    masked(text, 'p { margin: 0 }');
    kept(text, '가 ');
    kept(text, ' 나');
  });

  it('masks a link destination and title and keeps the link text', () => {
    const text = '[지원 사업 2건 안내](https://example.go.kr/a?id=7 "안내 2024") 참고';
    kept(text, '지원 사업 2건 안내');
    masked(text, '](https://example.go.kr/a?id=7 "안내 2024")');
    masked(text, '[');
    kept(text, ' 참고');
  });

  it('keeps image alt text, masks autolinks entirely', () => {
    const text = '![수출 실적 그래프 3종](chart.png) 자료 <https://example.go.kr/x>';
    kept(text, '수출 실적 그래프 3종');
    masked(text, '](chart.png)');
    masked(text, '<https://example.go.kr/x>');
  });

  it('masks link reference definitions and the label of a reference link', () => {
    const text = '[보도 원문 1건][원문] 참조\n\n[원문]: https://example.go.kr/p "원문 링크"\n';
    kept(text, '보도 원문 1건');
    masked(text, '][원문]');
    masked(text, '[원문]: https://example.go.kr/p "원문 링크"');
  });

  it('masks bare URLs and e-mail addresses, leaving sentence punctuation', () => {
    const text = '자세한 내용은 www.example.go.kr/notice?id=42. 문의: help.desk@example.go.kr 로';
    masked(text, 'www.example.go.kr/notice?id=42');
    kept(text, '. 문의: ');
    masked(text, 'help.desk@example.go.kr');
  });

  it('masks everything before bodyStart', () => {
    const text = '---\ntitle: 수출 7000억 달러\n---\n본문 3곳\n';
    const body = text.indexOf('본문');
    const m = maskMarkdown(text, body);
    assert.equal(m.slice(0, body), blank(text.slice(0, body)));
    assert.equal(m.slice(body), '본문 3곳\n');
  });

  it('reads a body after unclosed front matter as CommonMark (adversarial case 10)', () => {
    const text = '---\ntitle: x\n\n# 제목\n\n수출 7000억 달러\n\n- 목록 항목 20곳\n> 인용 9%\n';
    kept(text, '수출 7000억 달러');
    kept(text, '목록 항목 20곳');
    kept(text, '인용 9%');
    assert.equal(maskMarkdown(text).indexOf('7000억'), text.indexOf('7000억'));
  });

  it('reads CRLF and CR line endings like LF, at the same offsets', () => {
    const lf = [
      '# 제목 2개',
      '',
      '> 인용 안의 `코드 1`',
      '> <div class="x">',
      '> 인용 HTML 6곳',
      '',
      '- 항목',
      '',
      '      항목 코드 9억',
      '',
      '```',
      '펜스 10%',
      '```',
      '[링크 3건](http://a.example "t")',
      '',
    ].join('\n');
    const expected = maskMarkdown(lf);
    assert.equal(maskMarkdown(lf.replace(/\n/g, '\r\n')), expected.replace(/\n/g, '\r\n'));
    assert.equal(maskMarkdown(lf.replace(/\n/g, '\r')), expected.replace(/\n/g, '\r'));
  });

  it('masks a 5 MB line quickly and correctly', () => {
    const unit = '수출 0만 `c` <b>x</b> ';
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const start = performance.now();
    const m = maskMarkdown(text);
    const ms = performance.now() - start;
    assert.equal(m.length, text.length);
    const once = `수출 0만 ${blank('`c`')} ${blank('<b>')}x${blank('</b>')} `;
    assert.equal(m.slice(0, unit.length * 2), once + once);
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
  });

  it('keeps length, line breaks and every unmasked character (property loop)', () => {
    const rnd = prng(20240601);
    const alphabet = ['<', '>', '`', '[', ']', '(', ')', '!', '#', '*', '-', ' ', '\n', '\r', '\t', '수', '출', '억', '1', '7', '0', '"', '=', '/', 'p', ':'];
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const len = Math.floor(rnd() * 60);
      for (let k = 0; k < len; k++) text += alphabet[Math.floor(rnd() * alphabet.length)];
      const m = maskMarkdown(text);
      assert.equal(m.length, text.length, JSON.stringify(text));
      for (let k = 0; k < text.length; k++) {
        const c = text[k] as string;
        const d = m[k] as string;
        if (c === '\n' || c === '\r') assert.equal(d, c, `line break moved in ${JSON.stringify(text)}`);
        else assert.ok(d === c || d === ' ', `character changed in ${JSON.stringify(text)}`);
      }
    }
  });
});

describe('maskHtmlTags', () => {
  it('returns markup ranges and leaves text and non-tags alone', () => {
    const s = '<h2 data-ke-size="size26">수출 2위</h2> <종합 일정> a < b';
    const r = maskHtmlTags(s);
    assert.deepEqual(r, [0, s.indexOf('수'), s.indexOf('</h2>'), s.indexOf('</h2>') + 5]);
  });

  it('runs an unclosed comment to the end of the block', () => {
    const s = '앞 <!-- 열린 주석 10%';
    assert.deepEqual(maskHtmlTags(s), [2, s.length]);
  });
});
