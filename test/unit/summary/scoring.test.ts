/** The accuracy bench's scorer follows docs/summary-accuracy.md: names by `core`, targets one-to-one per line. */
import * as assert from 'node:assert/strict';
import { core, norm, scoreFile, type GoldFile } from '../../../scripts/bench/scoring';

const gold: GoldFile = {
  path: 'a.md',
  programs: [
    { name: '바다마을 도약사업', line: 3, aliases: ['도약사업'], optional: false },
    { name: '해양산업 진흥 방안', line: 4, aliases: [], optional: true },
  ],
  targets: [
    { text: '300억원', line: 5, value: 3e10, unit: 'KRW', program: '바다마을 도약사업', deadline: 2027, optional: false },
    { text: '120곳', line: 5, value: 120, unit: '곳', program: null, deadline: null, optional: false, deadline_alts: [2026] },
    { text: '최대 1억원', line: 6, value: 1e8, unit: 'KRW', program: '바다마을 도약사업', deadline: null, optional: true },
  ],
};

describe('accuracy bench: scoring', () => {
  it('normalises names: blanks, quotes and case go; a leading year and a trailing 사업 too', () => {
    assert.equal(norm(' ‘K-바다 Star’ '), 'k-바다star');
    assert.equal(core('2026년 바다마을 도약사업'), '바다마을도약');
    assert.equal(core('’26년 바다마을 도약 프로젝트'), '바다마을도약');
  });

  it('counts a program once per core, optional matches neither way, extra words as a miss and a false positive', () => {
    const s = scoreFile(gold, { programs: ['2026년 바다마을 도약사업', '바다마을 도약', '해양산업 진흥 방안', '따라 바다마을 도약사업'], targets: [] });
    assert.deepEqual(s.programs, { tp: 1, fp: 1, fn: 0 });
  });

  it('matches targets on their line by text, then containment, then value and unit; checks binding and deadline', () => {
    const s = scoreFile(gold, {
      programs: [],
      targets: [
        { text: '300 억원', line: 5, value: 3e10, unit: 'KRW', program: '바다마을 도약 사업', deadline: '2027' },
        { text: '120', line: 5, value: 120, unit: '곳', program: null, deadline: '2026-06' },
        { text: '1억원', line: 6, value: 1e8, unit: 'KRW', program: null, deadline: null },
        { text: '5곳', line: 7, value: 5, unit: '곳', program: null, deadline: null },
      ],
    });
    assert.deepEqual(s.targets, { tp: 2, fp: 1, fn: 0 });
    assert.deepEqual([s.programOk, s.deadlineOk], [2, 2]);
  });
});
