import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memoryIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { parseNote } from '../../../src/core/parse/note';
import { exportSummary, relabelNote } from '../../../src/core/report/export';
import { extractNote } from '../../../src/core/summary';
import { programNotes, WORKSPACE } from './helpers';

describe('report: export', () => {
  it('renames every place of a note', () => {
    const [note] = programNotes();
    const renamed = relabelNote(note!, (f) => `x/${f}`);
    assert.ok([renamed.file, ...renamed.programs.map((m) => m.file), ...renamed.figures.map((f) => f.file)].every((f) => f === `x/${note!.file}`));
    assert.notEqual(note!.file, renamed.file, 'the input is not changed');
  });

  it('writes what `policy-notes summary` prints at the workspace root, whatever order and names the index has', async () => {
    // The index keys notes by URI and holds them in reading order.
    const shuffled = programNotes()
      .reverse()
      .map((n) => relabelNote(n, (f) => `file:///ws/${f}`));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-export-'));
    try {
      fs.cpSync(path.join(WORKSPACE, 'programs'), path.join(dir, 'programs'), { recursive: true });
      for (const format of ['md', 'csv', 'json'] as const) {
        const io = memoryIo(dir);
        assert.equal(await main(['summary', '--format', format], io), 0, io.err);
        assert.equal(
          exportSummary(shuffled, DEFAULT_CONFIG, format, (f) => f.replace('file:///ws/', '')),
          io.out,
          format,
        );
      }
      // At each level the report's filter offers, as --min-confidence prints it.
      fs.writeFileSync(path.join(dir, 'programs', 'candidate.md'), '중기부는 2027년까지 도약 바우처 사업으로 300개사를 지원할 계획이다.\n');
      const notes = [
        ...shuffled,
        relabelNote(extractNote(parseNote({ uri: 'programs/candidate.md', text: fs.readFileSync(path.join(dir, 'programs', 'candidate.md'), 'utf8') }), DEFAULT_CONFIG), (f) => `file:///ws/${f}`),
      ];
      for (const level of ['named', 'detected'] as const) {
        const io = memoryIo(dir);
        assert.equal(await main(['summary', '--format', 'json', '--min-confidence', level], io), 0, io.err);
        assert.equal(
          exportSummary(notes, DEFAULT_CONFIG, 'json', (f) => f.replace('file:///ws/', ''), level),
          io.out,
          level,
        );
        assert.equal(io.out.includes('"name": "도약 바우처"'), level === 'detected');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
