import assert from 'node:assert/strict';
import { findClaims } from '../../../src/core/claims';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { anchorYear } from '../../../src/core/lint';
import { parseNote } from '../../../src/core/parse/note';
import { extractNote } from '../../../src/core/summary';
import { analyze } from '../../../src/core/worker/analyze';

describe('anchor year: one notion of the article date', () => {
  const text = '수출 스타 기업 육성\n\n입력 2026-01-12 13:30\n\n코트라는 향후 5년 내 수출 중추 기업 500개사를 육성하겠다는 목표를 제시했다.\n무역보험공사는 내년까지 300개사를 지원할 계획이다.\n';

  it('reads a byline when there is no front matter, as the summary does', () => {
    const note = parseNote({ uri: 'a.md', text });
    assert.equal(anchorYear(note), 2026);
    const deadline = findClaims(note.prose, { anchorYear: anchorYear(note) }).find((c) => c.kind === 'deadline');
    assert.equal(deadline?.value, 2031);
  });

  it('gives the summary the same deadline whether claims are shared or found again', () => {
    const note = parseNote({ uri: 'a.md', text });
    const own = extractNote(note, DEFAULT_CONFIG);
    const shared = analyze({ uri: 'a.md', text, config: DEFAULT_CONFIG, summary: true }).summary!;
    assert.deepEqual(shared, own);
    assert.ok(own.figures.some((f) => f.text === '300개사' && f.deadline === '2027'));
  });
});
