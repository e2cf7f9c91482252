/**
 * The summary's classes of error (docs/summary-accuracy.md), one test each, on short articles
 * written for these tests: fragments, generic heads, bodies and laws, foreign projects,
 * brackets, years and rounds, confidence; plans and budgets found, results, statistics,
 * forecasts, thresholds and counted bodies left out; deadlines and bindings.
 */
import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { mergeSummaries, selectSummary, type NoteSummary } from '../../../src/core/summary';
import { byText, joinLines, summarize } from './helpers';

const dated = (date: string, ...lines: string[]) => joinLines('---', `date: ${date}`, '---', '', ...lines);

/** Names of the programs a note shows by default (named or declared). */
function shown(note: NoteSummary): string[] {
  const s = selectSummary(mergeSummaries([note], DEFAULT_CONFIG), 'named');
  return s.programs.map((p) => p.name).sort();
}

/** Every program found, with its confidence. */
function found(note: NoteSummary): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of note.programs) out[m.name] = out[m.name] === 'named' || out[m.name] === 'declared' ? out[m.name]! : m.confidence;
  return out;
}

/** [text, status] of each figure. */
function statuses(note: NoteSummary): [string, string][] {
  return note.figures.map((f) => [f.text, f.status]);
}

describe('summary accuracy: program names', () => {
  it('starts a name at a phrase boundary, never after a particle, a verb form or an adverb', () => {
    const note = summarize(
      dated(
        '2026-03-02',
        '해양수산부는 관련 지침에 따라 해양바이오 실증지원사업을 올해 처음 시작한다.',
        '기업들이 투자에 나설 수 있도록 바다마을펀드를 조성하고, 이후 어촌 신활력 프로젝트를 추진한다.',
        '해양바이오 실증지원사업과 어촌 신활력 프로젝트는 바다마을펀드와 함께 운영된다.',
      ),
    );
    assert.deepEqual(Object.keys(found(note)).sort(), ['바다마을펀드', '어촌 신활력 프로젝트', '해양바이오 실증지원사업']);
  });

  it('does not take a generic head alone for a program, however often it is said', () => {
    const note = summarize(dated('2026-03-02', '정부는 올해 지원 사업과 R&D 사업, AX 사업을 늘린다.', '특별 프로그램도 운영하며, 금리우대 프로그램은 지원 사업과 함께 공고한다.'));
    assert.deepEqual(
      note.programs.map((m) => m.name),
      [],
    );
  });

  it('does not take a law, a committee, a team, a centre or a meeting for a program', () => {
    const note = summarize(
      dated('2026-03-02', '「해양산업 진흥에 관한 법률」에 따라 ‘수출지원 TF’와 ｢해양산업 경쟁력위원회｣를 구성했다.', '‘바다창업 지원센터’를 운영하고 ‘해양산업 민관 합동 회의’를 연다.'),
    );
    assert.deepEqual(
      note.programs.map((m) => m.name),
      [],
    );
  });

  it('does not take a business licensed by law, a purchase or a quoted K- word for a program', () => {
    const note = summarize(dated('2026-03-02', '전세버스 운송사업과 주택조합사업, 해양장비 구매 사업을 점검했다.', '‘K-김밥’이 인기를 끌고 있다.'));
    assert.deepEqual(shown(note), []);
    assert.deepEqual(found(note), { 'K-김밥': 'detected' }, 'a K- word without a program word is a candidate at most');
  });

  it('does not take a franchise’s measure, a company’s new business or a residents’ redevelopment for a program', () => {
    const note = summarize(dated('2026-03-02', '가맹점 식자재 지원 사업과 수전해시스템 신사업, 계양1구역 주택재개발정비사업이 소개됐다.'));
    assert.deepEqual(shown(note), []);
  });

  it('gives a candidate cut from a longer program the note names way to that program', () => {
    const note = summarize(dated('2026-03-02', '‘천원의 아침밥’ 사업을 올해도 이어간다.', '', '천원의 아침밥 사업에 참여하는 대학은 늘었다.'));
    assert.deepEqual(Object.keys(found(note)), ['천원의 아침밥']);
  });

  it('stops a name at a word ending in a locative particle', () => {
    const note = summarize(dated('2026-03-02', '엔젤투자를 유치한 창업기업에 사업화자금 지원(30억원)을 한다.'));
    assert.ok(!Object.keys(found(note)).some((n) => n.includes('창업기업에')), JSON.stringify(found(note)));
  });

  it('does not take a project abroad or a private company’s for a program', () => {
    const note = summarize(dated('2026-03-02', '국내 기업이 베트남 화력발전소 건설 사업과 폴란드 원전 설계 프로젝트를 수주했다.'));
    assert.deepEqual(
      note.programs.map((m) => m.name),
      [],
    );
    // A program for going abroad is a program at home.
    const home = summarize(dated('2026-03-02', '코트라는 ‘해외 물류 바우처’ 사업으로 300개사를 지원한다.'));
    assert.deepEqual(
      home.programs.map((m) => m.name),
      ['해외 물류 바우처'],
    );
  });

  it('keeps brackets balanced and a gloss in parentheses with the name', () => {
    const note = summarize(dated('2026-03-02', '중기부는 바다창업꾸러미(패키지), 어촌창업꾸러미(패키지)(이하 창업꾸러미(패키지))에 참여할 기업을 모집한다.'));
    for (const name of Object.keys(found(note))) assert.equal((name.match(/\(/g) ?? []).length, (name.match(/\)/g) ?? []).length, name);
    assert.ok('바다창업꾸러미(패키지)' in found(note));
  });

  it('folds a leading year or round into the program', () => {
    const note = summarize(dated('2026-03-02', '‘2026년 바다마을 도약사업’을 공고했다.', '‘바다마을 도약사업’은 3년째 이어진다.', '‘2차 바다마을 도약사업’도 하반기에 공고한다.'));
    const merged = mergeSummaries([note], DEFAULT_CONFIG);
    assert.equal(merged.programs.length, 1);
  });

  it('gives each program the confidence its evidence supports', () => {
    const note = summarize(
      dated(
        '2026-03-02',
        '중기부는 ‘바다창업 챌린지’를 새로 연다.',
        '어촌 소득 다각화 사업은 지역별로 다르다.',
        '연안 관광 활성화 사업에 120억원을 투입한다.',
        '바다마을 첫걸음 프로그램은 올해 시작한다. 바다마을 첫걸음 프로그램은 5곳에서 운영된다.',
        '해양 치유 체험 프로그램은 올해 시작한다. 해양 치유 체험 프로그램은 3곳에서 운영된다.',
      ),
    );
    assert.deepEqual(found(note), {
      '바다창업 챌린지': 'named', // quoted in a program context
      '어촌 소득 다각화 사업': 'detected', // a program word and nothing more: a candidate
      '연안 관광 활성화 사업': 'named', // a target of its sentence is bound to it
      '바다마을 첫걸음 프로그램': 'named', // said twice
      '해양 치유 체험 프로그램': 'detected', // said twice, but named after the activity it runs: a course
    });
    assert.deepEqual(shown(note), ['바다마을 첫걸음 프로그램', '바다창업 챌린지', '연안 관광 활성화 사업']);
  });

  it('finds a budget line without a program word', () => {
    const note = summarize(dated('2026-12-20', '* 해양데이터 플랫폼 구축 : (’26년) 40억원 → (’27년 예산안) 52억원 (+12억원)'));
    assert.deepEqual(found(note), { '해양데이터 플랫폼 구축': 'named' });
    const t = byText(note.figures, '52억원');
    assert.deepEqual([t.status, t.program, t.deadline], ['target', '해양데이터 플랫폼 구축', '2027']);
    assert.equal(byText(note.figures, '40억원').status, 'result');
    assert.ok(!note.figures.some((f) => f.text.includes('12억원') && f.status === 'target'), 'a difference is no target');
  });
});

describe('summary accuracy: what is a target', () => {
  it('counts a budget allocated for the coming year, even in the past tense', () => {
    const note = summarize(dated('2026-12-20', '해양수산부는 내년도 예산으로 3,200억원을 편성하였다.', '연안 정비 예산 410억원도 확정되었다.'));
    assert.deepEqual(statuses(note), [
      ['3,200억원', 'target'],
      ['410억원', 'target'],
    ]);
    assert.equal(byText(note.figures, '3,200억원').deadline, '2027');
  });

  it('finds the plan figures of a headline, a bullet list and a budget table', () => {
    const note = summarize(dated('2026-03-02', '> - 어촌 신활력 프로젝트 신규과제 120개 총 900억원 규모', '', '- 연안 정비(300억원, 40개 과제)', '- 어항 안전 점검(150억원)'));
    for (const text of ['120개', '900억원', '300억원', '40개', '150억원']) assert.equal(byText(note.figures, text).status, 'target', text);
  });

  it('does not count past results, an earlier value of a series or a running total', () => {
    const note = summarize(
      dated('2026-03-02', '지난해 수산식품 수출은 32억 달러를 기록했다.', '', '* 관련 예산 : (’24년) 105억원 → (’25년) 120억원 → (’26년) 140억원', '', '지금까지 누적 2,400억원을 투자했다.'),
    );
    assert.deepEqual(
      note.figures.filter((f) => f.status === 'target').map((f) => f.text),
      ['140억원'],
    );
  });

  it('does not count statistics and market sizes, forecasts or thresholds', () => {
    const note = summarize(
      dated(
        '2026-03-02',
        '국내 해양바이오 업체는 약 900여 개 사업체에 2만 명이 종사하며, 매출규모는 3조 원 정도이다.',
        '이번 투자로 5조 원의 수출 효과가 기대된다.',
        '매출액 20억원 미만인 기업과 수출실적 50만 달러 이상이고 업력 7년 이하인 기업이 신청할 수 있다.',
      ),
    );
    assert.deepEqual(
      note.figures.filter((f) => f.status === 'target').map((f) => f.text),
      [],
    );
  });

  it('does not count the bodies that take part or a limit', () => {
    const note = summarize(dated('2026-03-02', '신청은 전국 14개 지역센터와 5개 시중은행을 통해 받는다.', '기업당 연간 신청은 최대 2개로 제한된다.'));
    assert.deepEqual(
      note.figures.filter((f) => f.status === 'target').map((f) => f.text),
      [],
    );
  });
});

describe('summary accuracy: deadlines', () => {
  it('reads explicit years, year labels and relative dates against the article date', () => {
    const note = summarize(
      dated(
        '2026-03-02',
        '정부는 ’28년까지 해양바이오 매출 8조 원을 달성할 계획이다.',
        '’26년 어촌 신활력 프로젝트에 900억원을 투입한다.',
        '내년 1월 3일까지 지원센터 30곳을 새로 연다.',
        '`26년 신규과제는 상반기 중 80%를 선정할 계획이다.',
      ),
    );
    assert.equal(byText(note.figures, '8조 원').deadline, '2028');
    assert.equal(byText(note.figures, '900억원').deadline, '2026');
    assert.equal(byText(note.figures, '30곳').deadline?.slice(0, 4), '2027');
    assert.equal(byText(note.figures, '80%').deadline, '2026-06');
  });

  it('does not take a year or 올해 named only to compare with for a deadline', () => {
    const note = summarize(dated('2026-12-20', '2027년도 예산안으로 2026년 대비 5.5% 증가한 3,200억원이 확정되었다.', '', '주요사업비는 올해 본예산 대비 120억원 감소한 1,800억원을 편성하였다.'));
    assert.equal(byText(note.figures, '3,200억원').deadline, '2027');
    assert.notEqual(byText(note.figures, '1,800억원').deadline, '2026');
  });

  it('gives a duration no deadline and keeps its phrase', () => {
    const note = summarize(dated('2026-03-02', '향후 3년간 900억원을 투입해 5년 이내 200개 사를 육성한다.'));
    assert.deepEqual(
      note.figures.map((f) => [f.text, f.deadline]),
      [
        ['900억원', null],
        ['200개 사', null],
      ],
    );
    assert.equal(byText(note.figures, '900억원').deadlineText, '향후 3년간');
  });
});

describe('summary accuracy: binding', () => {
  it('binds a figure to the program its section opens on', () => {
    const note = summarize(
      dated(
        '2026-03-02',
        '해양수산부는 두 사업의 참여 기업을 모집한다.',
        '',
        '‘바다창업 챌린지’는 예비창업자의 사업화를 돕는다.',
        '',
        '이번 모집에서 예비창업자 120명을 선발할 예정이다.',
        '',
        '‘어촌 청년 정착 지원사업’은 귀어 청년의 정착을 돕는다.',
        '',
        '올해 청년 80명을 선발할 계획이다.',
      ),
    );
    assert.equal(byText(note.figures, '120명').program, '바다창업 챌린지');
    assert.equal(byText(note.figures, '80명').program, '어촌 청년 정착 지원사업');
  });

  it('binds a figure in parentheses to the word before it, not to another item of the list', () => {
    const note = summarize(dated('2026-03-02', '주요 과제는 ‘바다마을 도약사업’(300억원), 연안 생태 복원(120억원), 어항 스마트화(80억원) 등이다.'));
    assert.equal(byText(note.figures, '300억원').program, '바다마을 도약사업');
    assert.equal(byText(note.figures, '120억원').program, null);
  });

  it('binds the figures of a sentence’s main predicate to the topic that opens it', () => {
    const note = summarize(dated('2026-03-02', '‘바다마을펀드’는 민간이 300억원을, 모태펀드가 200억원을 출자하여 총 500억원 규모로 결성될 예정이다.'));
    assert.equal(byText(note.figures, '500억원').program, '바다마을펀드');
  });

  it('leaves national totals unbound when the note is about several programs', () => {
    const note = summarize(dated('2026-03-02', '정부는 올해 정책금융 120조 원을 공급할 계획이다.', '', '‘바다마을펀드’와 ‘어촌 신활력 프로젝트’, ‘해양 치유 체험 프로그램’이 함께 추진된다.'));
    assert.equal(byText(note.figures, '120조 원').program, null);
  });
});
