import assert from 'node:assert/strict';
import { byAgency, byYear, conflictIndex, deadlineYear, distinctMentions, placeKey, targetGroups } from '../../../src/core/report/groups';
import { programSummary } from './helpers';

describe('report: groupings', () => {
  const summary = programSummary();
  const kstar = summary.programs.find((p) => p.name === 'K-수출스타')!;

  it('reads the year of resolved deadlines only', () => {
    assert.equal(deadlineYear('2028'), '2028');
    assert.equal(deadlineYear('2026-06'), '2026');
    assert.equal(deadlineYear(null), null);
    assert.equal(deadlineYear('내년'), null);
  });

  it('groups targets by deadline year, earliest first, no deadline last', () => {
    const years = byYear(summary.targets).map((g) => [g.year, g.targets.length]);
    assert.deepEqual(years, [
      ['2025', 2],
      ['2026', 1],
      ['2029', 1],
      ['2030', 1],
      ['2031', 2],
      [null, 1],
    ]);
  });

  it('groups programs by agency, aliases resolved (산업부 and 산업통상자원부 are one), unnamed last', () => {
    const groups = byAgency(summary.programs);
    const industry = groups.find((g) => g.agency === '산업통상자원부');
    assert.ok(industry, groups.map((g) => g.agency).join(', '));
    assert.ok(industry.programs.includes(kstar));
    assert.equal(groups.filter((g) => g.agency === '산업부').length, 0);
    assert.ok(groups.every((g, i) => g.agency !== null || i === groups.length - 1));
  });

  it("groups a program's targets by what they state, by deadline", () => {
    const groups = targetGroups(kstar.targets).map((g) => [g.first.text, g.first.deadline, g.figures.map((f) => f.file)]);
    assert.deepEqual(groups, [
      ['500개사', '2030', ['programs/k-star-revision.md']],
      ['500개사', '2031', ['programs/k-star-plan.md', 'programs/trade-finance.md']],
      ['402억 원', null, ['programs/k-star-plan.md']],
    ]);
  });

  it('indexes the conflict by program and by both places', () => {
    assert.equal(summary.conflicts.length, 1);
    const c = summary.conflicts[0]!;
    const index = conflictIndex(summary.conflicts);
    assert.ok(index.programs.has(kstar.key));
    assert.ok(index.places.has(placeKey(c.a)) && index.places.has(placeKey(c.b)));
    assert.deepEqual(index.byProgram.get(kstar.key), [c]);
  });

  it('lists a mention once per file and line', () => {
    const m = { file: 'a.md', line: 3 };
    assert.deepEqual(distinctMentions([m, { ...m }, { file: 'a.md', line: 4 }, { file: 'b.md', line: 3 }]).length, 3);
  });
});
