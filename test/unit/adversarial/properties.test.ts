/**
 * Properties over generated notes (fast-check): any text gives a result and never throws,
 * every position lies inside the document, front-matter data is a plain object or null,
 * and the CLI reports exactly what the core (and so the editor) reports.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { findClaims } from '../../../src/core/claims';
import { anchorYear, lintNote } from '../../../src/core/lint';
import { parseNote } from '../../../src/core/parse/note';
import { stripBom } from '../../../src/core/text/decode';
import { extractNote } from '../../../src/core/summary';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { main } from '../../../src/cli/main';
import { memoryIo } from '../../../src/cli/io';

const FRAGMENTS = [
  '---',
  '---js',
  '+++',
  '\n',
  '\r\n',
  '\r',
  'title: ',
  'excerpt: >\n  ',
  'a: &a [x]',
  '*a',
  '!!js/function ',
  '"',
  "'",
  '- ',
  '  ',
  '#',
  '<p data-ke-size="size16">',
  '</p>',
  '<!-- policy-notes-disable-next-line -->',
  '`',
  '```',
  '[링크](http://x.kr/1)',
  '370조 원',
  '1조 4,517억원',
  '200개 사',
  '9.0%',
  '0.5%p',
  '1.7배',
  '2028년까지',
  '향후 5년 내',
  '3년간',
  '044-200-7911',
  '제37조',
  '1위',
  '수십조원',
  '∼',
  '~',
  '0만 ',
  '12,610.8',
  'TODO',
  '무역금융',
  '‘K-수출스타’',
  '산업부',
  '목표',
  '\uFEFF',
  '\u0000',
  '😀',
];
const note = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('properties (fast-check)', function () {
  this.timeout(120_000);

  it('any text: parse, lint, claims and summary never throw; positions stay inside', () => {
    fc.assert(
      fc.property(note, (text) => {
        const n = parseNote({ uri: 'p.md', text });
        const len = n.text.length;
        const data = n.frontMatter?.data ?? null;
        assert.ok(data === null || (typeof data === 'object' && !Array.isArray(data)));
        for (const i of lintNote(n)) assert.ok(0 <= i.start && i.start <= i.end && i.end <= len, `${i.rule} ${i.start}-${i.end}/${len}`);
        for (const c of findClaims(n.prose)) {
          assert.ok(0 <= c.start && c.start < c.end && c.end <= len);
          assert.equal(n.text.slice(c.start, c.end), c.text);
        }
        const s = extractNote(n, DEFAULT_CONFIG);
        for (const f of s.figures) assert.ok(f.start >= 0 && f.end <= len);
        assert.equal(n.prose.length, len);
      }),
      { numRuns: Number(process.env.PN_FC_RUNS ?? 1500) },
    );
  });

  it('the CLI reports exactly the core’s diagnostics and claims', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-prop-'));
    await fc.assert(
      fc.asyncProperty(
        note.filter((t) => !t.includes('\u0000')),
        async (text) => {
          fs.writeFileSync(path.join(dir, 'p.md'), text);
          // What an editor holds for this file: the text decoded, its (first) BOM removed.
          const n = parseNote({ uri: 'p.md', text: stripBom(text) });
          const pos = (o: number) => {
            const p = n.lines.positionAt(o);
            return [p.line + 1, p.character + 1];
          };
          const lintIo = memoryIo(dir);
          await main(['lint', 'p.md', '--format', 'json'], lintIo);
          const cliIssues = (JSON.parse(lintIo.out) as { rule: string; line: number; column: number; endLine: number; endColumn: number }[]).map((r) => [
            r.rule,
            r.line,
            r.column,
            r.endLine,
            r.endColumn,
          ]);
          assert.deepEqual(
            cliIssues,
            lintNote(n).map((i) => [i.rule, ...pos(i.start), ...pos(i.end)]),
          );
          const claimsIo = memoryIo(dir);
          await main(['claims', 'p.md', '--format', 'json'], claimsIo);
          const cliClaims = (JSON.parse(claimsIo.out) as { text: string; line: number; column: number; value: number | null }[]).map((c) => [c.text, c.line, c.column, c.value]);
          assert.deepEqual(
            cliClaims,
            findClaims(n.prose, { anchorYear: anchorYear(n) }).map((c) => [c.text, ...pos(c.start), c.value]),
          );
        },
      ),
      { numRuns: Math.ceil(Number(process.env.PN_FC_RUNS ?? 1500) / 10) },
    );
  });
});
