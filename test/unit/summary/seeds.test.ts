/**
 * The five seed articles: the summary finds what a careful reader finds (the issue's list),
 * and does not take their forecasts and past results for targets.
 */
import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { parseNote } from '../../../src/core/parse/note';
import { extractNote, mergeSummaries, type Figure, type Summary } from '../../../src/core/summary';
import { requireShared } from '../helpers';

describe('summary: seeds', function () {
  let summary: Summary;

  before(function () {
    const dir = requireShared(this, 'seeds');
    const notes = fs
      .readdirSync(dir)
      .sort()
      .map((f) => extractNote(parseNote({ uri: f.slice(0, 3), text: fs.readFileSync(path.join(dir, f), 'utf8') }), DEFAULT_CONFIG));
    summary = mergeSummaries(notes, DEFAULT_CONFIG);
  });

  /**
   * The target of `file` with this value and unit: each body line that states it is a target
   * of its own, so the statement that says the most (program, deadline, agency) is returned.
   */
  function target(file: string, value: number, unit: string): Figure {
    const found = summary.targets.filter((t) => t.file === file && t.value === value && t.unit === unit);
    assert.ok(found.length >= 1, `${file}: ${value} ${unit} among ${summary.targets.map((t) => `${t.file}:${t.text}`).join(', ')}`);
    const says = (t: Figure) => (t.program ? 8 : 0) + (t.deadline ? 4 : 0) + (t.deadlineText ? 2 : 0) + (t.agency ? 1 : 0);
    return [...found].sort((a, b) => says(b) - says(a))[0]!;
  }

  it('000: 7000억 달러 and 370조 원 of trade finance (무역금융)', () => {
    target('000', 700000000000, 'USD');
    assert.equal(target('000', 370000000000000, 'KRW').program, '무역금융');
  });

  it('001: 200 firms (개사) by 2028, for 산업통상자원부', () => {
    const t = target('001', 200, '개사');
    assert.deepEqual([t.deadline, t.agency], ['2028', '산업통상자원부']);
  });

  it('003: K-수출스타 500개사 within five years, 49조 원 by 2030, 66조 원', () => {
    const star = target('003', 500, '개사');
    // `향후 5년 내` is a duration: no deadline, the phrase is kept (docs/summary-accuracy.md).
    assert.deepEqual([star.program, star.agency, star.deadline, star.deadlineText], ['K-수출스타', '대한무역투자진흥공사', null, '향후 5년 내']);
    const finance = target('003', 49000000000000, 'KRW');
    assert.deepEqual([finance.deadline, finance.agency], ['2030', '한국무역보험공사']);
    target('003', 66000000000000, 'KRW');
    assert.ok(summary.targets.some((t) => t.file === '003' && t.value === 66000000000000 && t.agency === '한국무역보험공사'));
  });

  it('004: 1000곳 by 2027, 3000곳, tech services 10% by 2027 and 15% by 2030, 1000 trainees', () => {
    assert.equal(target('004', 1000, '곳').deadline, '2027');
    target('004', 3000, '곳');
    assert.equal(target('004', 10, '%').deadline, '2027');
    assert.equal(target('004', 15, '%').deadline, '2030');
    assert.equal(target('004', 1000, '명').program, 'K-수출전사 프로젝트');
  });

  it('keeps forecasts and past results out of the targets', () => {
    const status = (file: string, text: string) => summary.figures.find((f) => f.file === file && f.text === text)?.status;
    assert.equal(status('000', '3348억 달러'), 'result');
    assert.equal(status('000', '6891억 달러'), 'forecast');
    assert.equal(status('001', '1.7배'), 'forecast');
    assert.equal(status('002', '543억 달러'), 'result');
    assert.ok(!summary.targets.some((t) => ['3348억 달러', '6891억 달러', '1.7배', '543억 달러'].includes(t.text)));
  });

  it('finds the programs the seeds name', () => {
    const names = summary.programs.map((p) => p.name);
    for (const n of ['무역금융', '무역보험', 'K-수출스타', 'K-수출전사 프로젝트', '수출 바우처', '한류 소비재 수출 하이웨이']) assert.ok(names.includes(n), n);
    assert.deepEqual(summary.conflicts, []);
  });
});
