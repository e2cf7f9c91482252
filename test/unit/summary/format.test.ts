/** Report formats: the JSON contract (field order included), Markdown and CSV escaping. */
import * as assert from 'node:assert/strict';
import { mergeSummaries, toCsv, toJson, toMarkdown, type Summary } from '../../../src/core/summary';
import { config, fixture, joinLines, summarize } from './helpers';

function workspace(): Summary {
  return mergeSummaries([fixture('export-plan.md'), fixture('export-plan-update.md')], config());
}

const T_FIELDS = ['text', 'program', 'agency', 'value', 'unit', 'deadline', 'file', 'line'];

describe('summary: JSON', () => {
  it('follows the contract: fields, order, and extras only after the contract fields', () => {
    const doc = JSON.parse(toJson(workspace())) as Record<string, unknown[]>;
    assert.deepEqual(Object.keys(doc).slice(0, 2), ['programs', 'targets']);
    const program = doc.programs![0] as Record<string, unknown>;
    assert.deepEqual(Object.keys(program), ['name', 'aliases', 'agencies', 'mentions', 'targets', 'confidence']);
    assert.deepEqual(Object.keys((program.mentions as object[])[0]!), ['file', 'line']);
    for (const t of [...(doc.targets as object[]), ...(program.targets as object[])]) assert.deepEqual(Object.keys(t).slice(0, 8), T_FIELDS);
  });

  it('gives targets their values, units and resolved deadlines', () => {
    const doc = JSON.parse(toJson(workspace())) as { targets: Record<string, unknown>[] };
    assert.deepEqual(
      doc.targets.find((t) => t.text === '370조 원'),
      {
        text: '370조 원',
        program: '무역금융',
        agency: '한국무역보험공사',
        value: 370000000000000,
        unit: 'KRW',
        deadline: '2025',
        file: 'export-plan.md',
        line: 20,
        kind: 'money',
        status: 'target',
        deadlineText: '올해',
        sentence: '코트라는 ‘K-수출스타’ 사업으로 유망 기업 500개사를 키우고, 무보는 올해 무역금융 370조 원을 공급할 계획이다.',
      },
    );
  });

  it('lists a mention once per line', () => {
    const s = mergeSummaries([summarize('무역금융과 무역금융, 또 무역금융을 공급한다.', 'a.md')], config());
    const doc = JSON.parse(toJson(s)) as { programs: { mentions: unknown[] }[] };
    assert.deepEqual(doc.programs[0]!.mentions, [{ file: 'a.md', line: 1 }]);
  });
});

describe('summary: Markdown', () => {
  it('has programs, targets, conflicts and other figures', () => {
    const md = toMarkdown(workspace());
    assert.match(md, /^# Programs and targets\n\n\d+ programs?, \d+ targets? and 2 conflicts in 2 notes\./);
    for (const heading of ['## Programs', '## Targets', '## Conflicts', '## Forecasts and results']) assert.ok(md.includes(`\n${heading}\n`), heading);
    assert.ok(md.includes('| 370조 원 | 무역금융 | 한국무역보험공사 | 2025 | export-plan.md:20 |'));
  });

  it('escapes pipes, line breaks and HTML in cells', () => {
    const text = joinLines('---', 'programs:', '  - name: "</script>|<b>x</b>\\nnext"', '    targets: ["100곳"]', '---');
    const md = toMarkdown(mergeSummaries([summarize(text, 'a|b.md')], config()));
    assert.ok(!md.includes('</script>'));
    assert.ok(md.includes('| &lt;/script>\\|&lt;b>x&lt;/b> next |'), md);
    assert.ok(md.includes('a\\|b.md:3'));
  });

  it('says so when there is nothing', () => {
    const md = toMarkdown(mergeSummaries([], config()));
    assert.ok(md.includes('No programs found.') && md.includes('No targets found.') && md.includes('No conflicting figures'));
  });
});

describe('summary: CSV', () => {
  it('has one row per target, contract columns first, quoted where needed', () => {
    const csv = toCsv(workspace());
    assert.ok(csv.startsWith('\uFEFF'), 'a byte-order mark, so Excel reads UTF-8');
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines[0], 'text,program,agency,value,unit,deadline,file,line,kind,status,deadlineText');
    assert.ok(lines.includes('370조 원,무역금융,한국무역보험공사,370000000000000,KRW,2025,export-plan.md,20,money,target,올해'));
    assert.equal(lines.at(-1), '');
  });

  it('neutralizes spreadsheet formulas and quotes commas and quotes', () => {
    const text = joinLines('---', 'programs:', '  - name: \'=HYPERLINK("x"),1\'', '    targets: ["100곳"]', '---');
    const row = toCsv(mergeSummaries([summarize(text, 'a.md')], config())).split('\r\n')[1]!;
    assert.ok(row.startsWith('100곳,"\'=HYPERLINK(""x""),1",'), row);
  });
});
