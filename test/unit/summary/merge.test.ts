/** Merging notes: program keys, aliases, display names, and conflicts between articles. */
import * as assert from 'node:assert/strict';
import { createSummaryIndex, mergeSummaries, programKey, type Figure, type NoteSummary, type ProgramMention, type Summary, type SummaryIndex } from '../../../src/core/summary';
import { config, fixture, joinLines, summarize } from './helpers';

describe('summary: merging programs', () => {
  it('merges spellings by normalized key, names the program by its most used form and lists the others', () => {
    const a = summarize('‘K-수출스타’ 프로그램을 시작한다. K-수출스타 사업을 넓힌다.', 'a.md');
    const b = summarize('‘K수출스타’ 사업을 이어간다.', 'b.md');
    const s = mergeSummaries([a, b], config());
    assert.equal(s.programs.length, 1);
    const p = s.programs[0]!;
    assert.equal(p.name, 'K-수출스타');
    assert.deepEqual(p.aliases, ['K-수출스타 사업', 'K수출스타']);
    assert.deepEqual(
      p.mentions.map((m) => [m.file, m.line]),
      [
        ['a.md', 1],
        ['a.md', 1],
        ['b.md', 1],
      ],
    );
  });

  it('merges configured aliases under the configured name, and built-in ones (수출보험 is 무역보험)', () => {
    const cfg = config({ programs: { 무역금융: ['수출금융'] } });
    const a = summarize('올해 수출금융 360조 원을 공급할 계획이다.', 'a.md', cfg);
    const b = summarize('무역금융 지원을 늘린다. 수출보험 가입을 돕는다.', 'b.md', cfg);
    const s = mergeSummaries([a, b], cfg);
    assert.deepEqual(
      s.programs.map((p) => [p.name, p.aliases, p.mentions.length]),
      [
        ['무역금융', ['수출금융'], 2],
        ['무역보험', ['수출보험'], 1],
      ],
    );
    assert.equal(s.targets[0]!.program, '무역금융');
  });

  it('prefers the declared name and collects agencies from declarations, mentions and targets', () => {
    const s = mergeSummaries([fixture('export-plan.md'), fixture('export-plan-update.md')], config());
    const star = s.programs.find((p) => p.key === 'k수출스타')!;
    assert.equal(star.name, 'K-수출스타');
    assert.deepEqual(star.agencies, ['대한무역투자진흥공사']);
    assert.deepEqual(
      star.targets.map((t) => [t.text, t.deadline, t.file]),
      [
        ['402억 원', null, 'export-plan.md'],
        ['500개사', '2031', 'export-plan.md'],
        ['500개사', '2030', 'export-plan-update.md'],
      ],
    );
  });

  it('keeps targets without a program in the workspace list, and forecasts and results apart', () => {
    const s = mergeSummaries([fixture('export-plan.md')], config());
    assert.ok(s.targets.some((t) => t.text === '200개 사' && t.program === null));
    assert.deepEqual(
      s.figures.map((f) => [f.text, f.status]),
      [
        ['1.7배', 'forecast'],
        ['9.0%', 'result'],
        ['7000억 달러', 'result'],
      ],
    );
    assert.equal(s.notes, 1);
  });

  it('does not change the note summaries it merges (they are cached)', () => {
    const notes = [fixture('export-plan.md'), fixture('export-plan-update.md')];
    const before = JSON.stringify(notes);
    mergeSummaries(notes, config({ programs: { 'K-수출스타 사업': ['수출스타'] } }));
    assert.equal(JSON.stringify(notes), before);
  });
});

describe('summary: conflicts', () => {
  it('reports another figure for the same period and the same figure with another deadline, with both places', () => {
    const s = mergeSummaries([fixture('export-plan.md'), fixture('export-plan-update.md')], config());
    assert.deepEqual(
      s.conflicts.map((c) => [c.program, c.reason, c.kind, c.unit, c.a.text, c.a.file, c.b.text, c.b.file]),
      [
        ['K-수출스타', 'deadline', 'count', '개사', '500개사', 'export-plan.md', '500개사', 'export-plan-update.md'],
        ['무역금융', 'value', 'money', 'KRW', '370조 원', 'export-plan.md', '360조 원', 'export-plan-update.md'],
      ],
    );
    const c = s.conflicts[1]!;
    assert.deepEqual([c.a.line, c.b.line], [20, 9]);
    assert.ok(c.a.end > c.a.start && c.b.end > c.b.start);
    assert.match(c.message, /무역금융.*360조 원.*export-plan-update\.md:9.*370조 원.*export-plan\.md:20/);
  });

  it('does not report milestones, different years, restatements or one article’s own staging', () => {
    const figure = (file: string, value: number, deadline: string | null): Figure => ({
      file,
      line: 1,
      start: 0,
      end: 1,
      sentence: '',
      text: String(value),
      program: 'P',
      agency: null,
      value,
      unit: '%',
      deadline,
      programKey: 'p',
      kind: 'percent',
      status: 'target',
      deadlineText: null,
      delta: false,
      declared: false,
    });
    const note = (file: string, date: string | null, figures: Figure[]): NoteSummary => ({
      file,
      date,
      figures,
      programs: [{ file, line: 1, start: 0, end: 1, sentence: '', name: 'P', key: 'p', declared: false, confidence: 'named', agency: null }],
    });
    const s = mergeSummaries(
      [
        note('a.md', '2024-01-01', [figure('a.md', 10, '2027'), figure('a.md', 12, null), figure('a.md', 20, '2029'), figure('a.md', 21, '2029')]),
        note('b.md', '2025-01-01', [figure('b.md', 15, '2030'), figure('b.md', 13, null), figure('b.md', 10, '2027')]),
      ],
      config(),
    );
    assert.deepEqual(s.conflicts, []);
  });

  it('reports each differing figure once against the majority, however many articles there are', () => {
    const notes = Array.from({ length: 50 }, (_, i) => summarize(`올해 무역금융 ${i % 10 === 0 ? 360 : 370}조 원을 공급할 계획이다.`, `n${i}.md`));
    const s = mergeSummaries(
      notes.map((n) => ({ ...n, date: '2025-01-01' })),
      config(),
    );
    assert.equal(s.conflicts.length, 1);
    assert.equal(s.conflicts[0]!.a.text, '370조 원');
    assert.equal(s.conflicts[0]!.b.text, '360조 원');
  });
});

describe('summary: incremental index', () => {
  /** A seeded pseudo-random source: the same sequence on every run. */
  function seeded(seed: number): () => number {
    return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  }

  /**
   * Sets `note` in the index and in `held`, or deletes `file` from both. A Map keeps a
   * replaced key's place and puts a re-added one last, as file order in the index does.
   */
  function change(index: SummaryIndex, held: Map<string, NoteSummary>, file: string, note: NoteSummary | null): void {
    if (note) {
      index.set(note);
      held.set(file, note);
    } else {
      assert.equal(index.delete(file), true);
      held.delete(file);
    }
  }

  /** Small articles about a few programs, with figures that sometimes disagree. */
  function article(i: number, variant: number): NoteSummary {
    const programs = ['‘K-수출스타’ 사업', '무역금융', '수출 바우처', '‘청년 인턴십’ 프로그램'];
    const p = programs[(i + variant) % programs.length]!;
    const n = 100 + ((i * 7 + variant) % 3) * 50;
    const text = joinLines('---', `date: 202${i % 3}-05-01`, '---', `코트라는 ${p}으로 2028년까지 ${n}개사를 육성할 계획이다.`, '', `무역금융 ${300 + (variant % 2) * 10}조 원을 공급할 예정이다.`);
    return summarize(text, `n${i}.md`);
  }

  it('always equals merging the notes it holds, through sets, replacements and deletions', () => {
    const cfg = config({ programs: { 무역금융: ['수출금융'] } });
    const index = createSummaryIndex(cfg);
    const held = new Map<string, NoteSummary>();
    let withConflicts = 0;
    const rnd = seeded(5);
    for (let step = 0; step < 120; step++) {
      const i = Math.floor(rnd() * 12);
      change(index, held, `n${i}.md`, held.has(`n${i}.md`) && rnd() < 0.3 ? null : article(i, step));
      // Every few steps the programs are rebuilt in partial turns first (as the host does).
      if (step % 3 === 0) {
        let turns = 0;
        while (!index.refreshSome(0)) turns++;
        assert.ok(turns < 20, `${turns} turns`);
      }
      assert.deepEqual(index.summary(), mergeSummaries([...held.values()], cfg), `step ${step}`);
      assert.equal(index.refreshSome(0), true, 'nothing left once assembled');
      assert.equal(index.size, held.size);
      if (index.summary().conflicts.length > 0) withConflicts++;
    }
    assert.ok(withConflicts > 10, `${withConflicts} steps with conflicts`);
    assert.equal(index.delete('missing.md'), false);
  });

  /**
   * Articles whose spellings, agencies and declarations vary, so a program's display name,
   * aliases and agency order hang on counts and on which note names them first.
   */
  function varied(i: number, variant: number): NoteSummary {
    const spellings = ['수출 바우처', '수출바우처', '‘수출 바우처’ 사업', 'K-수출스타', '‘K수출스타’ 사업'];
    const agencies = ['코트라', '중기부', '산업부', '무보'];
    const pick = (k: number) => (i * 5 + variant * 3 + k) % 7;
    const a = spellings[pick(0) % spellings.length]!;
    const b = spellings[pick(1) % spellings.length]!;
    const agency = agencies[pick(2) % agencies.length]!;
    const other = agencies[pick(3) % agencies.length]!;
    const declares = pick(4) === 0;
    const lines = ['---', `date: 202${i % 3}-05-01`];
    if (declares) lines.push('programs:', `  - name: ${variant % 2 === 0 ? '수출바우처' : 'K-수출스타'}`, `    agency: ${other}`);
    lines.push('---', `${agency}는 ${a}으로 2028년까지 ${100 + (variant % 3) * 50}개사를 육성할 계획이다.`);
    if (pick(5) < 4) lines.push('', `${other}는 ${b}에 ${10 + (variant % 2)}억 원을 지원할 예정이다.`);
    if (pick(6) < 3) lines.push('', `지난해 ${a} 실적은 ${40 + variant}개사로 전년보다 ${variant % 9}.5% 늘었다.`);
    return summarize(joinLines(...lines), `v${i}.md`);
  }

  it('keeps names, aliases and agency order equal to a full merge as first mentions come and go', () => {
    const cfg = config();
    const index = createSummaryIndex(cfg);
    const held = new Map<string, NoteSummary>();
    const rnd = seeded(11);
    const names = new Set<string>();
    for (let step = 0; step < 200; step++) {
      // The first notes change most often: they hold the first-seen places.
      const i = Math.floor(rnd() * rnd() * 10);
      change(index, held, `v${i}.md`, held.has(`v${i}.md`) && rnd() < 0.25 ? null : varied(i, step));
      if (step % 4 === 0) while (!index.refreshSome(0));
      const want = mergeSummaries([...held.values()], cfg);
      assert.deepEqual(index.summary(), want, `step ${step}`);
      for (const p of want.programs) names.add(`${p.name}|${p.aliases.join(',')}|${p.agencies.join(',')}`);
    }
    assert.ok(names.size > 10, `${names.size} distinct name/alias/agency states`);
  });

  it('lists the notes’ figures in turns of their own once the programs are built, and the summary joins them', () => {
    const cfg = config({ programs: { 무역금융: ['수출금융'] } });
    const index = createSummaryIndex(cfg);
    const held = new Map<string, NoteSummary>();
    for (let i = 0; i < 300; i++) change(index, held, `m${String(i).padStart(3, '0')}.md`, article(i, i % 7));
    let turns = 0;
    while (!index.refreshSome(0)) turns++;
    // Four programs take a turn each; 300 notes' figures take several more.
    assert.ok(turns > 6, `${turns} turns`);
    assert.deepEqual(index.summary(), mergeSummaries([...held.values()], cfg));
    // A note changed after its figures were listed is listed again, in the turns too (the
    // summary then only joins the lists).
    change(index, held, 'm007.md', article(7, 3));
    turns = 0;
    while (!index.refreshSome(0)) turns++;
    assert.ok(turns < 10, `${turns} turns`);
    assert.deepEqual(index.summary(), mergeSummaries([...held.values()], cfg));
  });

  it('puts a note deleted and set again before the next summary last, as a full merge does', () => {
    const cfg = config();
    const note = (file: string, n: number) =>
      summarize(joinLines('---', 'date: 2025-03-01', '---', `코트라는 ‘K-수출스타’ 사업으로 2030년까지 ${n}개사를 육성할 계획이다.`, '', `수출 바우처 ${n}억 원을 지원한다는 전망이다.`), file);
    const a = note('a.md', 500);
    const b = note('b.md', 600);
    const index = createSummaryIndex(cfg);
    index.set(a);
    index.set(b);
    index.summary();
    index.delete('a.md');
    index.set(a);
    assert.deepEqual(index.summary(), mergeSummaries([b, a], cfg));
    // The same with the programs rebuilt in between, and with the re-added note changed.
    index.delete('b.md');
    while (!index.refreshSome(0));
    const b2 = note('b.md', 700);
    index.set(b2);
    assert.deepEqual(index.summary(), mergeSummaries([a, b2], cfg));
  });

  it('moves a conflict side to the target it was made from when targets share a place (declared under a YAML alias)', () => {
    const cfg = config();
    // Both declared targets take the place of the program's name: the alias has no place of its own.
    const a = (body: string) =>
      summarize(
        joinLines('---', 'date: 2025-03-01', 'goals: &g', '  - 2030년까지 10% 확대', '  - 2030년까지 500개사 육성', 'programs:', '  - name: K-수출스타', '    targets: *g', '---', '', body),
        'a.md',
      );
    const b = summarize(joinLines('---', 'date: 2025-03-01', '---', '코트라는 ‘K-수출스타’ 사업으로 2030년까지 600개사를 육성할 계획이다.'), 'b.md');
    const first = a('본문이다.');
    assert.deepEqual([first.figures[0]!.start, first.figures[0]!.end], [first.figures[1]!.start, first.figures[1]!.end], 'targets share a place');
    const index = createSummaryIndex(cfg);
    index.set(first);
    index.set(b);
    assert.deepEqual(index.summary(), mergeSummaries([first, b], cfg));
    const edited = a('본문을 고쳤다.');
    index.set(edited);
    const s = index.summary();
    assert.deepEqual(s, mergeSummaries([edited, b], cfg));
    assert.deepEqual(
      s.conflicts.map((c) => [c.a.text, c.b.text]),
      [['500개사', '600개사']],
    );
  });

  /**
   * Note summaries made up directly (faster and more varied than text): spellings that merge
   * by key and by configured alias, declarations, agencies, figures of every status, targets
   * that share a place, and edits that keep a note's targets but move them.
   */
  function madeUp(file: string, rnd: () => number, before?: NoteSummary): NoteSummary {
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    if (before && rnd() < 0.1) return rnd() < 0.5 ? before : structuredClone(before);
    if (before && rnd() < 0.6) {
      // The same targets, moved (another line, sentence, text); mentions kept, moved or some dropped.
      const by = 1 + Math.floor(rnd() * 5);
      const move = <T extends { start: number; end: number; line: number; sentence: string }>(x: T): T => ({
        ...x,
        start: x.start + by,
        end: x.end + by,
        line: x.line + 1,
        sentence: `${x.sentence}'`,
      });
      const named = new Set(before.figures.map((f) => f.program));
      const programs = rnd() < 0.5 ? before.programs.map(move) : before.programs.filter((m) => named.has(m.name) || rnd() < 0.6);
      const figures = before.figures.map((f) => ({ ...move(f), text: rnd() < 0.5 ? f.text : `${f.text} ` }));
      return { file, date: rnd() < 0.8 ? before.date : pick(['2024-05-01', null]), programs, figures };
    }
    const names = ['수출 바우처', '수출바우처', '수출 바우처 사업', 'K-수출스타', 'K수출스타', '무역금융', '수출금융', '수출보험', '청년 인턴십'];
    const agencies = ['코트라', '중기부', '산업부', null, null];
    const metrics = [
      ['percent', '%'],
      ['count', '개사'],
      ['money', 'KRW'],
    ] as const;
    let at = 0;
    const programs: ProgramMention[] = [];
    const declared = rnd() < 0.15 ? 1 + Math.floor(rnd() * 2) : 0;
    const count = declared + Math.floor(rnd() * 4);
    for (let i = 0; i < count; i++) {
      const name = pick(names);
      const start = (at += 1 + Math.floor(rnd() * 10));
      const confidence = i < declared ? 'declared' : rnd() < 0.5 ? 'named' : 'detected';
      programs.push({
        file,
        line: 1 + Math.floor(start / 20),
        start,
        end: start + name.length,
        sentence: `s${start}`,
        name,
        key: programKey(name),
        declared: i < declared,
        confidence,
        agency: pick(agencies),
      });
    }
    const figures: Figure[] = [];
    const figureCount = Math.floor(rnd() * 5);
    for (let i = 0; i < figureCount; i++) {
      // Sometimes at the place of the one before (declared targets under a YAML alias).
      const same = figures.length > 0 && rnd() < 0.4 ? figures[figures.length - 1]! : null;
      const start = same ? same.start : (at += 1 + Math.floor(rnd() * 10));
      // As extraction binds them: a figure's program is one the note mentions.
      const program = same && rnd() < 0.7 ? same.program : programs.length > 0 && rnd() < 0.85 ? pick(programs).name : null;
      const [kind, unit] = pick(metrics);
      const value = pick([10, 20, 30]);
      figures.push({
        file,
        line: same?.line ?? 1 + Math.floor(start / 20),
        start,
        end: same?.end ?? start + 3,
        sentence: same?.sentence ?? `s${start}`,
        text: `${value}${unit}`,
        program,
        agency: pick(agencies),
        value,
        unit,
        deadline: pick(['2030', '2031', null]),
        programKey: program === null ? null : programKey(program),
        kind,
        status: pick(['target', 'target', 'target', 'forecast', 'result'] as const),
        deadlineText: null,
        delta: rnd() < 0.15,
        declared: false,
      });
    }
    return { file, date: pick(['2023-01-01', '2024-05-01', '2024-07-01', null]), programs, figures };
  }

  it('equals a full merge through batches of sets, deletions, re-additions and partial refreshes, and never changes a published summary', () => {
    const rnd = seeded(3);
    for (let run = 0; run < 16; run++) {
      const aliased = config(run % 2 === 0 ? {} : { programs: { 무역금융: ['수출금융'], '수출 바우처 사업': ['K-수출스타'] } });
      // Every third run also ignores and includes names (by a spelling, an alias, a canonical name).
      const cfg = run % 3 === 2 ? { ...aliased, programIgnore: ['K수출스타', '청년 인턴십 사업'], programInclude: ['수출금융', '수출보험'] } : aliased;
      const index = createSummaryIndex(cfg);
      const held = new Map<string, NoteSummary>();
      const published: [Summary, Summary][] = [];
      for (let step = 0; step < 50; step++) {
        // A few changes between reads, the first files most often.
        const changes = 1 + Math.floor(rnd() * rnd() * 4);
        for (let k = 0; k < changes; k++) {
          const file = `f${Math.floor(rnd() * rnd() * 8)}.md`;
          const before = held.get(file);
          change(index, held, file, before && rnd() < 0.25 ? null : madeUp(file, rnd, before));
          if (rnd() < 0.2) for (let turns = Math.floor(rnd() * 3); turns > 0; turns--) index.refreshSome(0);
        }
        if (rnd() < 0.3) while (!index.refreshSome(0));
        if (rnd() < 0.15) continue; // changes pile up until the next read
        const got = index.summary();
        assert.deepEqual(got, mergeSummaries([...held.values()], cfg), `run ${run} step ${step}`);
        assert.equal(index.size, held.size);
        published.push([got, structuredClone(got)]);
        if (published.length > 4) published.shift();
        for (const [p, copy] of published) assert.deepEqual(p, copy, `run ${run} step ${step}: a published summary changed`);
      }
    }
  });

  it('caches the summary until something changes', () => {
    const index = createSummaryIndex(config());
    index.set(fixture('export-plan.md'));
    const first = index.summary();
    assert.equal(index.summary(), first);
    index.set(fixture('export-plan-update.md'));
    assert.notEqual(index.summary(), first);
  });
});
