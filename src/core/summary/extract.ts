/**
 * One note's summary: the programs it mentions and the figures it states, bound to their
 * programs, agencies and deadlines. Pure and linear in the note's length; the result is
 * plain data, so the workspace index can cache it by content hash (with the configuration:
 * configured aliases change what is found).
 */
import { findClaims } from '../claims';
import type { Config } from '../config';
import type { Claim } from '../model';
import { keySpans } from '../parse/frontMatter';
import { oneBased, type Note } from '../parse/note';
import { buildAgencyRegistry, resolveAgency, type AgencyRegistry } from './agencies';
import { bindAgency, isTopicAt, type BindingScope, type Named } from './binding';
import { articleDate } from './dates';
import { declaredPrograms } from './declared';
import { foldRestatements } from './fold';
import { isKindOfProject } from './kinds';
import { displayText, intern, programKey } from './normalize';
import { cursor, endsWithProgramWord, findPrograms, INSTRUMENT_SET, isBuiltInName, mayRecur, programPhrases, withRestatements } from './programs';
import { buildPhraseIndex, findPhrases, type PhraseIndex } from './phrases';
import { contextPrograms } from './sections';
import { clauseAt, splitSentences, type Sentence } from './sentences';
import { readFigures, type RawFigure } from './targets';
import type { Confidence, Figure, NoteSummary, ProgramMention } from './types';

/** What extraction builds once per configuration. */
interface Lexicons {
  agencies: AgencyRegistry;
  /** Agency names (value: canonical name) and known program names (value: null), scanned in one pass. */
  names: PhraseIndex<string | null>;
}

const lexiconCache = new WeakMap<Pick<Config, 'agencyAliases' | 'programAliases'>, Lexicons>();
/**
 * The same lexicons by the aliases' text: a worker receives a fresh copy of the
 * configuration with every task, and building the lexicons costs far more than a note.
 */
const lexiconsByText = new Map<string, Lexicons>();
const LEXICONS_KEPT = 8;

function lexicons(config: Pick<Config, 'agencyAliases' | 'programAliases'>): Lexicons {
  let l = lexiconCache.get(config);
  if (!l) {
    const text = JSON.stringify([config.agencyAliases, config.programAliases]);
    l = lexiconsByText.get(text);
    if (!l) {
      const agencies = buildAgencyRegistry(config);
      l = { agencies, names: buildPhraseIndex<string | null>([...agencies.phrases, ...programPhrases(config)]) };
      if (lexiconsByText.size >= LEXICONS_KEPT) lexiconsByText.delete(lexiconsByText.keys().next().value!);
      lexiconsByText.set(text, l);
    }
    lexiconCache.set(config, l);
  }
  return l;
}

/**
 * Extracts a note's programs and figures. Never throws on any note. `claims` may pass the
 * claims of `note.prose` when they are already known (the lint finds them too), so they
 * are not recognized twice; otherwise they are found here.
 */
export function extractNote(note: Note, config: Pick<Config, 'agencyAliases' | 'programAliases'>, claims?: readonly Claim[]): NoteSummary {
  const lex = lexicons(config);
  const data = note.frontMatter?.data ?? null;
  const anchor = articleDate(data, note.text, note.bodyStart);
  const prose = note.prose;
  const sentences = outsideProgramsBlock(note, splitSentences(prose, note.bodyStart, note.text));
  const names = findPhrases(lex.names, prose);
  const agencies: Named[] = [];
  const agencyAt = cursor(names.filter((m) => m.value !== null).map((m) => ({ at: m.start, end: m.end, name: m.value as string })));
  sentences.forEach((s, i) => {
    for (const a of agencyAt(s.start, s.end)) if (a.end <= s.end) agencies.push({ start: a.at, end: a.end, id: a.name, sentence: i });
  });
  const known = names.filter((m) => m.value === null).map((m) => ({ start: m.start, end: m.end, name: m.text }));
  const spots = withRestatements(prose, sentences, findPrograms(prose, sentences, known, agencies));
  const programs: (Named & { name: string; confidence: Confidence; plain?: boolean; byWord?: boolean })[] = withRecurrence(
    spots.map((p) => ({ ...p, name: intern(displayName(p.name)), id: intern(programKey(p.name)) })),
    note.bodyStart,
  );
  const found = claims ?? findClaims(prose, anchor ? { anchorYear: anchor.year } : {});
  const raw = readFigures({ prose, sentences, claims: found, programs, agencies, anchor });
  promoteFunded(programs, raw);
  demoteTails(programs);
  const headings = new Set(sentences.filter((s) => prose.charCodeAt(s.start) === 35).map((s) => s.paragraph)); // `#`
  const context = contextPrograms(prose, sentences, programs, headings);
  // Only where the sentence names no program: one that does and binds it none (`7000억 달러 돌파를 위해
  // 무역보험 5조 원을`) has said which figure is the program's.
  const named = new Set(programs.filter((p) => p.confidence !== 'detected').map((p) => p.sentence));
  for (const r of raw) if (r.status === 'target' && !r.program && !named.has(r.sentence)) r.program = context[r.sentence] ?? null;

  const sentenceText = sentenceTexts(note, sentences);
  const declared = declaredPrograms(note, lex.agencies, anchor);
  const mentions: ProgramMention[] = [...declared.mentions];
  const agencyOf = mentionAgencies(prose, sentences, agencies);
  for (const p of programs) {
    const agency = agencyOf(p);
    mentions.push({
      file: note.uri,
      line: oneBased(note, p.start).line,
      start: p.start,
      end: p.end,
      sentence: sentenceText(p.sentence),
      name: p.name,
      key: p.id,
      declared: false,
      confidence: p.confidence,
      agency,
    });
  }
  const issuer = issuingAgency(data, lex.agencies, prose, sentences, agencies);
  const figures = raw.map((r) => toFigure(note, r, programs, sentenceText, issuer));
  return { file: note.uri, date: anchor?.iso ?? null, programs: mentions, figures: foldRestatements([...declared.figures, ...figures], note.bodyStart) };
}

/**
 * A name found only by its program word is `named` once the article uses it twice: a
 * release repeats the programs it is about (`아기유니콘 육성사업` in the lead, the table and
 * the contact line), while a phrase that merely ends in `사업` is rarely said twice alike.
 * A modifier of one or two letters (`보육사업`) names a kind of program, however often said,
 * unless the front matter's title names it too (`녹색펀드`).
 */
function withRecurrence<T extends { id: string; name: string; start: number; confidence: Confidence; plain?: boolean }>(programs: T[], bodyStart: number): T[] {
  const seen = new Map<string, number>();
  const titled = new Set<string>();
  for (const p of programs) {
    if (p.plain) continue;
    seen.set(p.id, (seen.get(p.id) ?? 0) + 1);
    if (p.start < bodyStart) titled.add(p.id);
  }
  // Only names ending in a program word: a bare `K-` word said twice (`K-방역물품`) is still a product or an industry.
  const promoted = (p: T) => (seen.get(p.id) ?? 0) >= 2 && (mayRecur(p.name) || (titled.has(p.id) && endsWithProgramWord(p.name) && !isKindOfProject(p.name)));
  return programs.map((p) => (p.confidence === 'detected' && !p.plain && promoted(p) ? { ...p, confidence: 'named' as const } : p));
}

/**
 * A candidate that a target of its own sentence is bound to is `named`: the article states
 * what the program gets or must reach (`70% 이상을 초격차 프로젝트에 투자한다`). Short
 * modifiers stay candidates, as for recurrence.
 */
function promoteFunded(programs: (Named & { name: string; confidence: Confidence; plain?: boolean })[], raw: readonly RawFigure[]): void {
  const funded = new Set<string>();
  for (const r of raw) if (r.status === 'target' && r.program) funded.add(r.program.id);
  for (const p of programs) if (p.confidence === 'detected' && !p.plain && funded.has(p.id) && mayRecur(p.name) && !INSTRUMENT_SET.has(p.name)) p.confidence = 'named';
}

/**
 * A name that is the tail of a longer program the same article names (`단말기 보급 사업` where
 * it says `바다 내비게이션 단말기 보급사업`, `클러스터 사업` beside `방산혁신클러스터사업`) is
 * cut from it or a short form of it: not a program of its own, so a candidate. Built-in
 * names keep their evidence (`모태펀드` beside `수산모태펀드`), and so do budget lines, which
 * end in no program word (`심사·심판 처리지원` is a line of its own beside `고품질 심사·심판 처리지원`).
 */
function demoteTails(programs: { id: string; name: string; confidence: Confidence; byWord?: boolean }[]): void {
  const strong = [...new Set(programs.filter((p) => p.confidence !== 'detected').map((p) => p.id))];
  if (strong.length < 2) return;
  // A short form the article quotes or restates is its own spelling (`‘상권 르네상스 사업’` beside `디지털 상권 르네상스 사업`).
  const spelled = new Set(programs.filter((p) => !p.byWord).map((p) => p.id));
  for (const p of programs) {
    if (p.confidence === 'named' && !spelled.has(p.id) && endsWithProgramWord(p.name) && !isBuiltInName(p.name) && strong.some((id) => id.length > p.id.length && id.endsWith(p.id)))
      p.confidence = 'detected';
  }
}

/**
 * A program name as shown and exported: on one line (a name may run over a line break,
 * `‘ICT⏎GROWTH’`), without the blank a stripped bullet leaves or a footnote mark (`…들*`).
 */
function displayName(name: string): string {
  let end = name.length;
  while (end > 0 && name.charCodeAt(end - 1) === 42) end--; // `*`
  return name
    .slice(0, end)
    .replace(/\*(?=[*\s])/g, '')
    .replace(/\s+/g, ' ')
    .trim(); // `핵심 도메인 AX* 스타트업`: a footnote mark inside
}

/**
 * Sentences outside the front-matter `programs:` block, which `declared.ts` reads as data:
 * nothing in it is found again as prose (its string values are visible in `note.prose`).
 */
function outsideProgramsBlock(note: Note, sentences: Sentence[]): Sentence[] {
  const spans = note.frontMatter ? keySpans(note.frontMatter, 'programs') : null;
  if (!spans?.value) return sentences;
  const start = spans.key.start;
  const end = spans.value.end;
  return sentences.filter((s) => s.end <= start || s.start >= end);
}

/** Display text per sentence, computed once each and shared by every mention in it. */
function sentenceTexts(note: Note, sentences: readonly Sentence[]): (i: number) => string {
  const cache = new Map<number, string>();
  return (i) => {
    let t = cache.get(i);
    if (t === undefined) {
      const s = sentences[i] as Sentence;
      t = displayText(note.text.slice(s.start, s.end));
      cache.set(i, t);
    }
    return t;
  };
}

/** The agency of a program mention, bound as a figure's is (`binding.ts`). */
function mentionAgencies(prose: string, sentences: readonly Sentence[], agencies: readonly Named[]): (p: Named) => string | null {
  const bySentence = new Map<number, Named[]>();
  const byParagraph = new Map<number, Named[]>();
  for (const a of agencies) {
    (bySentence.get(a.sentence) ?? bySentence.set(a.sentence, []).get(a.sentence))!.push(a);
    const para = (sentences[a.sentence] as Sentence).paragraph;
    (byParagraph.get(para) ?? byParagraph.set(para, []).get(para))!.push(a);
  }
  return (p) => {
    const sentence = sentences[p.sentence] as Sentence;
    const scope: BindingScope<Named> = {
      inSentence: bySentence.get(p.sentence) ?? [],
      inParagraph: byParagraph.get(sentence.paragraph) ?? [],
      sentenceStart: sentence.start,
      clause: clauseAt(prose, sentence, p.start),
      clauseOf: (offset: number) => clauseAt(prose, sentence, offset),
      isTopic: (n) => isTopicAt(prose, n.end),
    };
    return bindAgency(p, scope)?.id ?? null;
  };
}

/** The agency that issued the note: front matter `ministry`/`agency`, else the first agency of a `문의` (contact) line. */
function issuingAgency(data: Record<string, unknown> | null, registry: AgencyRegistry, prose: string, sentences: readonly Sentence[], agencies: readonly Named[]): string | null {
  for (const key of ['ministry', 'agency']) {
    const v = data?.[key];
    if (typeof v === 'string' && v.trim() !== '') return resolveAgency(registry, v);
  }
  const contact = sentences.findIndex((s) => prose.startsWith('문의', s.start));
  return contact >= 0 ? (agencies.find((a) => a.sentence === contact)?.id ?? null) : null;
}

function toFigure(note: Note, r: RawFigure, programs: readonly (Named & { name: string })[], sentenceText: (i: number) => string, issuer: string | null): Figure {
  const program = r.program ? (programs.find((p) => p.start === r.program!.start) ?? null) : null;
  return {
    file: note.uri,
    line: oneBased(note, r.claim.start).line,
    start: r.claim.start,
    end: r.claim.end,
    sentence: sentenceText(r.sentence),
    text: intern(r.claim.text),
    program: program ? program.name : null,
    agency: r.agency?.id ?? issuer,
    value: r.claim.value,
    unit: r.claim.unit,
    deadline: r.deadline?.deadline ? intern(r.deadline.deadline) : null,
    programKey: program?.id ?? null,
    kind: r.claim.kind,
    status: r.status,
    deadlineText: r.deadline ? intern(r.deadline.text) : null,
    delta: r.delta,
    declared: false,
  };
}
