/**
 * The number grammar (Korean number words) and exact decimals, below the recognizer:
 * chains of big units, commas, decimals only in the top group, spelled-out numerals.
 */
import * as assert from 'node:assert/strict';
import { findClaims } from '../../../src/core/claims';
import { decAdd, decFromDigits, decShift, decToString } from '../../../src/core/claims/decimal';
import { parseHangulNumber } from '../../../src/core/claims/hangul';
import { parseDigitNumber } from '../../../src/core/claims/number';

/** The exact value and span of the digit number at the start of `s`. */
function digits(s: string): [string, string] | null {
  const t = parseDigitNumber(s, 0);
  return t && [s.slice(0, t.end), decToString(t.value)];
}

describe('claims: decimal arithmetic', () => {
  it('keeps written fraction digits and scales exactly', () => {
    assert.equal(decToString(decFromDigits('9', '0')), '9.0');
    assert.equal(decToString(decShift(decFromDigits('251', '8'), 8)), '25180000000');
    assert.equal(decToString(decShift(decFromDigits('1', '23'), -2)), '0.0123');
    assert.equal(decToString(decAdd(decFromDigits('0', '1'), decFromDigits('0', '2'))), '0.3');
    assert.equal(decToString(decShift(decFromDigits('9007', ''), 12 + 4)), '90070000000000000000');
  });
});

describe('claims: digit number grammar', () => {
  const cases: [string, [string, string] | null][] = [
    ['1조 4,517억원', ['1조 4,517억', '1451700000000']],
    ['5조9,632억원', ['5조9,632억', '5963200000000']],
    ['3조4천억', ['3조4천억', '3400000000000']],
    ['2천5백만 명', ['2천5백만', '25000000']],
    ['150백만원', ['150백만', '150000000']],
    ['251.8억', ['251.8억', '25180000000']],
    ['1.5조 3000억', ['1.5조', '1500000000000']], // a decimal never chains
    ['1억 2024년', ['1억', '100000000']], // after a blank only a smaller big unit or a small tail
    ['20만 7,000건', ['20만 7,000', '207000']],
    ['100만 2021년', ['100만', '1000000']],
    ['1억 2조', ['1억', '100000000']], // not descending
    ['1조 12345억', ['1조', '1000000000000']], // a lower group holds at most 4 digits
    ['12,34', ['12', '12']], // not a thousands group
    ['1,234,567', ['1,234,567', '1234567']],
    ['10여만 명', ['10여만', '100000']],
    ['1,000 만원', ['1,000 만', '10000000']],
    ['1.2.3', null], // a version or a date, not a number
    ['1' + '0'.repeat(40), null], // an ID, not an amount
  ];
  for (const [input, want] of cases) it(`${input} → ${want ? want[1] : 'nothing'}`, () => assert.deepEqual(digits(input), want));

  it('reads English scales after digits', () => {
    assert.deepEqual(digits('5 billion'), ['5 billion', '5000000000']);
    assert.deepEqual(digits('2.5 Million'), ['2.5 Million', '2500000']);
  });
});

describe('claims: Sino-Korean numerals', () => {
  const cases: [string, string][] = [
    ['오천팔백십구만백사십팔', '58190148'],
    ['칠천십이억삼천구백팔십만천백이십삼', '701239801123'],
    ['만이천삼백사십오', '12345'],
    ['일억이', '100000002'],
    ['사천백이십삼점삼', '4123.3'],
  ];
  for (const [input, want] of cases) {
    it(`${input} → ${want}`, () => {
      const h = parseHangulNumber(input, 0);
      assert.ok(h && h.value);
      assert.equal(h.end, input.length);
      assert.equal(decToString(h.value), want);
    });
  }

  it('refuses a leading 억/조 (`조사원`, the header `억원`)', () => {
    assert.equal(parseHangulNumber('조사원', 0), null);
    assert.deepEqual(
      findClaims('조사원 3명').map((c) => c.text),
      ['3명'],
    );
    assert.deepEqual(findClaims('억원'), []);
  });

  it('needs a magnitude and a word start', () => {
    assert.deepEqual(findClaims('이원화 구조 사원 일원'), []);
    assert.deepEqual(
      findClaims('천만원과 삼십오만 원').map((c) => c.value),
      [1e7, 350000],
    );
    assert.deepEqual(findClaims('원칙을 천명했다'), []);
  });

  it('does not read a name next to a title as an amount', () => {
    assert.deepEqual(findClaims('금융위원회(위원장 이억원)는 이억원 위원장이'), []);
    assert.deepEqual(
      findClaims('예산 이억원을 편성').map((c) => c.value),
      [2e8],
    );
  });
});
