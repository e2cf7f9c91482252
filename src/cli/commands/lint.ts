/**
 * `policy-notes lint [paths|globs...] [--config FILE] [--format text|json|sarif|github] [--max-warnings N]`
 * The same engine as the editor, over files on disk. Exit 0 clean, 1 errors (or too many
 * warnings), 2 usage error or internal failure (docs/design.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lintFile } from '../../core/lintFile';
import { positionIn } from '../../core/text/lines';
import type { AnalysisPool } from '../../core/worker/pool';
import { lintExitCode, UsageError, type Command } from '../command';
import type { LoadedConfig } from '../config';
import { mapOrdered } from '../concurrency';
import { displayPath } from '../files';
import { runInputs } from '../inputs';
import { createPool } from '../pool';
import { formatGithub, formatJson, formatSarif, formatText, type LintFormat } from '../format/lint';
import { toRecords, type LintRecord } from '../format/records';
import type { CliIo } from '../io';
import { version } from '../version';
import { t } from '../../core/l10n';

const FORMATS: readonly LintFormat[] = ['text', 'json', 'sarif', 'github'];

/** Lints one file from disk through the pool (core's lintFile); never throws for the file's content. */
export async function lintPath(abs: string, display: string, loaded: LoadedConfig, cwd: string, pool: AnalysisPool): Promise<LintRecord[]> {
  // `/x` images from the configuration's folder (else the working directory), others from the article's folder.
  const root = loaded.config.baseDir ?? cwd;
  const linted = await lintFile(abs, { path: abs }, loaded, undefined, {
    analyze: (task) => pool.run(task),
    imageExists: async (image) => fs.existsSync(image.fromRoot ? path.join(root, image.path) : path.resolve(path.dirname(abs), image.path)),
  });
  const lines = linted?.lines;
  return toRecords(display, linted?.issues ?? [], lines ? { positionAt: (o) => positionIn(lines.starts, lines.length, o) } : null);
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
      records = (await mapOrdered(files, 32, (f) => lintPath(f.abs, f.display, loader.forPath(f.abs), io.cwd, pool))).flat();
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
