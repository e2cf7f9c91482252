/**
 * Names that say what kind of project something is rather than which program it is
 * (docs/summary-accuracy.md, "Kinds of projects"). Such a name found by its program word is
 * no `named` program however often an article says it or funds it: only quotes, brackets, a
 * configuration or the front matter make it one.
 *
 * Each class is a lexicon or a shape, never a particular name:
 * - an object and the action done to it (`훼손지 복원사업`, `상권 활성화 사업`): a short
 *   object written apart from an action word;
 * - an umbrella of many programs (`보건의료 연구개발사업`, `농업기술 공적개발원조(ODA) 사업`):
 *   one field or body before an umbrella head, or a `분야` word (`산림분야 사업`);
 * - a body's programs (`…연구원 연구개발사업`, `…공사 …지원 사업`): a name opened by an
 *   organisation's name;
 * - a kind of project licensed by law (`가로주택정비사업`, `위치기반서비스사업`) or a new line
 *   of business (`신제품·신사업`);
 * - software called a 프로그램 (`배합비 프로그램`).
 */
import { GENERIC, PROGRAM_WORDS } from './suffixNames';

/** What a project does to its object: with a short object before it, the phrase describes a project. */
const ACTIONS = new Set(
  (
    '지원 조성 복원 구축 공급 감축 예방 보급 설치 확충 활성화 창출 개선 관리 예방관리 정비 공모 발굴 강화 역량강화 확산 홍보 운영 교육 ' +
    '고도화 실증 개발 보수 보강 정화 유치 전환 도입 확대 추진 보전 복구 이전 활용'
  ).split(' '),
);

/** Heads that gather many programs of a field (`… 연구개발사업`, `… ODA 사업`). */
const UMBRELLA = /(?:연구개발|R&D|RD|ODA|공적개발원조|공적개발원조\(ODA\)|개발협력|국제개발협력|무상원조|우주개발|국책|재정지원)$/i;

/** Words that make a phrase a field or category (`산림분야 사업`, `장기 미션 중심 …`). */
const CATEGORY_WORD = /(?:분야|중심|계열)$/;

/** Last words of an organisation's name. */
const ORGANISATION = /(?:공사|공단|재단|연구원|진흥원|평가원|협회|은행|금융그룹|그룹|자산운용|연구소|대학교|대학원|센터|협의회|위원회)$/;

/** Kinds of project or business licensed by law, named alone. */
const LEGAL_KINDS = /^(?:가로주택정비|소규모재건축|자율주택정비|소규모주택정비|주거환경개선|도시개발|택지개발|도시정비|재개발|재건축|위치기반서비스|개인위치정보|민간제안|민간투자)사업$/;

/** Programs that are software (`배합비 프로그램`, `웹셸 탐지 프로그램`): a tool, not a program. */
const SOFTWARE = /(?:작성|계산|탐지|분석|설계|배합비|산출|변환|시뮬레이션|백신|앱)\s?프로그램$/;

/** Heads of cooperation between parties. */
const COOPERATION = /^(?:협력|융합|연계|공동|교류|협업|상생협력)$/;

/** Words ending in `간` that are not "between" (`공간`, `민간`, `기간`). */
const NOT_BETWEEN = /(?:공간|민간|기간|시간|중간|주간|연간|인간|월간|야간|구간|순간|신간)$/;

/** Who funds a fund (`정책펀드`, `민간펀드`): a category of funds, not one fund. */
const FUNDERS = new Set(['정책', '민간', '사모', '공공', '민관', '관민']);

/** The words of a name before its program words (`훼손지 복원사업` → `훼손지`, `복원`). */
function modifierWords(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => w !== '');
  for (let again = true; again && words.length > 0;) {
    const last = words[words.length - 1] as string;
    const w = PROGRAM_WORDS.find((x) => last.endsWith(x) || last.endsWith(`(${x})`));
    again = w !== undefined;
    if (w) {
      const rest = last.slice(0, last.endsWith(`(${w})`) ? -(w.length + 2) : -w.length);
      if (rest === '') words.pop();
      else {
        words[words.length - 1] = rest;
        again = false;
      }
    }
  }
  return words;
}

function letters(word: string): number {
  return word.replace(/[^0-9A-Z가-힣]/gi, '').length;
}

/** True when a name found by its program word names a kind of project (see above), not one program. */
export function isKindOfProject(name: string): boolean {
  const joined = name.replace(/\s+/g, '');
  if (LEGAL_KINDS.test(joined) || SOFTWARE.test(name) || /(?:^|[·\s])신사업$/.test(name)) return true;
  const words = modifierWords(name);
  if (words.length === 0) return false;
  const first = words[0] as string;
  // `…연구원 연구개발사업`; `…협의회 및 반도체 생태계펀드` (a meeting's title naming a fund).
  if (words.length >= 2 && (ORGANISATION.test(first) || words.some((w) => /(?:협의회|위원회)$/.test(w)))) return true;
  if (words.some((w, i) => i < words.length - 1 && CATEGORY_WORD.test(w)) || (words.length === 1 && CATEGORY_WORD.test(first) && first.length > 2)) return true;
  const last = words[words.length - 1] as string;
  // `부처 간 융합사업`, `수요-공급기업간 협력사업`: cooperation between parties, a kind of project.
  if (COOPERATION.test(last) && words.slice(0, -1).some((w) => w === '간' || (w.length >= 3 && w.endsWith('간') && !NOT_BETWEEN.test(w)))) return true;
  // `소부장 정책펀드`, `소부장 민간펀드`: funds grouped by who funds them.
  if (words.length <= 2 && FUNDERS.has(last) && /펀드\)?$/.test(name)) return true;
  // `항만건설·수산자원 지원사업`: fields listed with `·`, then only an action: a grouping of programs.
  if (words.length === 2 && /[·․]/.test(first) && ACTIONS.has(last)) return true;
  // `신남방·신북방 프로그램`: a list of short regions or fields alone before the head.
  if (words.length === 1 && /[·․]/.test(first) && first.split(/[·․]/).every((w) => w.length >= 1 && w.length <= 3)) return true;
  // `보건의료 연구개발사업`, `농식품 연구개발사업`: one word before the umbrella head.
  if (UMBRELLA.test(last) && words.length <= 2) return true;
  // `지역 일자리 창출 프로젝트`: generic words and actions only.
  if (words.every((w) => GENERIC.has(w) || ACTIONS.has(w))) return true;
  // `훼손지 복원사업`, `재생에너지 공급 사업`, `온실가스 감축 역량강화 사업`: a short object, then what is done to it.
  return words.length >= 2 && words.slice(1).every((w) => ACTIONS.has(w)) && letters(first) <= 5 && !first.includes('(');
}
