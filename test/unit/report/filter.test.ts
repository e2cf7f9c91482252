import assert from 'node:assert/strict';
import { NO_DEADLINE, describeFilter, filterPrograms, filterTargets, isActive } from '../../../src/core/report/filter';
import { programSummary } from './helpers';

describe('report: summary filter', () => {
  const summary = programSummary();
  const names = (f: Parameters<typeof filterPrograms>[1]) => filterPrograms(summary.programs, f).map((x) => x.program.name);

  it('passes everything when empty', () => {
    assert.equal(isActive({}), false);
    assert.equal(filterPrograms(summary.programs, {}).length, summary.programs.length);
    assert.equal(filterTargets(summary.targets, {}).length, summary.targets.length);
  });

  it('matches text in program names (all targets kept) and in targets', () => {
    const byName = filterPrograms(summary.programs, { text: 'k-수출' });
    assert.deepEqual(
      byName.map((x) => x.program.name),
      ['K-수출스타'],
    );
    assert.equal(byName[0]!.targets.length, byName[0]!.program.targets.length);
    const bySentence = filterPrograms(summary.programs, { text: '재확인' });
    assert.deepEqual(
      bySentence.map((x) => [x.program.name, x.targets.length]),
      [['K-수출스타', 1]],
    );
    assert.deepEqual(
      filterTargets(summary.targets, { text: '370조' }).map((t) => t.text),
      ['370조 원', '370조 원'],
    );
  });

  it('filters by agency and by deadline year, no-deadline included', () => {
    assert.ok(names({ agency: '한국무역보험공사' }).includes('무역금융'));
    assert.ok(!names({ agency: '한국무역보험공사' }).includes('K-수출스타'));
    const y2030 = filterPrograms(summary.programs, { year: '2030' });
    assert.deepEqual(
      y2030.map((x) => [x.program.name, x.targets.map((t) => t.deadline)]),
      [['K-수출스타', ['2030']]],
    );
    assert.deepEqual(
      filterTargets(summary.targets, { year: NO_DEADLINE }).map((t) => t.text),
      ['402억 원'],
    );
    assert.deepEqual(
      filterTargets(summary.targets, { year: '2031', agency: '산업통상자원부' }).map((t) => t.file),
      ['programs/trade-finance.md'],
    );
  });

  it('describes itself for the view title', () => {
    assert.equal(describeFilter({ text: '수출', agency: '산업통상자원부', year: NO_DEADLINE }), '"수출" · 산업통상자원부 · no deadline');
  });
});
