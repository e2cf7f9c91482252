/**
 * Duckling's Korean corpus as a peer's suite: every `amount-of-money` case and every
 * `numeral` written in digits or in Sino-Korean with a magnitude (read as won by appending
 * `원`) must come out with Duckling's value and unit. Out-of-scope cases are listed, with a
 * reason each, in `EXCLUDED` (duckling-cases.ts). Skips when ../shared is absent.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { DUCKLING_PATH, EXCLUDED, loadDucklingCases, runCase } from './duckling-cases';

describe('claims: duckling-ko corpus', function () {
  before(function () {
    if (!fs.existsSync(DUCKLING_PATH)) {
      console.log('skip: ../shared not present');
      this.skip();
    }
  });

  it('reads every in-scope amount-of-money and numeral case exactly', () => {
    const cases = loadDucklingCases() ?? [];
    assert.ok(cases.length >= 100, `only ${cases.length} cases loaded`);
    const misses = cases.map(runCase).filter((r) => !r.ok);
    assert.deepEqual(
      misses.map((m) => `${m.input}: got ${m.got}; want ${m.want}`),
      [],
    );
  });

  it('keeps the exclusion list small and explained', () => {
    assert.ok(EXCLUDED.size <= 3);
    for (const [text, why] of EXCLUDED) assert.ok(why.length > 20, text);
  });
});
