/** Program and agency detection: what is a program name, what is not, and who runs it. */
import * as assert from 'node:assert/strict';
import { programKey } from '../../../src/core/summary';
import { config, fixture, joinLines, programNames, summarize } from './helpers';

describe('summary: program names', () => {
  it('finds quoted names in a program context, K- names, instruments and names ending in a program word', () => {
    const note = summarize(
      joinLines(
        '코트라는 ‘K-수출스타’ 프로그램을 새로 시작한다.',
        "시는 470억 원 규모의 '한류 소비재 수출 하이웨이'를 구축한다.",
        '무역금융과 무역보험을 늘리고, 수출 바우처 사업도 넓힌다.',
        '디지털무역 인력 양성 사업과 스케일업 프로그램을 운영한다.',
        'K-수출전사 프로젝트의 시행 계획을 밝혔다.',
      ),
    );
    assert.deepEqual(programNames(note), ['K-수출스타', '한류 소비재 수출 하이웨이', '무역금융', '무역보험', '수출 바우처', '디지털무역 인력 양성 사업', '스케일업 프로그램', 'K-수출전사 프로젝트']);
  });

  it('ignores generic words, budgets, quoted speech and culture K- words', () => {
    const note = fixture('generic-words.md');
    assert.deepEqual(programNames(note), ['스마트공장 고도화 프로젝트']);
    const speech = summarize('장관은 “올해 수출 실적을 반드시 달성하겠습니다. 민관이 한 팀입니다”라고 말했다. ‘원팀 코리아’라는 기조 아래 움직인다.');
    assert.deepEqual(programNames(speech), []);
  });

  it('includes a program word after a quoted name in its span, so it is not found twice', () => {
    const note = summarize("이는 ‘마스가(MASGA)' 대미 프로젝트를 견인하기 위함이다.");
    assert.deepEqual(programNames(note), ['마스가(MASGA)']);
  });

  it('writes a name that runs over a line break on one line, with the same key', () => {
    const note = summarize('□ 복지부는 바이오 기업이 빠르게성장할 수 있도록 ‘글로벌 바이오 미래\n유니콘 육성(BIO\nGROWTH)’ 프로그램을\n추진한다고 밝혔다.');
    assert.deepEqual(programNames(note), ['글로벌 바이오 미래 유니콘 육성(BIO GROWTH)']);
    assert.equal(note.programs[0]!.key, programKey('글로벌 바이오 미래 유니콘 육성(BIO GROWTH)'));
  });

  it('shows a name without the blank of a stripped bullet or a footnote mark', () => {
    const note = summarize(joinLines('ㅇ 시는 ‘좋은이웃 돌봄*’ 사업으로 2027년까지 300곳을 지원한다.'));
    assert.deepEqual(programNames(note), ['좋은이웃 돌봄']);
  });

  it('finds a quoted name broken over a line, and binds its figure to it', () => {
    const note = summarize(joinLines('중기부는 “글로벌 강소기업', '1000+” 사업에 2028년까지 2,000억 원을 투입한다.'));
    assert.deepEqual(programNames(note), ['글로벌 강소기업 1000+']);
    assert.deepEqual(
      note.figures.map((f) => [f.text, f.program, f.agency]),
      [['2,000억 원', '글로벌 강소기업 1000+', '중소벤처기업부']],
    );
  });

  it('does not take an agency name for an instrument (무역보험공사 is not 무역보험)', () => {
    const note = summarize('무역보험공사와 한국무역보험공사는 같은 기관이다.');
    assert.deepEqual(programNames(note), []);
  });

  it('finds configured program names and their aliases', () => {
    const note = summarize('수출금융 공급을 늘린다. 청년 해외 인턴십도 이어간다.', 'a.md', config({ programs: { 무역금융: ['수출금융'], '청년 해외 인턴십': [] } }));
    assert.deepEqual(programNames(note), ['수출금융', '청년 해외 인턴십']);
  });

  it('reads front-matter programs as declared mentions with their positions', () => {
    const note = fixture('export-plan.md');
    const declared = note.programs.filter((m) => m.declared);
    assert.deepEqual(
      declared.map((m) => [m.name, m.agency, m.line]),
      [
        ['K-수출스타', '대한무역투자진흥공사', 6],
        ['무역금융', '한국무역보험공사', 11],
      ],
    );
    assert.equal(declared[0]!.sentence, 'K-수출스타');
  });

  it('gives every mention file, line, offsets and its sentence', () => {
    const text = joinLines('# 제목', '', '올해 <b>‘K-수출스타’</b> 사업을 키운다.');
    const m = summarize(text, 'x.md').programs[0]!;
    assert.equal(m.file, 'x.md');
    assert.equal(m.line, 3);
    assert.equal(text.slice(m.start, m.end), 'K-수출스타');
    assert.equal(m.sentence, '올해 ‘K-수출스타’ 사업을 키운다.');
  });
});

describe('summary: program keys', () => {
  it('ignores quotes, blanks, middle dots, dashes, width and case, and a trailing program word', () => {
    assert.equal(programKey('‘K-수출스타’ 프로그램'), programKey('k수출스타'));
    assert.equal(programKey('수출 바우처 사업'), programKey('수출바우처'));
    assert.equal(programKey('Ｋ－수출스타'), programKey('K-수출스타'));
    assert.equal(programKey('중소·중견 지원'), programKey('중소중견지원'));
    assert.notEqual(programKey('사업'), '');
  });
});

describe('summary: agencies', () => {
  it('resolves short names to canonical ones and binds the clause subject', () => {
    const note = summarize(joinLines('코트라(KOTRA)는 ‘K-수출스타’ 500개사를 육성하고, 한국무역보험공사(이하 무보)는 금융 지원을 66조 원까지 확대한다.'));
    assert.deepEqual(
      note.figures.map((f) => [f.text, f.program, f.agency]),
      [
        ['500개사', 'K-수출스타', '대한무역투자진흥공사'],
        ['66조 원', null, '한국무역보험공사'],
      ],
    );
  });

  it('does not read a short alias inside another word (무보증 is not 무보)', () => {
    const note = summarize('무보증 대출을 1000건 늘릴 계획이다.');
    assert.equal(note.figures[0]!.agency, null);
  });

  it('lets configuration rename a built-in agency and add new ones', () => {
    const cfg = config({ agencies: { 산업통상부: ['산업부'], 수출지원단: ['지원단'] } });
    const note = summarize('산업부는 2028년까지 200개 사를 늘릴 계획이다. 지원단은 올해 30곳을 새로 열 예정이다.', 'a.md', cfg);
    assert.deepEqual(
      note.figures.map((f) => f.agency),
      ['산업통상부', '수출지원단'],
    );
  });

  it('falls back to the note issuer: front-matter ministry, else the 문의 line', () => {
    assert.equal(fixture('export-plan.md').figures.find((f) => f.text === '1200건')!.agency, '산업통상자원부');
    const note = summarize(joinLines('정부는 2027년까지 1000곳을 키울 계획이다.', '', '문의: 중소벤처기업부 글로벌성장정책과'));
    assert.equal(note.figures[0]!.agency, '중소벤처기업부');
  });
});
