/**
 * `policy-notes summary [paths...] [--format json|md|csv] [--min-confidence LEVEL] [--config FILE]`:
 * the programs the articles mention and the targets they state, merged across files
 * (docs/design.md contract). Programs below the confidence level are left out and their targets
 * listed without a program (`selectSummary`, as the editor's views and report do).
 * Files that cannot be read are reported on stderr and skipped; exit 0 on success, 2 on a
 * usage error (a path that gives no file, a configuration problem: see inputs.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseNote } from '../../core/parse/note';
import { extractNote, isConfidence, mergeSummaries, selectSummary, toCsv, toJson, toMarkdown, type Confidence, type NoteSummary, type Summary } from '../../core/summary';
import { EXIT_FAILURE, EXIT_OK, UsageError, type Command } from '../command';
import { mapOrdered } from '../concurrency';
import type { ConfigLoader } from '../config';
import { readInput } from '../files';
import { runInputs } from '../inputs';
import type { CliIo } from '../io';
import { t } from '../../core/l10n';

const FORMATTERS: Readonly<Record<string, (s: Summary) => string>> = { json: toJson, md: toMarkdown, csv: toCsv };

/** The level programs must reach by default: a phrase found in one article only is a candidate, not a program. */
export const DEFAULT_MIN_CONFIDENCE: Confidence = 'named';

/** Reads, parses and extracts one file; a file that cannot be read gives null and a message. */
async function summarizeFile(abs: string, display: string, loader: ConfigLoader, io: CliIo): Promise<NoteSummary | null> {
  const loaded = loader.forPath(abs);
  const read = await readInput(abs, loaded.config.maxFileSize);
  if (!read.ok) {
    io.stderr(`policy-notes summary: ${display}: ${read.message}\n`);
    return null;
  }
  return extractNote(parseNote({ uri: display, text: read.text }), loaded.config);
}

/** The folder whose configuration governs merging: that of the first path argument, else the working directory. */
function mergeRoot(positionals: readonly string[], cwd: string): { abs: string; isDir: boolean } {
  const first = positionals[0];
  if (first === undefined) return { abs: cwd, isDir: true };
  const abs = path.resolve(cwd, first);
  const isDir = fs.statSync(abs, { throwIfNoEntry: false })?.isDirectory() ?? false;
  return fs.existsSync(abs) ? { abs, isDir } : { abs: cwd, isDir: true };
}

export const summaryCommand: Command = {
  name: 'summary',
  get summary() {
    return t('Summarize the programs, targets and deadlines of articles, and where articles disagree.');
  },
  usage: 'policy-notes summary [paths...] [--format json|md|csv] [--min-confidence named|detected] [--config FILE]',
  get options() {
    const indent = (s: string) => s.split('\n').join(`\n${' '.repeat(21)}`);
    return [
      `--format FORMAT      ${t('md (default): a report; json: programs and targets; csv: one row per target')}`,
      `--min-confidence L   ${indent(
        t(
          'named (default): programs with evidence (quoted or bracketed as a program, a K- name with\na program word, a budget line, a configured name, a name the article repeats, defines or\nfunds, or two articles mention) and declared ones; detected: also the candidates (a phrase\nending in 사업, 프로그램 … said once, an instrument named in passing); declared: only those\ndeclared in front matter or marked (programs.include). Targets of programs left out are\nlisted without a program.',
        ),
      )}`,
      `--config FILE        ${t('use this .policynotes.json (aliases, include/exclude) instead of the nearest one above the files')}`,
    ];
  },
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'md' }, 'min-confidence': { type: 'string', default: DEFAULT_MIN_CONFIDENCE }, config: { type: 'string' } },
    });
    const format = FORMATTERS[values.format];
    if (!format) throw new UsageError(t("unknown format '{0}', expected json, md or csv", String(values.format)));
    const min = values['min-confidence'];
    if (!isConfidence(min)) throw new UsageError(t("unknown confidence '{0}', expected named, detected or declared", String(min)));
    const { loader, files, failed } = await runInputs('summary', positionals, values.config, io);
    const root = mergeRoot(positionals, io.cwd);
    const rootConfig = loader.forPath(root.abs, root.isDir);
    const notes = (await mapOrdered(files, 16, (f) => summarizeFile(f.abs, f.display, loader, io))).filter((n): n is NoteSummary => n !== null);
    io.stdout(format(selectSummary(mergeSummaries(notes, rootConfig.config), min)));
    return failed ? EXIT_FAILURE : EXIT_OK;
  },
};
