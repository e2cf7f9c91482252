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
import { lintExitCode, UsageError, type Command } from '../command';
import type { LoadedConfig } from '../config';
import { mapOrdered } from '../concurrency';
import { displayPath, readInput } from '../files';
import { runInputs } from '../inputs';
import { createPool } from '../pool';
import { formatGithub, formatJson, formatSarif, formatText, type LintFormat } from '../format/lint';
import { toRecords, type LintRecord } from '../format/records';
import type { CliIo } from '../io';
import { version } from '../main';
import { t } from '../../core/l10n';

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
    const issue = fileIssue(rule, t('Analysis of this file failed: {0}.', outcome.message), options);
    return issue ? toRecords(display, [issue], lines) : [];
  }
  return toRecords(display, outcome.result.issues ?? [], lines);
}

export const lintCommand: Command = {
  name: 'lint',
  get summary() {
    return t('Validate front matter and lint articles; prints problems and exits 1 on errors.');
  },
  usage: 'policy-notes lint [paths|globs...] [--config FILE] [--format text|json|sarif|github] [--max-warnings N]',
  get options() {
    return [
      `--config FILE        ${t('use this .policynotes.json instead of the nearest one above each file')}`,
      `--format FORMAT      ${t('text (default), json, sarif (2.1.0) or github (workflow annotations)')}`,
      `--max-warnings N     ${t('exit 1 when there are more than N warnings (default: no limit)')}`,
    ];
  },
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { config: { type: 'string' }, format: { type: 'string', default: 'text' }, 'max-warnings': { type: 'string' } },
    });
    const format = values.format as LintFormat;
    if (!FORMATS.includes(format)) throw new UsageError(t("unknown format '{0}', expected one of {1}", String(values.format), FORMATS.join(', ')));
    const written = values['max-warnings'];
    if (written !== undefined && !/^\d+$/.test(written)) throw new UsageError(t("--max-warnings expects a whole number of 0 or more, got '{0}'", written));
    const maxWarnings = written === undefined ? Infinity : Number(written);
    const { loader, files, failed, configProblems } = await runInputs('lint', positionals, values.config, io, { configOnStderr: false });
    const pool = createPool(io.env, files.length);
    let records: LintRecord[];
    try {
      records = (await mapOrdered(files, 32, (f) => lintFile(f.abs, f.display, loader.forPath(f.abs), io.cwd, pool))).flat();
    } finally {
      await pool.close();
    }
    // A configuration problem is also a finding on the configuration file, at the setting it is
    // about (else line 1), so SARIF and GitHub annotations show it where the JSON output is read.
    const configRecords: LintRecord[] = configProblems.map((p) => ({ file: displayPath(p.file, io.cwd), ...(p.place ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }), severity: 'error', rule: 'config-error', message: p.message }));
    records = [...configRecords, ...records];
    const out = format === 'json' ? formatJson(records) : format === 'sarif' ? formatSarif(records, version()) : format === 'github' ? formatGithub(records) : formatText(records);
    io.stdout(out);
    return lintExitCode(records, maxWarnings, failed);
  },
};
