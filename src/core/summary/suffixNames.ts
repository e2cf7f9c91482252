/**
 * Unquoted program names that end in a program word: `수출 바우처 사업`, `디지털무역 인력
 * 양성 사업`, `스케일업 프로그램`, `K-수출전사 프로젝트`. Korean gives no capital letters to
 * find where a name starts, so the name is the program word plus the words right before it,
 * walking back until a word that cannot be part of a name: one carrying an object or topic
 * particle (`…를`, `…는`), an adnominal verb form (`위한`, `제공하는`), a determiner (`이번`,
 * `해당`, `다양한`), or a number. A name made only of generic words (`지원 사업`, `수출
 * 지원사업`, `이 프로그램`) is not a name.
 */
import { isWordChar } from './normalize';
import { codeAt } from '../text/codeAt';

/** Words a program name ends with, written alone or glued (`지원사업`). */
export const PROGRAM_WORDS = ['사업', '프로그램', '프로젝트', '펀드', '바우처', '패키지'];

/** Particles stripped from the last word before looking for a program word (`사업을` → `사업`). */
const TRAILING_PARTICLES = [
  '으로는',
  '으로',
  '에서',
  '에는',
  '과의',
  '와의',
  '이다',
  '이며',
  '들을',
  '들이',
  '들은',
  '들의',
  '을',
  '를',
  '은',
  '는',
  '이',
  '가',
  '의',
  '에',
  '과',
  '와',
  '도',
  '로',
  '만',
  '들',
];

/** Words that stop the walk back (and are never part of a name). */
const STOP_WORDS = new Set(
  (
    '이번 해당 이 그 저 동 본 각 각종 모든 여러 다양한 관련 기존 신규 올해 내년 지난해 작년 주요 기타 등 및 또는 통해 위해 위한 대한 따른 같은 관내 ' +
    '총 약 또한 특히 아울러 한편 이를 이와 함께 등의 정부 우리 이들 별도 전체 일부 개별 후속 추가 및 새 새로운 기존의 올 현재 향후 앞으로 그간 ' +
    // adverbs and time words that open a clause, not a name (`금번 프로그램`, `이후 R&D 재발견 프로젝트`)
    '금번 이후 후 추후 추후에 그동안 최근 처음 처음으로 중 내 동안 이에 첫 가장 빨리 다시 곧 이미 먼저 본격 적극 ' +
    // nouns that head a phrase around a name rather than belong to it (`대상 사업`, `붙임 사업`)
    '경우 대상 사례 붙임 상당수 규모 원 수 이상 미만 이하 초과 대표 번째 첫번째 일환 일환으로 명칭 제외 포함 아닌 말 초 연말 정책 기준 ' +
    // conjunctions, conditions and adverbs (`… or 벤처펀드`, `충족 시 …사업`, `직접 청년사업`, `장기간 사업`)
    'or and 시 때 직접 장기간 단기간 모두 바로 계속 더 더욱'
  ).split(' '),
);

/** Words too generic to make a name on their own, however many are strung together. */
export const GENERIC = new Set(
  (
    '지원 사업 프로그램 프로젝트 펀드 바우처 수출 해외 기업 중소기업 중견기업 글로벌 추진 운영 강화 확대 육성 개발 구축 시범 신규 기술 협력 분야 대상 공모 ' +
    '국가 정부 공공 민간 지역 국내 재정 일자리 연구 맞춤형 종합 통합 핵심 전략 중점 일반 단위 세부 연계 참여 혁신 역량 수출역량 판로 마케팅 ' +
    '수출지원 기업지원 창업 교육 컨설팅 인프라 활성화 성장 경쟁력 기반 조성 투자 금융 보조 보조금 융자 정책 주력 유망 시범사업 실증 보급 활용 ' +
    '개선 관리 점검 대응 예방 안전 홍보 행사 센터 플랫폼 사업화 고도화 특화 전문 인력 양성 인재 청년 디지털 온라인 현장 협업 공동 상생 대면 비대면 ' +
    '정비 사모 대형 소형 감시 방송 R&D 정보화 재건축 재개발 체험 배치 가맹 건설 시설 공사 문화 관광 복지 돌봄 의료 주택 출자 모펀드 자펀드 벤처 ' +
    '민자 국고 국비 보조사업 위탁 용역 공익 수익 계속 완료 예정 후보 대상지 해당 각종 신청 선정 우수 시행 기존 ' +
    'AX AI DX ICT SW 연구개발 국가연구개발 기술개발 분석 금리 우대 금리우대 고유 중장기 특별 대표 하위 예타 스타트업 지원금 자금 대출 보증 특례 특례보증 ' +
    '도메인 산업 제조 첫 번째 규모 대규모 중소 소상공인 기반 전환 에너지 예능 단기 장기 현지 설치 국책 방위 정규 주택 도시계획 신설 본 자체 연계형 일반형 ' +
    // sectors and audiences that say what kind of program, not which one (`데이터 사업`, `치유농업 프로그램`, `국제 협력사업`)
    '데이터 우주 국제 국민 이자 해상 풍력 해상풍력 관광 농촌 어촌 농업 치유 정원 건강 대학 부처간 타 중앙 지방 협력형 참여형 특화형 패키지형 방식 활용 훈련 보급 복구 복원 감축 ' +
    '묶음 꾸러미 바이오 친환경 핵심 성장 사다리형 할인 한시 태양광 신재생에너지 재생 재생에너지 소비 촉진 인재 인재풀 확충 ' +
    // policy areas named as categories (`도시재생사업`, `생활SOC 사업`, `청년고용사업`)
    '도시재생 생활SOC SOC 고용 청년고용 개발협력 국제개발협력 시스템 차세대 진단 기금 운용 차입운용 전통시장 시장 일상생활 공동체 회복 ' +
    // whose programs: ministries and levels of government (`부처 디지털 사업`, `다부처 공동 개발사업`)
    '부처 다부처 관계부처 범부처 범정부 지자체 중앙-지방 민·관 민관 소규모 중규모 정시 수시 후속사업 예산 전액 양국 양국간 간 실내 사회공헌 취업지원 탄소중립 ' +
    '주도 주도형 ESG 투입 중 중기'
  ).split(' '),
);

/** Nouns that end like a particle (`회의`, `참가`, `판로`, `제도`, `성과`): not a particle there. */
const NOUNS_LIKE_PARTICLES = (
  '회의 협의 논의 합의 동의 창의 정의 국가 평가 전문가 추가 증가 물가 부가 단가 참가 휴가 주가 놀이 어린이 차이 높이 길이 ' +
  '제도 한도 속도 정도 용도 강도 밀도 시도 지도 태도 빈도 온도 판로 도로 경로 통로 활로 진로 항로 회로 효과 성과 결과 부과 통과 초과 학과 마을 고을 가을'
).split(' ');

function endsLikeNoun(word: string): boolean {
  return NOUNS_LIKE_PARTICLES.some((n) => word.endsWith(n));
}

/** A word of the prose: offsets and text. */
export interface Word {
  start: number;
  end: number;
  text: string;
}

/** True for characters that belong to a word of a name (`K-수출전사`, `자유무역협정(FTA)`). */
export function isNameChar(c: number): boolean {
  return isWordChar(c) || c === 45 || c === 0x2010 || c === 0x2011 || c === 40 || c === 41 || c === 38 || c === 43 || c === 0xb7 || c === 0x2024 || c === 0x30fb || c === 0xff65;
}

/** The words of `text[from, to)`. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    while (i < to && !isNameChar(codeAt(text, i))) i++;
    const s = i;
    while (i < to && isNameChar(codeAt(text, i))) i++;
    if (i > s) out.push({ start: s, end: i, text: text.slice(s, i) });
  }
  return out;
}

/** `word` without a trailing particle, and the particle's length (0 when none). */
export function stripParticle(word: string): { core: string; particle: number } {
  for (const p of TRAILING_PARTICLES) {
    if (word.length > p.length + 1 && word.endsWith(p) && !endsLikeNoun(word)) return { core: word.slice(0, -p.length), particle: p.length };
  }
  return { core: word, particle: 0 };
}

/** True when a word cannot be inside a name, so the walk back stops before it. */
function stopsName(word: string): boolean {
  if (balance(word) !== 0) return true; // `과제(6개`: a parenthesis opened before the name
  if (STOP_WORDS.has(word) || /^\d/.test(word) || /^[()·&+-]|[()·&+-]$/.test(word.replace(/\([^()]{1,12}\)$/, ''))) return true;
  if (/(?:사업|프로그램|것|중|계획)인$/.test(word)) return true; // `…사업인`: a copula, the name ended before
  if (/^(?:상반기|하반기|연말|연초|연내|금년|올|매년|분기)$|(?:[년월일]|분기)(?:까지|부터|에|에는|중)?$/.test(word)) return true; // times
  if (/^\([^()]*\)$/.test(word)) return true; // `(현행)`, `(개선)`: a label before the name
  if (VERB_FORM.test(word) && !/그린$/.test(word)) return true;
  if (/인$/.test(word) && !PERSON_NOUNS.test(word)) return true; // `첫 단계인`: a copula
  if (ABSTRACT_AND.test(word)) return true; // `실효성과 사업의`: `…성` and `과`, not `성과`
  if (endsLikeNoun(word)) return false;
  return /(?:[을를은는이가도로와과의게히춰워며해한된할던운에]|에서|에게|부터|까지|보다|처럼|마다|에만|에서만|으로만|하는|하고|하며|해서|하여|하기|있는|없는|적인)$/.test(word);
}

/** Abstract nouns in `-성` joined by `과`/`와` to the next noun (`협업의 실효성과 사업의 …`). */
const ABSTRACT_AND =
  /(?:실효|효율|안정|투명|전문|공공|수익|경제|신뢰|접근|효과|연속|건전|형평|다양|독립|자율|책임|시급|중요|필요|가능|적정|타당|편의|생산|경쟁|공정|일관|자립|확장|정확|객관|합리|실용|지속)성[과와]$/;

/**
 * Words that need a modifier before them (`AI 기반`, `수요 중심`): a name cannot start with
 * one, so a walk that ends on it has lost the start of the name.
 */
const BOUND_NOUNS = new Set(['기반', '중심', '연계', '전용', '대상', '위주']);

/**
 * Verb forms before a name: connectives (`조성되어`, `있어`, `거쳐`, `따라`, `있도록`,
 * `강화되고`, `개선하거나`, `운용하면서`) and adnominal forms (`살린`, `담긴`, `생긴`, `큰`),
 * and adjectival nouns in `-적` (`집중적`).
 */
const VERB_FORM = /(?:되어|되지|되고|되며|하거나|하면서|면서|도록|있어|이어|거쳐|따라|달리|받아|나서|살린|생긴|담긴|가진|갖춘|[린긴큰른될적]|작은|높은|낮은|좋은)$/;

/** Nouns ending in 인 that are people or acts, not a copula (`소상공인`, `기업인`, `승인`). */
const PERSON_NOUNS =
  /(?:상공인|기업인|경제인|개인|외국인|장애인|노인|농업인|어업인|임업인|농어업인|예술인|체육인|방송인|직장인|중개인|법인|원인|요인|승인|확인|부인|군인|공인|대리인|창업인|문화인|관광인|소공인|AI|인공지능인?)$/;

/** True when the word before `및` at `at` can be part of the same name (not a stop word, not a name of its own). */
function joinsName(text: string, at: number, from: number): boolean {
  let e = at;
  while (e > from && codeAt(text, e - 1) === 32) e--;
  let b = e;
  while (b > from && isNameChar(codeAt(text, b - 1)) && e - b <= MAX_WORD) b--;
  const word = text.slice(b, e);
  return b < e && e < at && !stopsName(word) && !PROGRAM_WORDS.some((w) => stripParticle(word).core.endsWith(w));
}

/** A word that is itself a name ending in a program word (`녹색펀드 하위 펀드`): the name before ended there. A program word alone (`수출 바우처 사업`) goes on. */
function endsInProgramWord(word: string): boolean {
  const core = stripParticle(word).core;
  return PROGRAM_WORDS.some((w) => core.length > w.length && core.endsWith(w));
}

/** True when every parenthesis closes one opened before it, and all are closed. */
function wellBracketed(name: string): boolean {
  let depth = 0;
  for (const c of name) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Opening minus closing parentheses of a word. */
function balance(word: string): number {
  let n = 0;
  for (const c of word) n += c === '(' ? 1 : c === ')' ? -1 : 0;
  return n;
}

/** A program name ending at a program word. */
export interface NameSpot {
  start: number;
  end: number;
  name: string;
  /** End of the text the name occupies when it runs past `end` (`‘마스가’ 대미 프로젝트`). */
  cover?: number;
  /** True when only weak evidence makes it a name (a quoted measure a verb launches). */
  weak?: boolean;
}

/** Longest word looked at as part of a name. */
const MAX_WORD = 40;

/** The program words, found once over the whole prose (`findSuffixName` is then asked about each). */
export const PROGRAM_WORD_RE = /사업|프로그램|프로젝트|펀드|바우처|패키지/g;

/**
 * The name ending at the program word `text[at, wordEnd)`, looking no further back than
 * `from` and no further ahead than `to` (the sentence), or null. The span runs from the
 * first word of the name to the end of the program word (particles excluded).
 */
export function findSuffixName(text: string, at: number, wordEnd: number, from: number, to: number): NameSpot | null {
  // A word longer than MAX_WORD is no name (and is not scanned: `사업사업…` stays linear).
  let ws = at;
  while (ws > from && isNameChar(codeAt(text, ws - 1))) if (at - --ws > MAX_WORD) return null;
  let we = wordEnd;
  while (we < to && isNameChar(codeAt(text, we))) if (++we - wordEnd > MAX_WORD) return null;
  let { core } = stripParticle(text.slice(ws, we));
  // `(녹색인프라 해외수출 지원펀드)`: the parenthesis closing around the name is not part of it.
  if (core.endsWith(')') && balance(core) < 0) core = core.slice(0, -1);
  // A program word written as a gloss ends the name with its parenthesis: `예비창업묶음(패키지)`, `1000+사업(프로젝트)`.
  const glossed = codeAt(text, at - 1) === 40 && codeAt(text, wordEnd) === 41;
  if (glossed) wordEnd++;
  else if (text.startsWith('패키지', at)) return null; // `원스톱 패키지`: a bundle of measures, unless it glosses a name
  if (ws + core.length !== wordEnd) return null; // `사업비`, `프로젝트별로`: the program word does not end the word
  if (continuesName(text, we, to)) return null;
  const parts = [core];
  let first = ws;
  let cut = false;
  while (!cut) {
    let gs = first;
    while (gs > from && codeAt(text, gs - 1) === 32 && first - gs < 400) gs--; // masked tags leave long blanks
    if (gs === first || gs <= from) break; // no blank before: punctuation or the sentence start
    let ps = gs;
    while (ps > from && isNameChar(codeAt(text, ps - 1)) && gs - ps <= MAX_WORD) ps--;
    const prev = text.slice(ps, gs);
    // `녹색펀드(녹색인프라 해외수출 지원펀드)`: a name spelled out in parentheses starts after the parenthesis.
    const open = prev.lastIndexOf('(');
    if (open >= 0 && balance(prev) > 0 && open + 1 < prev.length && !stopsName(prev.slice(open + 1))) {
      parts.unshift(prev.slice(open + 1));
      first = ps + open + 1;
      break;
    }
    // `인지 및 운동 훈련프로그램`, `구축 및 운영`: 및 joins two words of one name, not two names.
    if (prev === '및' && parts.length <= 2 && !PROGRAM_WORDS.includes(parts[0] as string) && joinsName(text, ps, from)) {
      parts.unshift(prev);
      first = ps;
      continue;
    }
    // `130mm유도로켓-II 체계개발 사업`: a model's name that begins with a number is where the name starts, not a count.
    if (/^\d[\d.,]*[A-Z]+[-가-힣A-Z]/i.test(prev)) return null;
    if (ps === gs || stopsName(prev) || endsInProgramWord(prev)) break;
    // Seven words and more to go: a clause, not a name (`… 구축 및 활용 사업`), whose start is lost.
    if (parts.length >= 7) cut = true;
    parts.unshift(prev);
    first = ps;
  }
  if (cut || (parts.length > 1 && BOUND_NOUNS.has(parts[0] as string))) return null;
  // `ㅇ가맹사업`: a jamo used as a bullet is not part of the name.
  const c = codeAt(text, first);
  if (c >= 0x3131 && c <= 0x318e) {
    first++;
    parts[0] = (parts[0] as string).slice(1);
  }
  // `시 녹색특화 … 프로그램`: a lone syllable before a name is the tail of something else.
  if (parts.length > 1 && (parts[0] as string).length === 1 && /[가-힣]/.test(parts[0] as string)) {
    parts.shift();
    first = text.indexOf(parts[0] as string, first + 1);
  }
  const suffix = text.slice(at, wordEnd);
  // Companies', contracts' and foreign projects are refused for every source of names (`isMalformedOrForeign`).
  if (!hasSpecificWord(parts, suffix) || isDescription(parts, suffix)) return null;
  return { start: first, end: wordEnd, name: text.slice(first, wordEnd) };
}

/**
 * True when the word after a program word is another one (but `사업`) or an event's head
 * (`소부장·팹리스 프로젝트 펀드`, `MDB 프로젝트 플라자`): the name goes on, and what ends here
 * is cut from it.
 */
function continuesName(text: string, end: number, to: number): boolean {
  if (codeAt(text, end) !== 32) return false;
  const next = wordsIn(text, end + 1, Math.min(to, end + 12))[0];
  if (!next || next.start !== end + 1) return false;
  const core = stripParticle(/^[0-9A-Z가-힣]*/i.exec(next.text)?.[0] ?? '').core;
  // `… 바우처 사업`: a generic tail after a program word is the same name.
  return (core !== '사업' && PROGRAM_WORDS.includes(core)) || /^(?:플라자|페어|데이|위크|쇼|엑스포|포럼)$/.test(core);
}

/** Countries and regions abroad: a project named after one is a foreign or private one (`이집트 엘다바 원전건설 사업`). */
const FOREIGN = new Set(
  (
    '이집트 루마니아 일본 미국 중국 베트남 인도네시아 인니 몽골 인도 태국 필리핀 말레이시아 사우디 사우디아라비아 UAE 아랍에미리트 카타르 폴란드 체코 ' +
    '영국 독일 프랑스 호주 캐나다 멕시코 브라질 칠레 페루 우즈베키스탄 카자흐스탄 튀르키예 터키 러시아 우크라이나 케냐 이라크 쿠웨이트 오만 ' +
    '싱가포르 대만 홍콩 네덜란드 스웨덴 노르웨이 핀란드 스페인 이탈리아 헝가리 불가리아 슬로바키아 아프리카 중동 유럽 북미 남미 동남아 아세안 ' +
    // other countries taken together, and the North (`주요국 경기부양 사업`, `개도국 역량배양 사업`)
    '주요국 개도국 개발도상국 각국 북한'
  ).split(' '),
);

/** Business groups and banks by their brand, written as the first word of their programmes' names. */
const BRANDS = new Set('신한 삼성 SK LG 롯데 한화 포스코 KT CJ GS 두산 카카오 네이버 KB NH'.split(' '));

/**
 * A company's programme (`대한항공 … 인턴 프로그램`, `㈜… 구축`) or a procurement contract
 * (`… 전시품 제작사업`, `… 통합유지관리 사업`): not a government program.
 */
function isPrivateOrTender(parts: readonly string[]): boolean {
  if (parts.length > 1 && BRANDS.has(parts[0] as string)) return true; // `신한 … 유스`: a group's own programme
  if (parts.some((p) => /㈜|\(주\)|주식회사|^가맹점/.test(p)) || /(?:항공|은행|증권|그룹|카드|생명|화재|전자|건설|제약)$/.test(parts[0] as string)) return true;
  const joined = parts.join('');
  if (/(?:제작|유지관리|유지보수|건립|용역|감리|정비공사|구매|대형)사업$/.test(joined)) return true;
  // A kind of business or project licensed by law, not a program: `전세버스 운송사업`, `주택조합사업`, `…발전사업`.
  // A company's new line of business (`수전해시스템 신사업`) or a residents' redevelopment (`…구역 주택재개발정비사업`) is private.
  // A residents' redevelopment of an estate (`둔촌주공아파트 재건축사업`) is private too.
  if (/(?:아파트|주공|빌라|맨션)[가-힣\d]{0,12}(?:재건축|재개발)/.test(joined)) return true;
  return parts[parts.length - 1] === '신사업' || /(?:운송|조합|재판매|발전|판매)사업$|판매업$|재개발정비사업$|재건축정비사업$/.test(joined);
}

/**
 * True for a name no source may give, however it was found: unbalanced brackets, a quote
 * mark inside, a company's programme or a procurement contract, a project abroad.
 */
export function isMalformedOrForeign(name: string): boolean {
  if (!wellBracketed(name) || /[‘’“”'"「」『』｢｣]/.test(name) || /^\d/.test(name)) return true;
  const parts = name.split(/\s+/);
  return isPrivateOrTender(parts) || isForeignProject(parts) || INDUSTRY.test(name);
}

/** An industry or a line of business (`지역특화산업`, `농산물 소매업`), named as a sector: no program. */
const INDUSTRY = /(?:산업|[소도]매업|판매업|제조업|서비스업|음식점업|숙박업|운수업|운송업|임대업|중개업|대여업|수리업)$/;

function isForeignProject(parts: readonly string[]): boolean {
  return parts.length > 1 && FOREIGN.has(parts[0] as string);
}

/**
 * Words that describe projects rather than name one, right before a program word written
 * apart (`대형 프로젝트`, `원전설비 수출 유망 프로젝트`, `부처별 AX 사업`, `하위 프로젝트`).
 */
const DESCRIPTIVE = new Set('유망 대형 주요 관련 신규 기존 각종 중장기 하위 대표 개별 후속 유사 중복 예타 AX AI DX ICT R&D 분야별 부처별 지역별 단계별 유형별'.split(' '));

function isDescription(parts: readonly string[], suffix: string): boolean {
  const last = parts[parts.length - 1] as string;
  if (last !== suffix) return false; // glued (`산업기술혁신사업`): a name's own word
  const before = parts[parts.length - 2];
  return before !== undefined && (DESCRIPTIVE.has(before) || /별$/.test(before) || (parts.length === 2 && FOREIGN.has(before)) || (parts.length <= 3 && DESCRIPTIVE.has(parts[0] as string)));
}

/** True when some word of the name is not generic (the program word itself stripped from the last). */
function hasSpecificWord(parts: readonly string[], suffix: string): boolean {
  return parts.some((p, i) => {
    const word = (i === parts.length - 1 ? p.slice(0, -suffix.length) : p).replace(/\($/, ''); // `묶음(패키지)`: the gloss's parenthesis
    if (word === '' || GENERIC.has(word)) return false;
    // One syllable (`신사업`) says nothing; a glued compound of generic words (`수출지원`) is generic too.
    if (word.length < 2 || STOP_WORDS.has(word)) return false;
    return !allGeneric(word);
  });
}

/**
 * True when a glued word is made only of generic words (`수출지원`, `국가연구개발`, `벤처모`),
 * a bracketed gloss ignored (`연구개발(R&D)`). A word of six syllables or more is a name's
 * own compound (`산업혁신기반구축`), however generic its parts.
 */
function allGeneric(word: string): boolean {
  const w = word.replace(/\([^()]*\)/g, '');
  if (w === '' || GENERIC.has(w)) return true;
  if (w.includes('·')) return w.split('·').every((part) => part === '' || allGeneric(part)); // `주택·건설`
  if (w.length >= 6 || w.length < 3) return false;
  const ok: boolean[] = [true];
  for (let i = 1; i <= w.length; i++) {
    ok[i] = false;
    for (let j = Math.max(0, i - 4); j < i && !ok[i]; j++) if (ok[j] && (GENERIC.has(w.slice(j, i)) || (i - j === 1 && GENERIC_SYLLABLES.has(w[j] as string)))) ok[i] = true;
  }
  return ok[w.length] === true;
}

/** Syllables that add nothing to a generic compound (`벤처모펀드`, `지역모펀드`, `자펀드`). */
const GENERIC_SYLLABLES = new Set(['모', '자', '신', '별', '형']);
