/** The curation commands' edits of `.policynotes.json`: what they write, and what they keep. */
import * as assert from 'node:assert/strict';
import { applyEdits } from 'jsonc-parser';
import { parseConfigText } from '../../../src/core/config';
import { changedSpan, curateConfigText, type CurationAction } from '../../../src/core/configEdit';
import { joinLines } from '../helpers';

function edited(text: string, action: CurationAction): string {
  const r = curateConfigText(text, action);
  if ('problem' in r) throw new Error(r.problem);
  // The result is a configuration the extension and the CLI read without a problem.
  assert.deepEqual(parseConfigText(r.text, null).problems, [], r.text);
  return r.text;
}

const programs = (text: string) => (JSON.parse(text) as { programs: unknown }).programs;

describe('config edits: curation', () => {
  it('creates programs.ignore in an empty file and appends to it, once per name', () => {
    const one = edited('', { kind: 'ignore', name: '특별 프로그램' });
    assert.equal(one, joinLines('{', '  "programs": {', '    "ignore": [', '      "특별 프로그램"', '    ]', '  }', '}'));
    const two = edited(one, { kind: 'ignore', name: '지역 특화 사업' });
    assert.deepEqual(programs(two), { ignore: ['특별 프로그램', '지역 특화 사업'] });
    assert.equal(edited(two, { kind: 'ignore', name: '특별프로그램' }), two, 'the same name, spaced otherwise, is there already');
  });

  it('keeps the other settings as written, in their order, with the file’s indentation and line ends', () => {
    const text = ['{', '\t"rules": { "line-too-long": "off" },', '\t"programs": {', '\t\t"aliases": { "무역금융": ["수출금융"] }', '\t},', '\t"maxFileSize": 4096', '}', ''].join('\r\n');
    const out = edited(text, { kind: 'include', name: '수출바우처' });
    // jsonc-parser formats the lines it inserts into (here the one the new key follows), nothing else.
    assert.ok(out.startsWith(['{', '\t"rules": { "line-too-long": "off" },', '\t"programs": {', '\t\t"aliases": {'].join('\r\n')), JSON.stringify(out));
    assert.ok(out.includes(['\t\t"include": [', '\t\t\t"수출바우처"', '\t\t]'].join('\r\n')), JSON.stringify(out));
    assert.ok(out.endsWith(['\t"maxFileSize": 4096', '}', ''].join('\r\n')));
    assert.ok(!/[^\r]\n/.test(out), 'CRLF throughout');
  });

  it('moves a name between ignore and include', () => {
    const text = JSON.stringify({ programs: { include: ['수출 바우처 사업', '무역금융'] } }, null, 2);
    assert.deepEqual(programs(edited(text, { kind: 'ignore', name: '수출바우처' })), { include: ['무역금융'], ignore: ['수출바우처'] });
    const back = edited(edited(text, { kind: 'ignore', name: '수출바우처' }), { kind: 'include', name: '수출 바우처' });
    assert.deepEqual(programs(back), { include: ['무역금융', '수출 바우처'], ignore: [] });
  });

  it('merges a program into another: a new entry, or the existing one, taking the merged one’s aliases along', () => {
    assert.deepEqual(programs(edited('{}', { kind: 'merge', name: '수출금융', into: '무역금융' })), { aliases: { 무역금융: ['수출금융'] } });
    const text = JSON.stringify({ programs: { aliases: { '무역 금융': ['정책금융'], 수출금융: ['수출 금융 지원', '무역금융'] } } }, null, 2);
    assert.deepEqual(programs(edited(text, { kind: 'merge', name: '수출금융', into: '무역금융' })), { aliases: { '무역 금융': ['정책금융', '수출금융', '수출 금융 지원'] } });
    assert.deepEqual(curateConfigText(text, { kind: 'merge', name: '무역 금융', into: '무역금융' }), { problem: '`무역 금융` and `무역금융` are already one program.' });
  });

  it('renames: the new name becomes the key, the old one and its aliases its aliases', () => {
    assert.deepEqual(programs(edited('{}', { kind: 'rename', from: '스마트공장 바우처', to: '스마트공장 고도화 바우처' })), { aliases: { '스마트공장 고도화 바우처': ['스마트공장 바우처'] } });
    const text = JSON.stringify({ programs: { aliases: { 수출금융: ['수출 금융 지원'] } } });
    assert.deepEqual(programs(edited(text, { kind: 'rename', from: '수출금융', to: '무역금융' })), { aliases: { 무역금융: ['수출금융', '수출 금융 지원'] } });
    // Only the spelling changes: the entry is renamed, the old spelling is no alias (same key).
    assert.deepEqual(programs(edited(text, { kind: 'rename', from: '수출금융', to: '수출 금융' })), { aliases: { '수출 금융': ['수출 금융 지원'] } });
    assert.ok('problem' in curateConfigText(text, { kind: 'rename', from: '수출금융', to: '  ' }));
  });

  it('refuses a file it cannot edit safely instead of guessing', () => {
    assert.match((curateConfigText('{ "programs": ', { kind: 'ignore', name: 'x사업' }) as { problem: string }).problem, /not valid JSON/);
    assert.match((curateConfigText('[]', { kind: 'ignore', name: 'x사업' }) as { problem: string }).problem, /not hold a JSON object/);
    assert.match((curateConfigText('{"programs":{"ignore":"x"}}', { kind: 'ignore', name: 'x사업' }) as { problem: string }).problem, /`programs\.ignore` .* not a list/);
  });

  it('gives one minimal replacement between the two texts', () => {
    const before = JSON.stringify({ rules: {}, programs: { ignore: ['가나 사업'] }, maxFileSize: 4096 }, null, 2);
    const after = edited(before, { kind: 'ignore', name: '다라 사업' });
    const change = changedSpan(before, after);
    assert.equal(applyEdits(before, [change]), after);
    assert.ok(change.content.includes('다라 사업') && !change.content.includes('maxFileSize') && !change.content.includes('rules'), JSON.stringify(change));
    assert.deepEqual(changedSpan(before, before), { offset: before.length, length: 0, content: '' });
  });
});
