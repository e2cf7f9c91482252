/** Sharing the strings of note summaries that arrive as copies (the workspace index's memory measure). */
import * as assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';
import { createStringSharer, type NoteSummary } from '../../../src/core/summary';
import { fixture } from './helpers';

describe('summary: shared strings', () => {
  it('changes no value of a copied note summary, and returns the same note', () => {
    const sharer = createStringSharer();
    for (const name of ['export-plan.md', 'export-plan-update.md']) {
      const original = fixture(name);
      const copy = deserialize(serialize(original)) as NoteSummary;
      assert.equal(sharer.note(copy), copy);
      assert.deepEqual(copy, original);
      assert.ok(copy.programs.length > 0 && copy.figures.length > 0, `${name} has mentions and figures`);
    }
  });

  it('changes no value when its table fills and starts over', () => {
    const sharer = createStringSharer(3);
    const notes = ['export-plan.md', 'export-plan-update.md', 'export-plan.md'].map((n) => fixture(n));
    const copies = notes.map((n) => sharer.note(deserialize(serialize(n)) as NoteSummary));
    assert.deepEqual(copies, notes);
  });
});
