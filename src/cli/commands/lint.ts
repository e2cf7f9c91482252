/**
 * `policy-notes lint [paths|globs...] [--config FILE] [--format text|json|sarif|github] [--max-warnings N]`
 * The same engine as the editor, over files on disk. Exit 0 clean, 1 errors (or too many
 * warnings), 2 usage error or internal failure (design.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileIssue } from '../../core/lint';
import { LineIndex } from '../../core/text/lines';
import type { AnalysisPool } from '../../core/worker/pool';
import { EXIT_FAILURE, EXIT_ISSUES, EXIT_OK, UsageError, type Command } from '../command';
import { ConfigLoader, type LoadedConfig } from '../config';
import { mapOrdered } from '../concurrency';
import { collectFiles, readInput } from '../files';
import { createPool } from '../pool';
import { formatGithub, formatJson, formatSarif, formatText, type LintFormat } from '../format/lint';
import { toRecords, type LintRecord } from '../format/records';
import type { CliIo } from '../io';
import { version } from '../main';

const FORMATS: readonly LintFormat[] = ['text', 'json', 'sarif', 'github'];

/** Which of a note's local image paths do not exist: `/x` from the workspace root, others from the article's folder. */
function missingOf(refs: readonly string[], fileAbs: string, root: string): string[] {
  return refs.filter((ref) => {
    const clean = decodeSafe(ref.split(/[?#]/)[0] ?? '');
    const abs = clean.startsWith('/') ? path.join(root, clean) : path.resolve(path.dirname(fileAbs), clean);
    return !fs.existsSync(abs);
  });
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Lints one file from disk through the pool; never throws for the file's content. */
export async function lintFile(abs: string, display: string, loaded: LoadedConfig, cwd: string, pool: AnalysisPool): Promise<LintRecord[]> {
  const options = { config: loaded.config, schema: loaded.schema };
  const read = await readInput(abs, loaded.config.maxFileSize);
  if (!read.ok) {
    const issue = fileIssue(read.rule, read.message, options);
    return issue ? toRecords(display, [issue], null) : [];
  }
  const task = { uri: abs, text: read.text, config: loaded.config, lint: { schema: loaded.schemaText } };
  let outcome = await pool.run(task);
  if (outcome.ok) {
    // Images are checked on this side (the file system is here); re-lint only when one is missing.
    const missing = missingOf(outcome.result.imageRefs ?? [], abs, loaded.config.baseDir ?? cwd);
    if (missing.length > 0) outcome = await pool.run({ ...task, lint: { ...task.lint, missingImages: missing } });
  }
  const lines = new LineIndex(read.text);
  if (!outcome.ok) {
    const rule = outcome.reason === 'timeout' ? 'analysis-timeout' : 'internal-error';
    const issue = fileIssue(rule, `Analysis of this file failed: ${outcome.message}.`, options);
    return issue ? toRecords(display, [issue], lines) : [];
  }
  return toRecords(display, outcome.result.issues ?? [], lines);
}

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Validate front matter and lint articles; prints problems and exits 1 on errors.',
  usage: 'policy-notes lint [paths|globs...] [--config FILE] [--format text|json|sarif|github] [--max-warnings N]',
  options: [
    '--config FILE        use this .policynotes.json instead of the nearest one above each file',
    '--format FORMAT      text (default), json, sarif (2.1.0) or github (workflow annotations)',
    '--max-warnings N     exit 1 when there are more than N warnings (default: no limit)',
  ],
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { config: { type: 'string' }, format: { type: 'string', default: 'text' }, 'max-warnings': { type: 'string' } },
    });
    const format = values.format as LintFormat;
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}', expected one of ${FORMATS.join(', ')}`);
    const maxWarnings = values['max-warnings'] === undefined ? Infinity : Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity) throw new UsageError(`--max-warnings expects a whole number, got '${values['max-warnings']}'`);
    if (values.config && !fs.existsSync(path.resolve(io.cwd, values.config))) throw new UsageError(`config file not found: ${values.config}`);
    const loader = new ConfigLoader(values.config ? path.resolve(io.cwd, values.config) : undefined);
    const rootConfig = loader.forPath(io.cwd, true).config;
    const { files, problems } = await collectFiles(positionals, io.cwd, rootConfig.include, rootConfig.exclude);
    for (const p of problems) io.stderr(`policy-notes lint: ${p.message}\n`);
    if (problems.length > 0 && files.length === 0) return EXIT_FAILURE;
    const reported = new Set<string>();
    for (const f of files) {
      for (const p of loader.forPath(f.abs).problems) {
        if (reported.has(p)) continue;
        reported.add(p);
        io.stderr(`policy-notes lint: ${p}\n`);
      }
    }
    const pool = createPool(io.env, files.length);
    let records: LintRecord[];
    try {
      records = (await mapOrdered(files, 32, (f) => lintFile(f.abs, f.display, loader.forPath(f.abs), io.cwd, pool))).flat();
    } finally {
      await pool.close();
    }
    const out = format === 'json' ? formatJson(records) : format === 'sarif' ? formatSarif(records, version()) : format === 'github' ? formatGithub(records) : formatText(records);
    io.stdout(out);
    const errors = records.filter((r) => r.severity === 'error').length;
    const warnings = records.filter((r) => r.severity === 'warning').length;
    if (format === 'text' && files.length === 0) io.stderr('policy-notes lint: no files to check\n');
    return errors > 0 || warnings > maxWarnings ? EXIT_ISSUES : problems.length > 0 ? EXIT_FAILURE : EXIT_OK;
  },
};
