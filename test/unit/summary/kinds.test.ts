/**
 * Classes of names that are not programs although an article says them twice, funds them
 * or launches them (docs/summary-accuracy.md, "Kinds of projects"): each test is a short
 * article written for it, with a program beside the class's names that stays shown.
 */
import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { mergeSummaries, selectSummary, type NoteSummary } from '../../../src/core/summary';
import { isKindOfProject } from '../../../src/core/summary/kinds';
import { joinLines, summarize } from './helpers';

const dated = (...lines: string[]) => joinLines('---', 'date: 2026-04-01', '---', '', ...lines);

/** Names of the programs a note shows by default (named or declared). */
function shown(note: NoteSummary): string[] {
  return selectSummary(mergeSummaries([note], DEFAULT_CONFIG), 'named')
    .programs.map((p) => p.name)
    .sort();
}

/** Names found at all (candidates included). */
function found(note: NoteSummary): string[] {
  return [...new Set(note.programs.map((m) => m.name))].sort();
}

describe('summary accuracy: kinds of projects are candidates', () => {
  it('takes a short object and the action done to it for a kind of project, not a program', () => {
    const note = summarize(
      dated(
        '환경부는 올해 훼손지 복원사업에 120억원, 상권 활성화 사업에 80억원을 투입한다.',
        '훼손지 복원사업과 상권 활성화 사업은 지자체가 신청한다.',
        '또한 습지생태 탄소흡수원 복원사업에 45억원을 투입한다.',
        '습지생태 탄소흡수원 복원사업은 내년까지 이어진다.',
      ),
    );
    assert.deepEqual(shown(note), ['습지생태 탄소흡수원 복원사업']);
    assert.ok(found(note).includes('훼손지 복원사업') && found(note).includes('상권 활성화 사업'));
  });

  it('takes generic words and actions, or an object with several actions, for a description', () => {
    for (const name of ['지역 일자리 창출 프로젝트', '온실가스 감축 역량강화 사업']) assert.ok(isKindOfProject(name), name);
    assert.equal(isKindOfProject('습지생태 탄소흡수원 복원사업'), false);
    // A glued compound of generic words is no name at all.
    assert.deepEqual(found(summarize(dated('지방소멸 대응을 위한 지역주도형 사업을 신규 추진한다.'))), []);
  });

  it('takes an umbrella of a field’s programs or a field word for a category', () => {
    const note = summarize(
      dated(
        '복지부는 총 12개 보건의료 연구개발사업에 신규과제 300억원을 공고한다.',
        '보건의료 연구개발사업 시행계획은 누리집에 있다.',
        '산림청은 산림분야 공적개발원조사업을 추진한다.',
        '복지부는 희귀질환 치료제 임상지원사업을 신규 추진한다.',
      ),
    );
    assert.deepEqual(shown(note), ['희귀질환 치료제 임상지원사업']);
  });

  it('does not take a name opened by an organisation’s name, a kind licensed by law or software for a program', () => {
    for (const name of ['국립해양연구원 연구개발사업', '가로주택정비사업', '위치기반서비스사업', '농가 배합비 작성 프로그램', '신제품·신사업']) assert.ok(isKindOfProject(name), name);
    for (const name of ['공공참여 가로주택정비사업', '바다 내비게이션 단말기 보급사업', '어선 감척사업', '해양오염퇴적물 정화사업']) assert.equal(isKindOfProject(name), false, name);
  });

  it('keeps the names of contracts, tenders and orders won as candidates', () => {
    const note = summarize(
      dated(
        '조달청은 한국농어촌공사 ‘서해지구 용수관리자동화사업 시스템 구매’ 등 "적격심사에 의한 계약" 320억원을 공고한다.',
        '또한 국내 기업이 2조원 규모의 전동차 사업을 수주하였다.',
        '서해지구 용수관리자동화사업은 입찰 공고가 끝났다.',
        '한편 국토부는 농어촌 빈집 정비지원사업을 신규 추진한다.',
      ),
    );
    assert.deepEqual(shown(note), ['농어촌 빈집 정비지원사업']);
  });

  it('reads an ordering party (발주처) as no contract', () => {
    const note = summarize(dated('해외 발주처와 협의하는 해양플랜트 동반진출펀드는 올해 500억원을 투자한다.', '해양플랜트 동반진출펀드는 내년까지 운용된다.'));
    assert.deepEqual(shown(note), ['해양플랜트 동반진출펀드']);
  });

  it('keeps a company’s programme and one of a counted set of projects as candidates', () => {
    const note = summarize(
      dated(
        '한빛제지의 동반성장 프로그램은 협력사 120곳에 30억원을 지원한다.',
        '정부는 임시 허가를 받은 11개 해양바이오 실증사업에 50억원을 지원한다.',
        '해수부는 수산물 이력관리 고도화사업을 신규 도입한다.',
      ),
    );
    assert.deepEqual(shown(note), ['수산물 이력관리 고도화사업']);
  });

  it('gives a tail cut from a longer program of the same note way to it', () => {
    const note = summarize(
      dated(
        '해수부는 바다 내비게이션 단말기 보급사업을 올해도 추진한다.',
        '단말기 보급 사업에는 40억원이 투입된다.',
        '단말기 보급 사업은 3월에 공고한다.',
        '바다 내비게이션 단말기 보급사업은 어선 1,000척을 지원한다.',
      ),
    );
    assert.deepEqual(shown(note), ['바다 내비게이션 단말기 보급사업']);
    assert.ok(found(note).includes('단말기 보급 사업'));
  });

  it('keeps a quoted short form of a longer program as a program of its own spelling', () => {
    const note = summarize(dated('중기부는 ‘상권 르네상스 사업’ 5곳을 확정하고, 디지털 상권 르네상스 사업을 신규 추진한다.'));
    assert.deepEqual(shown(note), ['디지털 상권 르네상스 사업', '상권 르네상스 사업']);
  });

  it('refuses a name inside a web address and a name that goes on into another program word', () => {
    const note = summarize(
      dated(
        '신청은 평생학습이용권(바우처) 누리집(www.평생학습바우처.kr)에서 받는다.',
        '핵심소재 프로젝트 펀드(1,800억원)는 인수합병을 지원하며, 핵심소재 프로젝트 펀드는 연내 결성한다.',
        '‘해양금융 프로젝트 포럼’에서 해양금융 프로젝트 포럼 참가사를 모집한다.',
      ),
    );
    assert.ok(!found(note).includes('해양금융 프로젝트'));
    assert.ok(!found(note).includes('평생학습바우처'));
    assert.ok(!found(note).includes('핵심소재 프로젝트'));
    assert.ok(found(note).includes('핵심소재 프로젝트 펀드'));
  });

  it('keeps a phrase that sums up a list or joins two budget lines as a candidate', () => {
    const note = summarize(dated('- 수출 안정자금, 제작금융 등 긴급 유동성 지원 (0.9조원)', '- 주택지원·건물지원 (1,677억원)', '- 해외 지재권 분쟁대응 전략지원(108억원)'));
    assert.deepEqual(shown(note), ['해외 지재권 분쟁대응 전략지원']);
  });

  it('does not take a facility, a tour or an event week for a program', () => {
    const note = summarize(dated('해경은 국내 최대규모의 ‘남해 안전체험교육장’을 운영하고, ‘세계 해양안전 인식주간’을 운영한다.'));
    assert.deepEqual(found(note), []);
  });
});

describe('summary accuracy: private, cut, generic and event names are not shown', () => {
  it('takes a business or programme whose subject or owner is a company, a bank foundation or a university for theirs', () => {
    const note = summarize(
      dated(
        '□ 해양바이오 실증단지 조성사업을 통해 남해발전-SK는 유휴부지에 2028년까지 생산설비를 건설할 계획이다.',
        '□ 한편, 신한금융나눔재단은 ‘신한 청년 도약 캠프’ 프로그램을 통해 청년 200명의 취업을 지원한다.',
        '□ 또한, ‘신한 해양 인턴십’ 프로그램을 통해 특성화고 학생 100명을 지원한다.',
        '□ 통일부는 세계보건기구(WHO) ｢아동·산모 지원사업｣에 기금을 지원한다.',
        '□ 이번 실습은 한빛대학교 해양학부의 ‘해양 전공 현장 실무 역량 프로그램’의 한 과정이다.',
        '□ 해양수산부는 ‘바다숲 청년 일자리’ 사업을 올해 신규 추진한다.',
      ),
    );
    assert.deepEqual(shown(note), ['바다숲 청년 일자리']);
  });

  it('takes a business a place attracts and a line of business for an industry, not a program', () => {
    const note = summarize(
      dated(
        '- 선박 정비·개조(MRO) 사업 유치 및 활성화를 위한 업무협약 체결',
        '□ 갑씨는 면세사업인 ‘수산물 소매업’을 운영하다가 업종을 추가했다.',
        '□ 해양수산부는 ‘어촌 청년 정착 바우처’ 사업을 신설한다.',
      ),
    );
    assert.deepEqual(shown(note), ['어촌 청년 정착 바우처']);
    assert.ok(!found(note).includes('수산물 소매업'));
  });

  it('never shows a name cut by a `·` list, a masked entity, a model number, a long clause or a joined abstract noun', () => {
    const note = summarize(
      dated(
        '□ 지역해양산업·기업 육성 2,100억원, 지역벤처투자 1,500억원 등을 지원한다.',
        "□ 해양기술펀드 내 '해저광물 R&D;펀드'를 신규 조성한다.",
        '□ 방위사업청은 230mm유도탄-III 체계개발 사업 계약을 체결했다.',
        '□ 또한 개발 중인 제품의 기술을 높이기 위한 AI 기반 수중로봇 실증랩 구축 및 활용 사업에 2개 과제를 선정할 계획이다.',
        '□ 참여기업이 자부담하도록 하여 협업의 실효성과 사업의 지속가능성을 높일 계획이다.',
        '□ 해양수산부는 올해 연안 갯벌 복원 바우처 사업을 추진한다.',
      ),
    );
    assert.deepEqual(shown(note), ['연안 갯벌 복원 바우처', '해양기술펀드']);
    for (const n of ['지역해양산업', '체계개발 사업', '실효성과 사업', '기반 수중로봇 실증랩 구축 및 활용 사업']) assert.ok(!found(note).includes(n), n);
    assert.ok(!found(note).some((n) => n.includes('해저광물 R')), found(note).join(' | '));
  });

  it('takes a quoted share with its amount, ties between parties, funds grouped by funder and a `·` grouping for generic', () => {
    assert.ok(isKindOfProject('부처 간 융합사업'));
    assert.ok(isKindOfProject('수요-공급기업간 협력사업'));
    assert.ok(isKindOfProject('해양 정책펀드') && isKindOfProject('해양 민간펀드'));
    assert.ok(isKindOfProject('항만건설·수산자원 지원사업'));
    assert.ok(isKindOfProject('해양유산 활용프로그램') && isKindOfProject('신동방·신서방 프로그램'));
    assert.ok(!isKindOfProject('해양 스타트업 코리아 펀드') && !isKindOfProject('소재·부품·장비 공급망 안정사업'));
    const note = summarize(
      dated(
        "□ '여성(167억원)', '재기(500억원)' 펀드 조성을 통해 투자 사각지대를 지원한다.",
        '□ 해양수산부는 부처 간 융합사업으로 협력하고, 수요-공급기업간 협력사업 5건을 신규 추진하기로 했다.',
        '□ 해양 정책펀드 조성액은 1조원을 돌파했다. 해양 정책펀드는 계속 늘어난다.',
        '□ 해양수산부는 ‘블루카본 인증 패키지’ 사업을 추진한다.',
      ),
    );
    assert.deepEqual(shown(note), ['블루카본 인증 패키지']);
  });

  it('takes a challenge called an event or given as an example of an activity for no program, and a measure in running prose for no budget line', () => {
    const note = summarize(
      dated(
        '□ 한편 해경은 ‘어린이가 그리는 깨끗한 바다 그림 챌린지’ 행사를 개최했다.',
        '□ 일상 회복활동* 확대 * 참여자가 주축인 SNS ‘바다 산책 챌린지’ 등',
        '  • 300여 개 가맹점 1개월분 임대료 전액 지원(총 12억원, 가맹점당 200만원)',
        '□ 중기부는 ‘해양 창업 챌린지’를 올해 신규 추진한다.',
      ),
    );
    assert.deepEqual(shown(note), ['해양 창업 챌린지']);
  });
});
