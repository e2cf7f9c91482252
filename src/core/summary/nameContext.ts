/**
 * What the text around a program name says about it: the name is cut from a longer one or
 * sits inside a title, is a business a place attracts, belongs to a company, a university or
 * an international organisation, is one of a count of projects, is part of a web address, or
 * stands in a sentence about contracts and tenders. `programs.ts` asks these questions of
 * every name it finds; the rules are described in docs/summary-accuracy.md.
 */
import { isWordChar } from './normalize';
import type { NameSpot } from './suffixNames';
import { codeAt } from '../text/codeAt';

/** `… 사업 유치`: a business a place attracts is a private industry, not a government program. */
export const ATTRACTED = /^[을를]?\s?유치/;

/**
 * `cut` when a name found inside other text is cut from a longer one: its last word is joined
 * by `·` to the next (`지역특화산업·기업 육성`), or a masked entity glued a word to it (`R&D;펀드`
 * leaves a lone `R` and blanks); `titled` when it lies inside a quoted title that goes on after
 * it (`‘문화유산 활용프로그램 아이디어 공모전’`).
 */
export function isCut(prose: string, from: number, to: number, spot: NameSpot): 'cut' | 'titled' | null {
  if (/(?:^|\s)[A-Z]\s{2,}\S/i.test(spot.name)) return 'cut';
  if (prose.charCodeAt(spot.start - 1) !== 32 && /[‘“'"「『《〈｢]/.test(prose[spot.start - 1] ?? '')) return null; // quoted: its own evidence
  const next = prose.charCodeAt(spot.end);
  if ((next === 0xb7 || next === 0x30fb || next === 0xff65) && isWordChar(codeAt(prose, spot.end + 1))) return 'cut';
  let open = spot.start - 1;
  while (open >= from && !OPENS.has(prose[open] as string)) {
    if (CLOSES.has(prose[open] as string)) return null;
    open--;
  }
  if (open < from) return null;
  return prose.slice(spot.end, Math.min(to, spot.end + 40)).search(/[’”」』》〉｣]/) > 0 ? 'titled' : null;
}

const OPENS = new Set(['‘', '“', '「', '『', '《', '〈', '｢']);
const CLOSES = new Set(['’', '”', '」', '』', '》', '〉', '｣']);

/** Words of sentences about contracts, tenders and orders (`… 등 "협상에 의한 계약"`, `… 사업을 수주`); a 발주처 is only a party. */
export const TENDER_RE = /계약|입찰|발주(?!처)|낙찰|수주/;

/** True when a name is part of a web address (`www.평생교육바우처.kr`). */
export function isInAddress(prose: string, start: number): boolean {
  const c = codeAt(prose, start - 1);
  return c === 46 || c === 47 || c === 64; // `.`, `/`, `@`
}

/**
 * True when the words right before a name say it is a company's (`한솔제지의 동반성장 프로그램`,
 * `NH-Amundi자산운용의 …펀드`, `신한금융그룹이 운영중인 …`) or one of a count of projects
 * (`총 19개 보건의료 연구개발사업`): not one government program.
 */
export function isOwnedOrCounted(prose: string, from: number, start: number, to: number): boolean {
  const before = prose.slice(Math.max(from, start - 24), start).replace(/[‘“'"「『《〈｢]$/, '');
  return OWNER_RE.test(before) || INTERNATIONAL_RE.test(before) || /\d\s?개의?\s$/.test(before) || PRIVATE_SUBJECT_RE.test(prose.slice(from, Math.min(to, start + 60)));
}

const OWNER_RE =
  /(?:㈜|\(주\)|주식회사|자산운용|그룹|제지|전자|은행|증권|카드|생명|화재|건설|제약|홀딩스|기업들?|업체들?|재단|대학교|대학|학부|학과)[의이가]\s?(?:[가-힣]{1,4}\s?중인\s|[가-힣]{1,4}하는\s)?$/;

/** International organisations before their own projects (`세계식량계획(WFP) ｢…｣`). */
const INTERNATIONAL_RE = /(?:세계식량계획|유니세프|세계보건기구|유엔개발계획|WFP|UNICEF|UNDP|WHO|FAO)\)?의?\s?$/;

/**
 * Business groups, banks and power companies by their brand: a sentence whose subject is one
 * (`중부발전-SK는 …`, `신한금융희망재단은 ‘…’ 프로그램을 통해`) is about that company's own
 * business or foundation programme, not a government program; so is one whose subject is a
 * company left unnamed (`S사가 … 사업을 개시`).
 */
const PRIVATE_SUBJECT_RE =
  /(?:^|[\s(])(?:[A-Z]사[가는이은](?=\s)|(?:[가-힣A-Za-z]+[-·])?(?:신한|삼성|SK|LG|롯데|한화|포스코|KT|CJ|GS|두산|카카오|네이버|KB|하나금융|우리금융|NH농협|현대차|현대자동차|현대건설|중부발전|남부발전|서부발전|동서발전|남동발전)(?:[-·][가-힣A-Za-z]+)?[가-힣]{0,8}[은는이가](?=[\s‘“'"]))/;
