import assert from 'node:assert/strict';
import { MAX_OFFSET, MAX_URI_LENGTH, parseWebviewMessage } from '../../../src/core/report/messages';

describe('report: webview message validation', () => {
  it('accepts the four known shapes and copies only their fields', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready', extra: 1 }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'export', format: 'csv' }), { type: 'export', format: 'csv' });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', file: 'file:///w/a.md', start: 3, end: 9, command: 'x' }), { type: 'reveal', file: 'file:///w/a.md', start: 3, end: 9 });
    assert.deepEqual(parseWebviewMessage({ type: 'confidence', level: 'detected', x: 1 }), { type: 'confidence', level: 'detected' });
  });

  it('ignores docs/design.md, case H25: unknown types, null, arrays, command URIs and huge strings', () => {
    const bad: unknown[] = [
      null,
      undefined,
      42,
      'reveal',
      [],
      ['reveal'],
      { t: 'open', uri: 'file:///etc/passwd' },
      { type: 'open', uri: 'file:///etc/passwd' },
      { type: 'command', command: 'workbench.action.terminal.new' },
      { type: 'export', format: 'html' },
      { type: 'export', format: ['md'] },
      { type: 'export' },
      { type: 'confidence', level: 'high' },
      { type: 'confidence', level: ['named'] },
      { type: 'confidence' },
      { type: 'reveal', file: 'x'.repeat(10 * 1024 * 1024), start: 0, end: 1 },
      { type: 'reveal', file: 'x'.repeat(MAX_URI_LENGTH + 1), start: 0, end: 1 },
      { type: 'reveal', file: '', start: 0, end: 1 },
      { type: 'reveal', file: 'file:///w/a.md', start: -1, end: 1 },
      { type: 'reveal', file: 'file:///w/a.md', start: 1.5, end: 2 },
      { type: 'reveal', file: 'file:///w/a.md', start: 5, end: 4 },
      { type: 'reveal', file: 'file:///w/a.md', start: 0, end: MAX_OFFSET + 1 },
      { type: 'reveal', file: 'file:///w/a.md', start: '0', end: 1 },
      { type: 'reveal', file: 'file:///w/a.md', start: Number.NaN, end: 1 },
      { type: 'reveal', file: { toString: () => 'file:///etc/passwd' }, start: 0, end: 1 },
      { type: { toString: () => 'ready' } },
      { type: 'x'.repeat(10 * 1024 * 1024) },
    ];
    for (const m of bad) assert.equal(parseWebviewMessage(m), null, JSON.stringify(m)?.slice(0, 80));
  });

  it('reads neither getters nor inherited fields', () => {
    let called = false;
    const getter = Object.defineProperty({ type: 'reveal', start: 0, end: 1 }, 'file', {
      get: () => {
        called = true;
        return 'file:///w/a.md';
      },
      enumerable: true,
    });
    assert.equal(parseWebviewMessage(getter), null);
    assert.equal(called, false);
    assert.equal(parseWebviewMessage(Object.create({ type: 'ready' })), null);
    assert.deepEqual(parseWebviewMessage(JSON.parse('{"type":"ready","__proto__":{"polluted":1}}')), { type: 'ready' });
    assert.equal(({} as { polluted?: number }).polluted, undefined);
  });
});
