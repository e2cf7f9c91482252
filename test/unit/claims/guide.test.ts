/**
 * Every row of claims-guide.md's tables (#1–#54), in sentences written for this test.
 * A "must extract" row pins the span, kind, value, unit and qualifiers; a "must not" row
 * pins that no claim touches the phrase.
 */
import * as assert from 'node:assert/strict';
import { findClaims } from '../../../src/core/claims';
import type { Claim, ClaimKind, Qualifier } from '../../../src/core/model';

interface Want {
  text: string;
  kind: ClaimKind;
  value: number | null;
  unit: string | null;
  qualifiers?: Qualifier[];
  exact?: string;
  range?: { from: number; to: number };
  iso?: string;
}

/** A sentence, the claims it must contain (by span text), and an anchor year if needed. */
type Row = [id: string, sentence: string, wants: Want[], anchorYear?: number];

const money = (text: string, value: number | null, unit = 'KRW', qualifiers: Qualifier[] = []): Want => ({ text, kind: 'money', value, unit, qualifiers });
const count = (text: string, value: number | null, unit: string, qualifiers: Qualifier[] = []): Want => ({ text, kind: 'count', value, unit, qualifiers });

const MUST: Row[] = [
  ['#1', '올해 상반기 수출은 3348억 달러로 집계됐다.', [money('3348억 달러', 334800000000, 'USD')]],
  ['#2', '이번 사업에는 모두 1조 2천억 원이 들어간다.', [money('1조 2천억 원', 1200000000000)]],
  ['#3', '내년 예산은 1조 4,517억원이다.', [money('1조 4,517억원', 1451700000000)]],
  ['#4', '기금은 5조9,632억원 규모로 조성된다.', [money('5조9,632억원', 5963200000000)]],
  ['#5', '정책금융 3조4천억 원과 보증 31조 7천억 원을 공급한다.', [money('3조4천억 원', 3.4e12), money('31조 7천억 원', 3.17e13)]],
  ['#5b', '투자 규모는 3조4천억으로 늘어난다.', [money('3조4천억', 3.4e12, 'KRW', ['increase'])]],
  ['#6', '반도체 수출은 251.8억 달러였다.', [money('251.8억 달러', 25180000000, 'USD')]],
  ['#7', '민간투자 1.5조 규모를 끌어낸다.', [money('1.5조', 1.5e12)]],
  ['#8', '선박 수주 1,500억불, 누적 1조불을 넘었다.', [money('1,500억불', 1.5e11, 'USD'), money('1조불', 1e12, 'USD')]],
  ['#9', '연구비 150백만원을 배정했다.', [money('150백만원', 150000000)]],
  ['#10', '상금은 3백만원, 5천만원, 그리고 천만원이다.', [money('3백만원', 3e6), money('5천만원', 5e7), money('천만원', 1e7)]],
  ['#11', '현지 병원과 14억 원 규모의 협약을 맺었다.', [money('14억 원', 1.4e9)]],
  ['#12', 'The fund raised $5 billion last year.', [money('$5 billion', 5e9, 'USD')]],
  [
    '#13',
    '기업당 1∼2억 원, 금리 20∼30%, 과제 1~3개, 지원 1～2억 수준',
    [
      { text: '1∼2억 원', kind: 'money', value: null, unit: 'KRW', range: { from: 1e8, to: 2e8 } },
      { text: '20∼30%', kind: 'percent', value: null, unit: '%', range: { from: 20, to: 30 } },
      { text: '1~3개', kind: 'count', value: null, unit: '개', range: { from: 1, to: 3 } },
      { text: '1～2억', kind: 'money', value: null, unit: 'KRW', range: { from: 1e8, to: 2e8 } },
    ],
  ],
  ['#14', '교육비는 1인당 최대 200만원까지 준다.', [money('200만원', 2e6, 'KRW', ['max', 'perPerson'])]],
  ['#15', '청년에게 월 50만원을 지급한다.', [money('50만원', 5e5, 'KRW', ['perMonth'])]],
  ['#16', '총 약 1조원이 풀린다.', [money('1조원', 1e12, 'KRW', ['approx'])]],
  ['#17', '중견기업 200개 사, 수출기업 500개사, 대기업 10개사가 참여한다.', [count('200개 사', 200, '개사'), count('500개사', 500, '개사'), count('10개사', 10, '개사')]],
  ['#18', '17개 시·도와 3개소, 18개 기관이 함께한다.', [count('17개 시·도', 17, '개시·도'), count('3개소', 3, '개소'), count('18개 기관', 18, '개기관')]],
  ['#19', '바이어 30여명, 관계자 300여 명, 부스 100여 개가 모였다.', [count('30여명', 30, '명', ['approx']), count('300여 명', 300, '명', ['approx']), count('100여 개', 100, '개', ['approx'])]],
  ['#20', '방문객 10만 명, 가입자 2,350만 명을 넘었다.', [count('10만 명', 1e5, '명'), count('2,350만 명', 2.35e7, '명')]],
  ['#21', '하반기에 253회의 상담회를 열고 1000곳을 찾는다.', [count('253회', 253, '회'), count('1000곳', 1000, '곳')]],
  [
    '#22',
    '성장률 9.0%, 수출은 37.8% 증가했다.',
    [
      { text: '9.0%', kind: 'percent', value: 9, unit: '%', exact: '9.0', qualifiers: [] },
      { text: '37.8%', kind: 'percent', value: 37.8, unit: '%', qualifiers: ['increase'] },
    ],
  ],
  [
    '#23',
    '금리를 0.5%p, 수수료를 1.0%p 내렸다.',
    [
      { text: '0.5%p', kind: 'percentPoint', value: 0.5, unit: '%p' },
      { text: '1.0%p', kind: 'percentPoint', value: 1, unit: '%p', exact: '1.0' },
    ],
  ],
  ['#24', '수출은 전년 대비 1.6% 늘었다.', [{ text: '1.6%', kind: 'percent', value: 1.6, unit: '%', qualifiers: ['increase'] }]],
  [
    '#25',
    '생산성이 1.7배, 매출은 1.5배로 뛰었다.',
    [
      { text: '1.7배', kind: 'multiple', value: 1.7, unit: 'x' },
      { text: '1.5배', kind: 'multiple', value: 1.5, unit: 'x' },
    ],
  ],
  ['#26', '물동량 3.9억톤, 거래 58.7억건을 처리했다.', [{ text: '3.9억톤', kind: 'quantity', value: 3.9e8, unit: 't' }, count('58.7억건', 5.87e9, '건')]],
  [
    '#27',
    '2028년까지 1단계, 2030년까지 2단계를 마친다.',
    [
      { text: '2028년까지', kind: 'deadline', value: 2028, unit: null, iso: '2028' },
      { text: '2030년까지', kind: 'deadline', value: 2030, unit: null, iso: '2030' },
    ],
  ],
  ['#28', '향후 5년 내 수출 기업을 키운다.', [{ text: '향후 5년 내', kind: 'deadline', value: 2031, unit: null, iso: '2031' }], 2026],
  ['#28b', '향후 5년 내 수출 기업을 키운다.', [{ text: '향후 5년 내', kind: 'deadline', value: null, unit: null }]],
  [
    '#29',
    '3년간 운영하고 5년간 관리하며 2주간 점검한다.',
    [
      { text: '3년간', kind: 'duration', value: 3, unit: 'year', iso: 'P3Y' },
      { text: '5년간', kind: 'duration', value: 5, unit: 'year', iso: 'P5Y' },
      { text: '2주간', kind: 'duration', value: 2, unit: 'week', iso: 'P2W' },
    ],
  ],
  [
    '#29b',
    '3~5년 이내에 끝내고 1~3개월 동안 점검하며 2017∼2021년 실적을 본다.',
    [
      { text: '3~5년 이내', kind: 'duration', value: null, unit: 'year', range: { from: 3, to: 5 } },
      { text: '1~3개월 동안', kind: 'duration', value: null, unit: 'month', range: { from: 1, to: 3 } },
      { text: '2017∼2021년', kind: 'date', value: null, unit: null, range: { from: 2017, to: 2021 } },
    ],
  ],
  ['#30', '올해 하반기 착공한다.', [{ text: '올해 하반기', kind: 'deadline', value: 2025, unit: null, iso: '2025-H2' }], 2025],
  [
    '#31',
    "’22년 실적, ‘21년 계획, '25년 목표",
    [
      { text: '’22년', kind: 'date', value: 2022, unit: null, iso: '2022' },
      { text: '‘21년', kind: 'date', value: 2021, unit: null, iso: '2021' },
      { text: "'25년", kind: 'date', value: 2025, unit: null, iso: '2025' },
    ],
  ],
  [
    '#32',
    '발표(‘20.1.3)와 공고(’21.12)',
    [
      { text: '‘20.1.3', kind: 'date', value: 2020, unit: null, iso: '2020-01-03' },
      { text: '’21.12', kind: 'date', value: 2021, unit: null, iso: '2021-12' },
    ],
  ],
  [
    '#33',
    '시행일 2020.4.28. 개정일 2023. 3. 27.',
    [
      { text: '2020.4.28.', kind: 'date', value: 2020, unit: null, iso: '2020-04-28' },
      { text: '2023. 3. 27.', kind: 'date', value: 2023, unit: null, iso: '2023-03-27' },
    ],
  ],
  ['#34', '설명회는 9.23.(금) 열린다.', [{ text: '9.23.(금)', kind: 'date', value: 2022, unit: null, iso: '2022-09-23' }], 2023],
  [
    '#35',
    '1분기와 4/4분기 실적',
    [
      { text: '1분기', kind: 'date', value: 2024, unit: null, iso: '2024-Q1' },
      { text: '4/4분기', kind: 'date', value: 2024, unit: null, iso: '2024-Q4' },
    ],
    2024,
  ],
  ['#36', '2024년도 예산안', [{ text: '2024년도', kind: 'date', value: 2024, unit: null, iso: '2024' }]],
  ['#37', '공고일: 2026-01-12', [{ text: '2026-01-12', kind: 'date', value: 2026, unit: null, iso: '2026-01-12' }]],
  // Contrasts from the "must not" table that are claims of another kind.
  ['#41b', '제5회 박람회에서 253회 상담했다.', [count('253회', 253, '회')]],
  ['#49', '수십조원과 수천억 원이 필요하다.', [money('수십조원', null, 'KRW', ['vague']), money('수천억 원', null, 'KRW', ['vague'])]],
  ['#50', '기준금리 3.50%를 유지했다.', [{ text: '3.50%', kind: 'percent', value: 3.5, unit: '%', exact: '3.50' }]],
  ['#51', '참가자는 1500명이다.', [count('1500명', 1500, '명')]],
  [
    '#52',
    '12년 만에 흑자, ’12년 이후 처음',
    [
      { text: '12년 만에', kind: 'duration', value: 12, unit: 'year', iso: 'P12Y' },
      { text: '’12년', kind: 'date', value: 2012, unit: null, iso: '2012' },
    ],
  ],
  ['§4', '상금 오천팔백십구만백사십팔원, 참가비 삼십오만 원', [money('오천팔백십구만백사십팔원', 58190148), money('삼십오만 원', 350000)]],
];

/** A sentence and the phrases of it no claim may touch. */
const MUST_NOT: [id: string, sentence: string, phrases: string[]][] = [
  ['#38', '문의: 산업부 수출과 044-200-7911, 센터(042-724-7232)', ['044-200-7911', '042-724-7232']],
  ['#39', '같은 법 제37조, 제4조의2 및 제1호에 따라 1,000만원 이하 과태료', ['제37조', '제4조의2', '제1호']],
  ['#40', '수주량 세계 1위, 수출액 2위를 기록', ['1위', '2위']],
  ['#41', '1차, 2차 회의와 제6차 회의, 제5회 대회', ['1차', '2차', '제6차', '제5회']],
  ['#42', '3번째 회의이자 첫째 안건', ['3번째', '첫째']],
  ['#43', '0시 기준 집계, 18시 발표, 9:30 개회', ['0시', '18시', '9:30']],
  ['#44', '5G, 6G, K-ICS, G20, COVID-19 대응', ['5G', '6G', 'K-ICS', 'G20', 'COVID-19']],
  ['#45', '디지털 뉴딜 2.0과 v1.2.3 배포', ['2.0', 'v1.2.3']],
  ['#46', '①②③ 항목과 1. 개요 (1) 배경', ['①②③', '1.', '(1)']],
  ['#47', '1호 사업과 120호 안건', ['1호', '120호']],
  ['#48', '이번 사이 일부 삼성전자 구조조정 반도체 백신 한국 세계', ['이번', '사이', '일부', '삼성전자', '구조조정', '반도체', '백신', '한국', '세계']],
  ['#49', '몇 개 기업이 참여했다', ['몇 개']],
  ['#50', '지수는 12.35로 마감했다', ['12.35']],
  ['#53', '(단위 : 억원)\n구분\n12,610.8\n1,234', ['억원', '12,610.8', '1,234']],
  ['#54', '원문 newsId=156369465, www.k-startup.go.kr, 상담 ☏1357', ['156369465', 'www.k-startup.go.kr', '1357']],
];

function pick(claims: Claim[], text: string): Claim {
  const c = claims.find((x) => x.text === text);
  assert.ok(c, `no claim "${text}" among ${JSON.stringify(claims.map((x) => x.text))}`);
  return c;
}

describe('claims: claims-guide.md tricky cases', () => {
  for (const [id, sentence, wants, anchorYear] of MUST) {
    it(`${id} ${wants.map((w) => w.text).join(', ')}`, () => {
      const claims = findClaims(sentence, { anchorYear });
      for (const w of wants) {
        const c = pick(claims, w.text);
        assert.equal(sentence.slice(c.start, c.end), w.text);
        assert.equal(c.kind, w.kind, `${w.text} kind`);
        assert.equal(c.value, w.value, `${w.text} value`);
        assert.equal(c.unit, w.unit, `${w.text} unit`);
        if (w.qualifiers) assert.deepEqual(c.qualifiers, w.qualifiers, `${w.text} qualifiers`);
        if (w.exact) assert.equal(c.exact, w.exact);
        if (w.range) assert.deepEqual(c.range, w.range);
        if (w.iso) assert.equal(c.iso, w.iso);
        if (c.value !== null && !w.range && c.kind !== 'date' && c.kind !== 'deadline') assert.equal(Number(c.exact), c.value);
      }
    });
  }

  for (const [id, sentence, phrases] of MUST_NOT) {
    it(`${id} never flags ${phrases.join(', ')}`, () => {
      const claims = findClaims(sentence);
      for (const p of phrases) {
        const at = sentence.indexOf(p);
        assert.ok(at >= 0, p);
        const hit = claims.find((c) => c.start < at + p.length && at < c.end);
        assert.equal(hit, undefined, `"${p}" is inside claim ${JSON.stringify(hit)}`);
      }
    });
  }

  it('#39 keeps the real amount next to a law reference', () => {
    const claims = findClaims('같은 법 제37조에 따라 1,000만원 이하 과태료');
    assert.deepEqual(
      claims.map((c) => [c.text, c.value, c.qualifiers]),
      [['1,000만원', 1e7, ['max']]],
    );
  });
});
