/** The value line of a claim's hover, Claims view and `claims --format text`. */
import assert from 'node:assert/strict';
import { findClaims } from '../../../src/core/claims';
import { explainValue } from '../../../src/core/explain';

const explain = (text: string) => findClaims(text, { anchorYear: 2025 }).map((c) => `${c.text} = ${explainValue(c)}`);

describe('claims: explanations', () => {
  it('gives money in full with its scale word, ranges with both ends', () => {
    assert.deepEqual(explain('무역금융 370조 원, 금리 20~30%'), ['370조 원 = 370,000,000,000,000 KRW (370 trillion won)', '20~30% = 20 – 30 %']);
  });

  it('reads durations as English, plural where more than one', () => {
    assert.deepEqual(explain('1년간 운영하고 3~5년 이내에 끝내며 2주간 점검한다.'), ['1년간 = 1 year', '3~5년 이내 = 3 – 5 years', '2주간 = 2 weeks']);
  });
});
