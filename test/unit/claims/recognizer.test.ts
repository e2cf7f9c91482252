/**
 * Recognizer behaviour beyond the guide's table: chains, signs, relative deadlines,
 * currency prefixes, qualifier chains, exactness past 2^53, offsets on CRLF text.
 */
import * as assert from 'node:assert/strict';
import { findClaims } from '../../../src/core/claims';

/** `[text, kind, value, unit, qualifiers]` of every claim, for compact comparisons. */
function brief(text: string, anchorYear?: number): unknown[] {
  return findClaims(text, { anchorYear }).map((c) => [c.text, c.kind, c.value, c.unit, c.qualifiers]);
}

describe('claims: recognizer details', () => {
  it('joins a small last group after a blank (`20만 7,000건`) but not a year', () => {
    assert.deepEqual(brief('융자 20만 7,000건, 3만 5천명'), [
      ['20만 7,000건', 'count', 207000, '건', []],
      ['3만 5천명', 'count', 35000, '명', []],
    ]);
    assert.deepEqual(brief('100만 2021년'), [['2021년', 'date', 2021, null, []]]);
    // A spelled part after digits is never read alone (it would be the wrong amount).
    assert.deepEqual(brief('총 7억 천만원이다'), []);
  });

  it('reads teams, dwellings and places for people as counters, and a fund’s number as none', () => {
    assert.deepEqual(brief('예비창업 30개팀과 공공주택 5만 호, 청년 1만 명분을 마련하고 3,000 억원을 투입한다'), [
      ['30개팀', 'count', 30, '팀', []],
      ['5만 호', 'count', 50000, '호', []],
      ['1만 명분', 'count', 10000, '명분', []],
      ['3,000 억원', 'money', 300000000000, 'KRW', []],
    ]);
    assert.deepEqual(brief('하위 펀드 1호·2호에 이어'), []);
  });

  it('keeps the sign of a number and reads change markers', () => {
    assert.deepEqual(brief('성장률 -2.1%, 마이너스 3%'), [
      ['-2.1%', 'percent', -2.1, '%', []],
      ['마이너스 3%', 'percent', -3, '%', []],
    ]);
    assert.deepEqual(brief('+19.8% 및 (△43%), (0.5%p↓)'), [
      ['19.8%', 'percent', 19.8, '%', ['increase']],
      ['43%', 'percent', 43, '%', ['decrease']],
      ['0.5%p', 'percentPoint', 0.5, '%p', ['decrease']],
    ]);
  });

  it('reads relative deadlines against the anchor year', () => {
    assert.deepEqual(brief('올해까지 완료하고 내년 말까지 확대, 지난해 말 대비', 2025), [
      ['올해까지', 'deadline', 2025, null, []],
      ['내년 말까지', 'deadline', 2026, null, []],
      ['지난해 말', 'date', 2024, null, []],
    ]);
    assert.deepEqual(brief('올해 수출'), []);
  });

  it('reads currency prefixes, cents and codes', () => {
    assert.deepEqual(brief('US$ 30억, EUR 20, ₩1,000, 이달러이십삼센트'), [
      ['US$ 30억', 'money', 3e9, 'USD', []],
      ['EUR 20', 'money', 20, 'EUR', []],
      ['₩1,000', 'money', 1000, 'KRW', []],
      ['이달러이십삼센트', 'money', 2.23, 'USD', []],
    ]);
  });

  it('chains qualifiers on both sides', () => {
    assert.deepEqual(brief('연간 약 1,600여 명 이상 증가'), [['1,600여 명', 'count', 1600, '명', ['approx', 'min', 'perYear', 'increase']]]);
    assert.deepEqual(brief('역대 최대 7000억 달러'), [['7000억 달러', 'money', 7e11, 'USD', []]]);
    assert.deepEqual(brief('10만 명당 3명, 1L당 150g'), [
      ['3명', 'count', 3, '명', []],
      ['150g', 'quantity', 150, 'g', []],
    ]);
  });

  it('keeps exact digits past 2^53', () => {
    const [c] = findClaims('부채 9,007조 1,992억 5,474만 991원');
    assert.equal(c.exact, '9007199254740991');
    const [d] = findClaims('1경 2345조원');
    assert.equal(d.exact, '12345000000000000');
  });

  it('gives offsets into the original text, with CRLF and fullwidth digits', () => {
    const text = '첫 줄\r\n예산 ３,０００억 원\r\n끝';
    const [c] = findClaims(text);
    assert.equal(c.text, '３,０００억 원');
    assert.equal(text.slice(c.start, c.end), c.text);
    assert.equal(c.value, 3e11);
  });

  it('reads units that are also the start of other words only as units', () => {
    assert.deepEqual(brief('5원칙과 1회용 컵, 6회째 행사, 3개발'), []);
    assert.deepEqual(brief('백신 43.8만 회분'), [['43.8만 회분', 'count', 438000, '회분', []]]);
  });
});
