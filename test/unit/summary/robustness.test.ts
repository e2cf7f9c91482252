/** Bad and hostile input: the summary never throws, never hangs, and stays plain data. */
import * as assert from 'node:assert/strict';
import { mergeSummaries, toJson } from '../../../src/core/summary';
import { config, fixture, joinLines, summarize } from './helpers';

/**
 * Runs `fn` and fails when it takes longer than `ms`. A slow run is retried twice: a
 * pathological input is slow every time, a busy machine only now and then.
 */
function within<T>(ms: number, fn: () => T): T {
  let best = Infinity;
  let out: T | undefined;
  for (let k = 0; k < 3 && best >= ms; k++) {
    const t0 = performance.now();
    out = fn();
    best = Math.min(best, performance.now() - t0);
  }
  assert.ok(best < ms, `took ${best.toFixed(0)} ms, expected under ${ms}`);
  return out as T;
}

describe('summary: robustness', () => {
  it('survives odd front matter: programs of the wrong shape, prototype keys, aliases, no data', () => {
    const cases = [
      joinLines('---', 'programs: 3', '---', '본문'),
      joinLines('---', 'programs:', '  - 3', '  - null', '  - name: 7', '  - name: ""', '  - {name: 유효, targets: 5, budget: [1]}', '---'),
      joinLines('---', '__proto__: {polluted: 1}', 'programs:', '  - name: __proto__', '    targets: ["constructor 10곳"]', '---'),
      joinLines(
        '---',
        'a0: &a0 [x, x, x, x, x, x, x, x, x]',
        'a1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]',
        'a2: [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]',
        '---',
        '본문 2028년까지 10곳을 늘린다.',
      ),
      joinLines('---js', '{t: 1}', '---', '본문'),
      joinLines('---', 'title: x', '', '# 제목', '', '2028년까지 200개 사를 늘린다.'),
      '',
      '\n\n',
      '---\n---\n',
      '\uFEFF---\ntitle: 가\n---\n2028년까지 9.0%로 높인다.',
    ];
    for (const text of cases) {
      const note = summarize(text);
      assert.deepEqual(JSON.parse(JSON.stringify(note)), note);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const declared = summarize(cases[1]!).programs.filter((m) => m.declared);
    assert.deepEqual(
      declared.map((m) => m.name),
      ['유효'],
    );
  });

  it('never throws on random text built from the detectors’ own characters, and keeps offsets inside the text', () => {
    const alphabet = Array.from(
      '0123456789,.%~ \n\n‘’“”\'"()「」K-사업프로그램젝트펀드바우처무역금융보험산업부무보코트라는을를의에까지년내향후올해하반기목표육성확대전망기록했다계획#>|*<b></b>&nbsp;',
    );
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 400; k++) {
      let text = '';
      const len = 1 + Math.floor(rnd() * 200);
      for (let j = 0; j < len; j++) text += alphabet[Math.floor(rnd() * alphabet.length)];
      const note = summarize(k % 2 ? `---\ntitle: ${text.replace(/\n/g, ' ')}\n---\n${text}` : text);
      for (const x of [...note.programs, ...note.figures]) assert.ok(x.start >= 0 && x.end > x.start && x.line >= 1, JSON.stringify(x));
    }
  });

  it('gives the same figures and lines for CRLF, CR-only and LF text', () => {
    const lf = joinLines('---', 'date: 2025-01-01', '---', '', '정부는 2028년까지 200개 사를', '늘릴 계획이다.', '', '무역금융 370조 원을 공급할 예정이다.');
    const shape = (t: string) => summarize(t).figures.map((f) => [f.text, f.line, f.deadline, f.program]);
    assert.deepEqual(shape(lf.replace(/\n/g, '\r\n')), shape(lf));
    assert.deepEqual(shape(lf.replace(/\n/g, '\r')), shape(lf));
  });

  it('stays fast on hostile lines (docs/design.md, cases H21 and H22)', () => {
    const line = (unit: string, n: number) => unit.repeat(n);
    const hostile = [
      line('0만 ', 600000), // one huge line: skipped
      line('1개 ', 999), // a line at the limit, full of figures
      line('‘', 3999),
      line('‘K-', 1300),
      line('사업', 1999),
      line('K-수출스타 사업을 ', 360),
      line('2028년까지 ', 440),
      line('산업부는 ', 790),
      line('무역금융 370조 원, ', 280),
      joinLines(...Array.from({ length: 3000 }, () => '정부는 2028년까지 200개 사를')),
      line('(', 3999),
    ];
    for (const text of hostile) within(1000, () => summarize(text));
  });

  it('merges 20,000 notes (260,000 mentions and figures) in linear time', () => {
    const one = fixture('export-plan.md');
    const notes = Array.from({ length: 20000 }, (_, i) => ({
      ...one,
      file: `n${i}.md`,
      programs: one.programs.map((m) => ({ ...m, file: `n${i}.md` })),
      figures: one.figures.map((f) => ({ ...f, file: `n${i}.md` })),
    }));
    const s = within(5000, () => mergeSummaries(notes, config())); // ~150 ms here; quadratic work would take minutes
    assert.equal(s.notes, 20000);
    assert.ok(toJson(s).length > 0);
  });
});
