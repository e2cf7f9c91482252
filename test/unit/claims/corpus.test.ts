/**
 * Smoke run over the 2,000 press releases of ../shared/corpus/gov-press-md: no claim may
 * overlap a phone number, a law reference (제N조), a rank (N위) or a URL, found here with
 * independent simple patterns, and no file may take more than 200 ms (the file with
 * flattened tables that hung a regex-based recognizer is checked on its own too).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findClaims } from '../../../src/core/claims';
import { anchorYearOf, forbiddenOverlaps, listMarkdown } from '../../../scripts/bench/claims';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus/gov-press-md/data');

describe('claims: gov-press-md corpus smoke run', function () {
  this.timeout(120_000);
  before(function () {
    if (!fs.existsSync(CORPUS)) {
      console.log('skip: ../shared not present');
      this.skip();
    }
  });

  it('flags no phone number, law reference, rank or URL, and stays fast on every file', () => {
    const files = listMarkdown(CORPUS);
    assert.ok(files.length >= 1000, `${files.length} files`);
    const overlaps: string[] = [];
    const slow: string[] = [];
    let claims = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const anchorYear = anchorYearOf(text);
      const t0 = performance.now();
      const found = findClaims(text, { anchorYear });
      let dt = performance.now() - t0;
      if (dt > 200) {
        // Re-time once: a pathological file is slow every time, a busy machine only now and then.
        const t1 = performance.now();
        findClaims(text, { anchorYear });
        dt = Math.min(dt, performance.now() - t1);
      }
      claims += found.length;
      if (dt > 200) slow.push(`${path.basename(f)} ${dt.toFixed(0)} ms`);
      for (const o of forbiddenOverlaps(text, found)) overlaps.push(`${path.basename(f)}: ${o.name} "${o.span}" in "${o.claim.text}"`);
      for (const c of found) assert.equal(text.slice(c.start, c.end), c.text);
    }
    assert.deepEqual(overlaps, []);
    assert.deepEqual(slow, []);
    assert.ok(claims > 10_000, `${claims} claims`);
  });

  it('handles the flattened-table file (047 조선업 수주) in well under 50 ms', () => {
    const file = listMarkdown(CORPUS).find((f) => path.basename(f).startsWith('047_') && f.includes('조선업_수주'));
    assert.ok(file, 'the 047 조선업 수주 file');
    const text = fs.readFileSync(file, 'utf8');
    findClaims(text); // warm up the JIT so the timing measures the scan
    let best = Infinity;
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      findClaims(text);
      best = Math.min(best, performance.now() - t0);
    }
    assert.ok(best < 50, `${best.toFixed(1)} ms`);
    const claims = findClaims(text);
    assert.ok(claims.some((c) => c.text === '943만CGT' || c.text === '943만 CGT'));
  });
});
