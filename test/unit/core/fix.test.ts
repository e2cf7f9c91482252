/** `lint --fix` without the CLI: preferred fixes, overlaps, rounds, and notes left alone. */
import assert from 'node:assert/strict';
import { applyEdits, fixText, frontMatterRead, preferredEdits, type FixLint } from '../../../src/core/fix';
import { lintNote } from '../../../src/core/lint';
import type { Issue } from '../../../src/core/model';
import { parseNote } from '../../../src/core/parse/note';

function lint(text: string): FixLint {
  const note = parseNote({ uri: 'note.md', text });
  return { issues: lintNote(note), frontMatterRead: frontMatterRead(note) };
}

const FRONT = '---\ntitle: 수출 바우처\ncategories: [News]\nexcerpt: 예산 370조 원\n---\n\n';

describe('core: fixes without the editor', () => {
  it('applies non-overlapping preferred fixes in one round and ignores the rest', () => {
    const issue = (start: number, end: number, newText: string, preferred = true): Issue => ({
      start,
      end,
      rule: 'r',
      severity: 'info',
      message: 'm',
      fixes: [{ title: 't', edits: [{ start, end, newText }], preferred }],
    });
    const { edits, fixes } = preferredEdits([issue(4, 6, 'B'), issue(0, 2, 'A'), issue(5, 7, 'X'), issue(8, 9, 'N', false)]);
    assert.equal(fixes, 2);
    assert.equal(applyEdits('0123456789', edits), 'A23B6789');
  });

  it('refuses overlapping edits rather than guessing', () => {
    assert.throws(
      () =>
        applyEdits('abc', [
          { start: 0, end: 2, newText: 'x' },
          { start: 1, end: 3, newText: 'y' },
        ]),
      RangeError,
    );
  });

  it('fixes unit spacing, then reports what has no fix', async () => {
    const text = `${FRONT}# 수출 바우처\n\n올해 예산은 370조원이고, 기업 5 조 원 규모를 지원한다. TODO 확인\n`;
    const result = await fixText(text, lint);
    assert.match(result.text, /370조 원이고, 기업 5조 원 규모/);
    assert.equal(result.applied, 2);
    assert.ok(
      result.remaining.every((i) => !i.fixes?.some((f) => f.preferred)),
      'nothing fixable is left',
    );
    assert.ok(result.remaining.some((i) => i.rule === 'placeholder-text'));
    const again = await fixText(result.text, lint);
    assert.equal(again.applied, 0, 'a second run changes nothing');
    assert.equal(again.text, result.text);
  });

  it('leaves a note alone when its front matter cannot be read', async () => {
    const text = '---\ntitle: [수출\n---\n\n예산은 370조원이다.\n';
    const result = await fixText(text, lint);
    assert.equal(result.text, text);
    assert.equal(result.skipped, 'front-matter-unread');
    assert.equal(result.applied, 0);
  });

  it('takes back a round whose fix leaves the front matter unreadable', async () => {
    const text = `${FRONT}본문\n`;
    let calls = 0;
    const breaking = (t: string): FixLint => {
      calls++;
      if (calls === 1)
        return {
          issues: [{ start: 4, end: 9, rule: 'r', severity: 'info', message: 'm', fixes: [{ title: 't', edits: [{ start: 4, end: 9, newText: 'title: [' }], preferred: true }] }],
          frontMatterRead: true,
        };
      return lint(t);
    };
    const result = await fixText(text, breaking);
    assert.equal(result.text, text);
    assert.equal(result.applied, 0);
  });

  it('stops after the round limit', async () => {
    let rounds = 0;
    const endless = (t: string): FixLint => {
      rounds++;
      return {
        issues: [{ start: 0, end: 0, rule: 'r', severity: 'info', message: 'm', fixes: [{ title: 't', edits: [{ start: t.length, end: t.length, newText: 'x' }], preferred: true }] }],
        frontMatterRead: true,
      };
    };
    const result = await fixText('a', endless, 3);
    assert.equal(result.text, 'axxx');
    assert.equal(rounds, 4);
  });
});
