import assert from 'node:assert/strict';
import { MAX_SENTENCE, reportData } from '../../../src/core/report/data';
import { MAX_RELATED, conflictMessages, mergedMessage } from '../../../src/core/report/conflictMessages';
import { deadlineText, valueText } from '../../../src/core/report/text';
import { programSummary } from './helpers';

describe('report: webview data and texts', () => {
  const summary = programSummary();
  const data = reportData(summary, (f) => `[${f}]`);

  it('flattens programs and targets, flags the conflict and labels places', () => {
    const kstar = data.programs.find((p) => p.name === 'K-수출스타')!;
    assert.equal(kstar.conflict, true);
    assert.equal(kstar.articles, 3);
    assert.equal(kstar.place?.label, '[programs/k-star-plan.md]');
    assert.equal(data.targets.length, summary.targets.length);
    assert.deepEqual(
      data.targets
        .filter((t) => t.conflict)
        .map((t) => `${t.place.file}:${t.deadline}`)
        .sort(),
      ['programs/k-star-plan.md:2031', 'programs/k-star-revision.md:2030'],
    );
    assert.equal(data.conflicts[0]!.differs.deadline, '2030');
    assert.equal(data.conflicts[0]!.agreed.deadline, '2031');
  });

  it('shows the programs of the level the filter asks for, as the CLI flag selects them', () => {
    assert.equal(data.minConfidence, 'named');
    assert.ok(data.programs.every((p) => p.confidence !== 'detected'));
    const all = reportData(summary, String, 'detected');
    assert.deepEqual(
      all.programs.map((p) => p.name),
      summary.programs.map((p) => p.name),
    );
    const candidates = summary.programs.filter((p) => p.confidence === 'detected').map((p) => p.name);
    assert.deepEqual(
      all.programs.filter((p) => p.confidence === 'detected').map((p) => p.name),
      candidates,
    );
    assert.equal(data.programs.length, summary.programs.length - candidates.length);
    for (const name of candidates) assert.ok(!data.targets.some((t) => t.program === name), `the targets of ${name} have no program`);
  });

  it('counts targets per year for the timeline, the no-deadline bucket last', () => {
    assert.deepEqual(data.timeline.at(-1), { year: null, targets: 1, conflicts: 0 });
    assert.deepEqual(
      data.timeline.find((y) => y.year === '2030'),
      { year: '2030', targets: 1, conflicts: 1 },
    );
  });

  it('passes article strings through unchanged (the page sets them as text), with sentences capped', () => {
    const odd = data.programs.find((p) => p.name.includes('</script>'));
    assert.equal(odd?.name, '$(zap) </script><script>alert(1)</script>');
    assert.ok(data.targets.some((t) => t.sentence.includes('[run](command:workbench.action.terminal.new)')));
    const long = reportData({ ...summary, targets: [{ ...summary.targets[0]!, sentence: '가'.repeat(5000) }] }, String);
    assert.equal(long.targets[0]!.sentence.length, MAX_SENTENCE);
  });

  it('words both sides of a conflict, naming the other place', () => {
    const texts = conflictMessages(summary.conflicts[0]!, (f) => f.replace('programs/', ''));
    assert.equal(texts.b.message, 'Unexpected deadline `2030` for K-수출스타 `500개사`, expected `2031` as stated in k-star-plan.md:13.');
    assert.equal(texts.a.message, 'K-수출스타 `500개사` by 2031 conflicts with `500개사` by 2030 in k-star-revision.md:12.');
    assert.equal(texts.b.related, 'Other deadline: `500개사` by 2031');
  });

  it('formats values and deadlines for the sidebar', () => {
    assert.equal(valueText({ kind: 'money', value: 40200000000, unit: 'KRW' }), '40.2 billion KRW');
    assert.equal(valueText({ kind: 'count', value: 1200, unit: '건' }), '1,200 건');
    assert.equal(valueText({ kind: 'percent', value: 9, unit: '%' }), '9%');
    assert.equal(valueText({ kind: 'count', value: null, unit: null }), '');
    assert.equal(deadlineText({ deadline: '2031', deadlineText: '2031년까지' }), 'by 2031');
    assert.equal(deadlineText({ deadline: null, deadlineText: '향후 5년 내' }), '향후 5년 내');
    assert.equal(deadlineText({ deadline: null, deadlineText: null }), 'no deadline');
  });
});

describe('report: one diagnostic for a statement in several conflicts', () => {
  it('keeps a single conflict’s sentence, and counts the others', () => {
    assert.equal(mergedMessage('X conflicts with Y.', 0), 'X conflicts with Y.');
    assert.equal(mergedMessage('X conflicts with Y.', 1), 'X conflicts with Y. It also conflicts with 1 other statement: see the related places.');
    assert.equal(mergedMessage('X conflicts with Y.', 29), `X conflicts with Y. It also conflicts with 29 other statements: see the related places (the first ${MAX_RELATED}).`);
  });
});
