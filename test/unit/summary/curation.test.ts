/** Curation: `programs.ignore` / `programs.include`, program confidence, and `selectSummary`. */
import * as assert from 'node:assert/strict';
import { parseConfigText, type Config } from '../../../src/core/config';
import { createSummaryIndex, mergeSummaries, selectSummary, type NoteSummary, type Summary } from '../../../src/core/summary';
import { config, joinLines, summarize } from './helpers';

/** A configuration with aliases, ignored and included names. */
function curated(c: { aliases?: Record<string, string[]>; ignore?: string[]; include?: string[] }): Config {
  return { ...config({ programs: c.aliases ?? {} }), programIgnore: c.ignore ?? [], programInclude: c.include ?? [] };
}

/** Merges with both paths (bulk and incremental) and checks they agree. */
function merged(notes: readonly NoteSummary[], cfg: Config): Summary {
  const bulk = mergeSummaries(notes, cfg);
  const index = createSummaryIndex(cfg);
  for (const n of notes) index.set(n);
  assert.deepEqual(index.summary(), bulk, 'the incremental index equals the bulk merge');
  return bulk;
}

const levels = (s: Summary) => Object.fromEntries(s.programs.map((p) => [p.name, p.confidence]));

/** Three short articles: a detected name in one, a detected name in two, a named and a declared one. */
function articles(): NoteSummary[] {
  return [
    summarize('중기부는 2027년까지 도약 바우처 사업으로 300개사를 지원할 계획이다. 산업부는 ‘K-수출스타’ 사업으로 2030년까지 500개사를 육성한다.', 'a.md'),
    summarize('코트라는 물류비 절감 프로그램에 참여한 기업을 소개했다. 디지털무역 인력 양성 사업도 편다.', 'b.md'),
    summarize(joinLines('---', 'programs:', '  - name: 수출 첫걸음', '---', '디지털무역 인력 양성 사업은 2028년까지 1000명을 키울 계획이다.'), 'c.md'),
  ];
}

describe('config: programs.ignore and programs.include', () => {
  it('reads both lists, defaults to empty lists, and reports values of the wrong type', () => {
    const ok = parseConfigText(JSON.stringify({ programs: { ignore: ['특별 프로그램'], include: ['수출바우처'] } }), null);
    assert.deepEqual(ok.problems, []);
    assert.deepEqual([ok.config.programIgnore, ok.config.programInclude], [['특별 프로그램'], ['수출바우처']]);
    const none = parseConfigText('{}', null).config;
    assert.deepEqual([none.programIgnore, none.programInclude], [[], []]);
    const bad = parseConfigText(JSON.stringify({ programs: { ignore: '특별 프로그램', include: ['수출바우처', 3] } }), null);
    assert.deepEqual(bad.config.programIgnore, []);
    assert.deepEqual(bad.config.programInclude, ['수출바우처']);
    assert.deepEqual(
      bad.problems.map((p) => [p.pointer, p.message]),
      [
        ['/programs/ignore', 'Unexpected `특별 프로그램` for `programs.ignore`, expected array; it is ignored.'],
        ['/programs/include/1', 'Unexpected `3` for `programs.include.1`, expected string; it is ignored.'],
      ],
    );
    const broken = parseConfigText('{ "programs": ', null).config;
    assert.deepEqual([broken.programIgnore, broken.programInclude], [[], []]);
  });
});

describe('summary: program confidence', () => {
  it('is the strongest mention’s, named when two articles mention it, declared from front matter', () => {
    assert.deepEqual(levels(merged(articles(), config())), {
      '디지털무역 인력 양성 사업': 'named', // detected in b.md and c.md: recurs
      'K-수출스타': 'named', // quoted
      '수출 첫걸음': 'declared', // front matter
      '도약 바우처': 'detected',
      '물류비 절감 프로그램': 'detected',
    });
  });

  it('is declared when the user included any name of the program, spaces and a trailing 사업 aside', () => {
    const cfg = curated({ aliases: { '물류비 절감 프로그램': ['물류 절감 지원'] }, include: ['도약바우처 사업', '물류 절감 지원'] });
    const s = merged(articles(), cfg);
    assert.equal(levels(s)['도약 바우처'], 'declared');
    assert.equal(levels(s)['물류비 절감 프로그램'], 'declared');
  });
});

describe('summary: ignored programs', () => {
  it('drops the program and keeps its targets without a program, in both merges', () => {
    const s = merged(articles(), curated({ ignore: ['도약바우처'] }));
    assert.ok(!s.programs.some((p) => p.name === '도약 바우처'));
    const t = s.targets.find((x) => x.text === '300개사');
    assert.deepEqual([t?.program, t?.programKey], [null, null]);
    assert.ok(
      s.targets.some((x) => x.text === '500개사' && x.program === 'K-수출스타'),
      'other programs keep theirs',
    );
  });

  it('matches the canonical name of a configured group, but not an alias of a built-in one', () => {
    const cfg = { aliases: { '정책 금융': ['수출금융'] } };
    const notes = [summarize('올해 수출금융 360조 원을 공급할 계획이다. 무역보험 가입을 돕는다.', 'a.md', curated(cfg))];
    const byCanonical = merged(notes, curated({ ...cfg, ignore: ['정책금융'] }));
    assert.deepEqual(
      byCanonical.programs.map((p) => p.name),
      ['무역보험'],
    );
    assert.equal(byCanonical.targets[0]!.program, null);
    const byBuiltInAlias = merged(notes, curated({ ...cfg, ignore: ['수출보험'] }));
    assert.deepEqual(byBuiltInAlias.programs.map((p) => p.name).sort(), ['무역보험', '정책 금융']);
  });

  it('keeps the incremental index equal to a full merge as notes about an ignored program come and go', () => {
    const cfg = curated({ ignore: ['물류비 절감'], include: ['디지털무역 인력 양성'] });
    const [a, b, c] = articles() as [NoteSummary, NoteSummary, NoteSummary];
    const index = createSummaryIndex(cfg);
    index.set(a);
    index.set(b);
    assert.deepEqual(index.summary(), mergeSummaries([a, b], cfg));
    index.set(c);
    index.delete('b.md');
    assert.deepEqual(index.summary(), mergeSummaries([a, c], cfg));
    index.set(b);
    assert.deepEqual(index.summary(), mergeSummaries([a, c, b], cfg));
    assert.equal(levels(index.summary())['디지털무역 인력 양성 사업'], 'declared');
  });
});

describe('summary: selectSummary', () => {
  it('keeps programs at or above the level and unbinds the targets of the others', () => {
    const s = merged(articles(), config());
    assert.equal(selectSummary(s, 'detected'), s, 'everything: the summary itself');
    const named = selectSummary(s, 'named');
    assert.deepEqual(named.programs.map((p) => p.name).sort(), ['K-수출스타', '디지털무역 인력 양성 사업', '수출 첫걸음']);
    const t = named.targets.find((x) => x.text === '300개사');
    assert.deepEqual([t?.program, t?.programKey], [null, null]);
    assert.equal(named.targets.length, s.targets.length, 'no target is lost');
    assert.equal(s.targets.find((x) => x.text === '300개사')?.program, '도약 바우처', 'the summary itself is unchanged');
    assert.deepEqual(
      selectSummary(s, 'declared').programs.map((p) => p.name),
      ['수출 첫걸음'],
    );
  });

  it('drops the conflicts of the programs left out', () => {
    const note = (file: string, n: number, date: string) => summarize(joinLines('---', `date: ${date}`, '---', `중기부는 2027년까지 도약 바우처 사업으로 ${n}개사를 지원할 계획이다.`), file);
    // One article each: a short modifier (`도약`) recurs as a kind of program, so it stays a candidate.
    const both = merged([note('a.md', 300, '2025-01-01'), note('b.md', 400, '2025-02-01')], config());
    assert.equal(both.programs[0]!.confidence, 'detected');
    assert.equal(selectSummary(both, 'detected').conflicts.length, 1);
    assert.equal(selectSummary(both, 'named').conflicts.length, 0);
    const withDetected: Summary = { ...both, programs: both.programs.map((p) => ({ ...p, confidence: 'detected' })) };
    const selected = selectSummary(withDetected, 'named');
    assert.deepEqual([selected.programs.length, selected.conflicts.length], [0, 0]);
    assert.ok(selected.targets.every((t) => t.program === null));
  });
});
