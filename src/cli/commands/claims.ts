/**
 * `policy-notes claims [paths...] --format json|text`: every numeric claim with its
 * normalized value (docs/design.md contract). Qualifiers, ranges and ISO dates follow the
 * contract fields as extra attributes.
 */
import { parseArgs } from 'node:util';
import { findClaims } from '../../core/claims';
import { explainValue } from '../../core/explain';
import { anchorYear } from '../../core/lint';
import type { Claim } from '../../core/model';
import { parseNote } from '../../core/parse/note';
import { EXIT_FAILURE, EXIT_OK, UsageError, type Command } from '../command';
import { readInput } from '../files';
import { runInputs } from '../inputs';
import type { CliIo } from '../io';
import { t } from '../../core/l10n';

/** One claim as the CLI contract prints it. */
export interface ClaimRecord {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  kind: Claim['kind'];
  value: number | null;
  unit: string | null;
  qualifiers: string[];
  range?: { from: number; to: number };
  iso?: string;
}

/** Claims of one text, as records (the contract) beside the claims themselves. */
export function claimRecords(file: string, text: string): { record: ClaimRecord; claim: Claim }[] {
  const note = parseNote({ uri: file, text });
  return findClaims(note.prose, { anchorYear: anchorYear(note) }).map((c) => {
    const s = note.lines.positionAt(c.start);
    const e = note.lines.positionAt(c.end);
    const r: ClaimRecord = {
      file,
      line: s.line + 1,
      column: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      text: c.text,
      kind: c.kind,
      value: c.value,
      unit: c.unit,
      qualifiers: [...c.qualifiers],
    };
    if (c.range) r.range = c.range;
    if (c.iso) r.iso = c.iso;
    return { record: r, claim: c };
  });
}

export const claimsCommand: Command = {
  name: 'claims',
  get summary() {
    return t('List the numeric claims of articles with their normalized values.');
  },
  usage: 'policy-notes claims [paths...] [--format json|text] [--config FILE]',
  get options() {
    return [`--format FORMAT      ${t('json or text (default)')}`, `--config FILE        ${t('use this .policynotes.json for include/exclude and size limits')}`];
  },
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' }, config: { type: 'string' } } });
    if (values.format !== 'json' && values.format !== 'text') throw new UsageError(t("unknown format '{0}', expected json or text", String(values.format)));
    const { loader, files, failed } = await runInputs('claims', positionals, values.config, io);
    const found: { record: ClaimRecord; claim: Claim }[] = [];
    for (const f of files) {
      const read = await readInput(f.abs, loader.forPath(f.abs).config.maxFileSize);
      if (!read.ok) {
        io.stderr(`policy-notes claims: ${f.display}: ${read.message}\n`);
        continue;
      }
      // One by one: a spread of a note's claims (there can be hundreds of thousands) overflows the stack.
      for (const r of claimRecords(f.display, read.text)) found.push(r);
    }
    if (values.format === 'json')
      io.stdout(
        JSON.stringify(
          found.map((f) => f.record),
          null,
          2,
        ) + '\n',
      );
    else {
      const lines = found.map(({ record: r, claim }) => `${r.file}:${r.line}:${r.column} ${r.kind} ${r.text} = ${explainValue(claim)}${r.qualifiers.length ? ` (${r.qualifiers.join(', ')})` : ''}\n`);
      io.stdout(lines.join(''));
    }
    return failed ? EXIT_FAILURE : EXIT_OK;
  },
};
