/** Targets: goal statements, forecasts and results, deadlines, bindings and restatements. */
import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { findClaims } from '../../../src/core/claims';
import { parseNote } from '../../../src/core/parse/note';
import { extractNote } from '../../../src/core/summary';
import { byText, config, fixture, FIXTURES, joinLines, summarize } from './helpers';

/** [text, status, program, deadline] of each figure of a note. */
function rows(text: string, uri?: string) {
  return summarize(text, uri).figures.map((f) => [f.text, f.status, f.program, f.deadline]);
}

describe('summary: what a figure is', () => {
  it('reads goal statements as targets and forecasts or past results as figures marked so', () => {
    const text = joinLines(
      '---',
      'date: 2025-03-04',
      '---',
      '정부는 2028년까지 수출 중견기업 200개 사를 새로 발굴하는 것을 목표로 삼았다.',
      '',
      '수출은 올해 1.7배 증가할 것으로 전망된다.',
      '',
      '지난해 수출은 7000억 달러를 기록했다.',
      '',
      '지난해 63억원을 투입해 기반을 마련했다.',
    );
    assert.deepEqual(rows(text), [
      ['200개 사', 'target', null, '2028'],
      ['1.7배', 'forecast', null, '2025'],
      ['7000억 달러', 'result', null, null],
      ['63억원', 'result', null, null],
    ]);
  });

  it('keeps a goal word in the past tense a result (달성했다, 확충하였다)', () => {
    assert.deepEqual(rows('상반기 수출은 3348억 달러를 달성했다.'), [['3348억 달러', 'result', null, null]]);
    assert.deepEqual(rows('센터 12곳을 확충하였으며 운영을 시작했다.'), [['12곳', 'result', null, null]]);
  });

  it('reads a plan reported in the past tense as a target (…할 계획이라고 밝혔다)', () => {
    assert.deepEqual(rows('시는 중소기업 3395개사를 지원할 계획이라고 밝혔다.'), [['3395개사', 'target', null, null]]);
  });

  it('skips figures that describe rather than state', () => {
    assert.deepEqual(rows('수출 100만 달러 기업 3000곳 육성을 목표로 한다.'), [['3000곳', 'target', null, null]]);
    assert.deepEqual(rows('중국(수출 비중 28.3%) 시장 공략을 확대한다.'), []);
    assert.deepEqual(rows('전국 9개 비축 기지에 드론 방어 체계를 구축한다.'), []);
    assert.deepEqual(rows('3개 분야 38개 사업을 통해 중소기업 3395개사를 지원할 계획이다.'), [['3395개사', 'target', null, null]]);
  });

  it('keeps coordinated targets apart by their own deadlines', () => {
    const text = joinLines('---', 'date: 2024-01-05', '---', '2027년까지 테크 서비스 지원 비중을 10%로, 2030년까지는 15%로 늘릴 계획입니다.');
    assert.deepEqual(rows(text), [
      ['10%', 'target', null, '2027'],
      ['15%', 'target', null, '2030'],
    ]);
  });
});

describe('summary: deadlines', () => {
  it('resolves relative deadlines against front matter date or approve_date', () => {
    const a = joinLines('---', 'approve_date: "01/12/2026 09:00:00"', '---', '향후 5년 내 500개사를 육성한다.', '', '올해 하반기 20조 원까지 늘린다.', '', '내년 상반기까지 30곳을 새로 열 계획이다.');
    assert.deepEqual(
      summarize(a).figures.map((f) => [f.text, f.deadline, f.deadlineText]),
      [
        ['500개사', null, '향후 5년 내'], // a duration is no deadline
        ['20조 원', '2026-12', '올해 하반기'],
        ['30곳', '2027-06', '내년 상반기'],
      ],
    );
  });

  it('uses a byline date in plain text articles, and keeps the phrase when there is no date', () => {
    const note = fixture('plain-byline.txt');
    assert.equal(note.date, '2026-01-12');
    assert.deepEqual([byText(note.figures, '300곳').deadline, byText(note.figures, '300곳').deadlineText], [null, '향후 5년 내']);
    assert.equal(byText(note.figures, '20조 원').deadline, '2026-12');
    const undated = summarize('올해 하반기 20조 원까지 늘린다.');
    assert.deepEqual([undated.figures[0]!.deadline, undated.figures[0]!.deadlineText], [null, '올해 하반기']);
  });

  it('does not take a start (올해부터) or another clause’s deadline', () => {
    const text = joinLines('---', 'date: 2026-01-12', '---', '코트라는 올해부터 402억 원을 투입해 ‘K-수출스타’ 사업을 신규 추진, 향후 5년 내 500개사를 육성하겠다는 목표를 제시했다.');
    assert.deepEqual(rows(text), [
      ['402억 원', 'target', 'K-수출스타', null],
      ['500개사', 'target', 'K-수출스타', null],
    ]);
  });
});

describe('summary: binding programs', () => {
  it('gives each figure the instrument next to it', () => {
    assert.deepEqual(rows('무역보험 5조 원을 추가로 확보해 모두 370조 원의 무역금융을 공급할 계획이다.'), [
      ['5조 원', 'target', '무역보험', null],
      ['370조 원', 'target', '무역금융', null],
    ]);
  });

  it('gives the figures after a clause’s one program that program, and a deadline to the figure it opens', () => {
    assert.deepEqual(rows('중기부는 수출 바우처 사업에 1조 원을 투입해 중소기업 3,000곳을 지원한다.'), [
      ['1조 원', 'target', '수출 바우처', null],
      ['3,000곳', 'target', '수출 바우처', null],
    ]);
    assert.deepEqual(rows('정부는 바우처 예산을 1조 원으로 늘리고 2027년까지 3000곳을 지원한다.'), [
      ['1조 원', 'target', null, null],
      ['3000곳', 'target', null, '2027'],
    ]);
  });

  it('does not give a figure the program another figure of its clause holds', () => {
    assert.deepEqual(rows('7000억 달러 돌파를 위해 무역보험 5조 원을 확보한다.'), [
      ['7000억 달러', 'target', null, null],
      ['5조 원', 'target', '무역보험', null],
    ]);
  });

  it('takes the program of the paragraph when the sentence names none, if it came first or is the topic', () => {
    const text = joinLines('전문 교육 과정을 개설해 3년간 1000명의 교육생을 배출할 계획입니다. 따라서 K-수출전사 프로젝트는 중요한 전략입니다.');
    assert.equal(byText(summarize(text).figures, '1000명').program, 'K-수출전사 프로젝트');
    const notTopic = joinLines('내수 기업 13개 사를 추가로 발굴할 계획이다. 물류 컨설팅 지원 프로그램도 확대될 것이다.');
    assert.equal(byText(summarize(notTopic).figures, '13개 사').program, null);
  });
});

describe('summary: restatements', () => {
  it('folds a figure repeated in title, excerpt and body into one, keeping the most specific statement', () => {
    const note = fixture('export-plan.md');
    assert.deepEqual(
      note.figures.filter((f) => f.status === 'target').map((f) => [f.text, f.program, f.deadline, f.line, f.declared]),
      [
        ['402억 원', 'K-수출스타', null, 8, true],
        ['500개사', 'K-수출스타', '2031', 10, true],
        ['200개 사', null, '2028', 19, false],
        ['370조 원', '무역금융', '2025', 20, false],
        ['1200건', '수출 바우처', '2025-12', 22, false],
      ],
    );
  });

  it('keeps figures of different units apart (1000곳 is not 1000명)', () => {
    const note = summarize('1000곳을 육성한다. 1000명을 양성한다.');
    assert.deepEqual(
      note.figures.map((f) => f.text),
      ['1000곳', '1000명'],
    );
  });

  it('gives the same result with the claims passed in as with claims found anew', () => {
    const note = parseNote({ uri: 'export-plan.md', text: fs.readFileSync(path.join(FIXTURES, 'export-plan.md'), 'utf8') });
    assert.deepEqual(extractNote(note, config(), findClaims(note.prose)), fixture('export-plan.md'));
  });

  it('gives each figure offsets into the text and its sentence for the editor', () => {
    const text = joinLines('---', 'title: 제목', '---', '', '정부는 <b>2028년까지 200개 사</b>를 늘린다.');
    const f = summarize(text, 'n.md').figures[0]!;
    assert.equal(text.slice(f.start, f.end), '200개 사');
    assert.deepEqual([f.file, f.line, f.sentence], ['n.md', 5, '정부는 2028년까지 200개 사를 늘린다.']);
  });
});
