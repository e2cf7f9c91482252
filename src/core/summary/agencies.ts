/**
 * Agencies: a built-in registry of Korean ministries, agencies and public bodies with the
 * short names the press uses (산업부, 무보, 코트라 …), extended by `.policynotes.json`
 * (`agencies.aliases`), and detection of those names in text.
 *
 * A configured group that shares any name with a built-in group joins it, and the
 * configured canonical name becomes the display name: `{"산업통상부": ["산업부"]}` renames
 * the built-in 산업통상자원부 group instead of creating a second one.
 */
import type { Config } from '../config';
import { agencyKey } from './normalize';
import type { Phrase } from './phrases';

/** Canonical name first, then the names it also goes by. */
const BUILT_IN: readonly (readonly string[])[] = [
  ['산업통상자원부', '산업부', '산업통상부', '산자부', 'MOTIE'],
  ['기획재정부', '기재부'],
  ['과학기술정보통신부', '과기정통부', '과기부'],
  ['중소벤처기업부', '중기부'],
  ['대한무역투자진흥공사', 'KOTRA', 'Kotra', '코트라'],
  ['한국무역보험공사', '무보', '무역보험공사', 'K-SURE', 'K-sure'],
  ['한국무역협회', '무역협회', '무협', 'KITA'],
  ['외교부'],
  ['국토교통부', '국토부'],
  ['농림축산식품부', '농식품부', '농림부'],
  ['해양수산부', '해수부'],
  ['환경부'],
  ['기후에너지환경부', '기후부'],
  ['고용노동부', '고용부', '노동부'],
  ['보건복지부', '복지부'],
  ['교육부'],
  ['문화체육관광부', '문체부'],
  ['행정안전부', '행안부'],
  ['여성가족부', '여가부'],
  ['성평등가족부'],
  ['국방부'],
  ['법무부'],
  ['통일부'],
  ['국가보훈부', '보훈부', '국가보훈처', '보훈처'],
  ['금융위원회', '금융위'],
  ['금융감독원', '금감원'],
  ['공정거래위원회', '공정위'],
  ['방송통신위원회', '방통위'],
  ['개인정보보호위원회', '개인정보위'],
  ['원자력안전위원회', '원안위'],
  ['국민권익위원회', '권익위'],
  ['국무조정실'],
  ['관세청'],
  ['조달청'],
  ['통계청', '국가데이터처'],
  ['특허청', '지식재산처'],
  ['식품의약품안전처', '식약처'],
  ['질병관리청', '질병청'],
  ['소방청'],
  ['경찰청'],
  ['산림청'],
  ['기상청'],
  ['국세청'],
  ['농촌진흥청', '농진청'],
  ['병무청'],
  ['국가유산청', '문화재청'],
  ['해양경찰청', '해경'],
  ['방위사업청', '방사청'],
  ['인사혁신처', '인사처'],
  ['법제처'],
  ['재외동포청'],
  ['우주항공청'],
  ['행정중심복합도시건설청', '행복청'],
  ['새만금개발청'],
  ['국가기술표준원', '국표원'],
  ['한국산업단지공단', '산단공', '산업단지공단'],
  ['한국산업기술기획평가원', 'KEIT'],
  ['한국산업기술진흥원', 'KIAT'],
  ['한국석유공사', '석유공사'],
  ['한국가스공사', '가스공사'],
  ['한국전력공사', '한전', 'KEPCO'],
  ['신용보증기금', '신보'],
  ['기술보증기금', '기보'],
  ['중소벤처기업진흥공단', '중진공'],
  ['소상공인시장진흥공단', '소진공'],
  ['한국수출입은행', '수출입은행'],
  ['한국산업은행', '산업은행', '산은'],
  ['중소기업중앙회', '중기중앙회'],
  ['대한상공회의소', '대한상의'],
  ['서울특별시', '서울시'],
  ['부산광역시', '부산시'],
  ['대구광역시', '대구시'],
  ['인천광역시', '인천시'],
  ['광주광역시', '광주시'],
  ['대전광역시', '대전시'],
  ['울산광역시', '울산시'],
  ['세종특별자치시', '세종시'],
  ['경기도'],
  ['강원특별자치도', '강원도'],
  ['충청북도', '충북도'],
  ['충청남도', '충남도'],
  ['전북특별자치도', '전라북도', '전북도'],
  ['전라남도', '전남도'],
  ['경상북도', '경북도'],
  ['경상남도', '경남도'],
  ['제주특별자치도'],
];

/** Agency names resolved to canonical names, ready for scanning. */
export interface AgencyRegistry {
  /** Every known name, its value the canonical name (scanned with `findPhrases`). */
  phrases: Phrase<string>[];
  /** agencyKey(any known name) → canonical name. */
  canonical: Map<string, string>;
}

/** Built-in groups merged with configured ones (see the file comment for the rule). */
export function buildAgencyRegistry(config: Pick<Config, 'agencyAliases'>): AgencyRegistry {
  const groups: { name: string; names: Set<string> }[] = BUILT_IN.map((g) => ({ name: g[0] as string, names: new Set(g) }));
  const byKey = new Map<string, (typeof groups)[number]>();
  for (const g of groups) for (const n of g.names) byKey.set(agencyKey(n), g);
  for (const [name, aliases] of Object.entries(config.agencyAliases)) {
    const names = [name, ...aliases].filter((n) => n.trim() !== '');
    const existing = names.map((n) => byKey.get(agencyKey(n))).find((g) => g !== undefined);
    const group = existing ?? { name, names: new Set<string>() };
    if (!existing) groups.push(group);
    group.name = name;
    for (const n of names) {
      group.names.add(n);
      byKey.set(agencyKey(n), group);
    }
  }
  const canonical = new Map<string, string>();
  const phrases: Phrase<string>[] = [];
  for (const g of groups) {
    for (const n of g.names) {
      canonical.set(agencyKey(n), g.name);
      phrases.push({ text: n, value: g.name });
    }
  }
  return { phrases, canonical };
}

/** The canonical name of an agency as written (front matter), or the name itself when unknown. */
export function resolveAgency(registry: AgencyRegistry, name: string): string {
  return registry.canonical.get(agencyKey(name)) ?? name.trim();
}
