/**
 * `policy-notes lint [paths|globs...] [--config FILE] [--format text|json|sarif|github] [--max-warnings N]`
 * The same engine as the editor, over files on disk. Exit 0 clean, 1 errors (or too many
 * warnings), 2 usage error or internal failure (docs/design.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lintFile, type FileLintHost } from '../../core/lintFile';
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
import { currentLocale, t } from '../../core/l10n';
import { defaultCacheLocation, hashOf, LintCache } from '../cache';
import { fixFile, type FixMode } from '../fix';
import { LineIndex } from '../../core/text/lines';
import { formatJunit } from '../format/junit';

const FORMATS: readonly LintFormat[] = ['text', 'json', 'sarif', 'github', 'junit'];

/** How a run reaches the pool and the disk for one file: images resolved as the CLI does, each check noted. */
function hostFor(abs: string, loaded: LoadedConfig, cwd: string, pool: AnalysisPool, images: [string, boolean][] = []): FileLintHost {
  // `/x` images from the configuration's folder (else the working directory), others from the article's folder.
  const root = loaded.config.baseDir ?? cwd;
  return {
    analyze: (task) => pool.run(task),
    imageExists: async (image) => {
      const file = image.fromRoot ? path.join(root, image.path) : path.resolve(path.dirname(abs), image.path);
      const exists = fs.existsSync(file);
      images.push([file, exists]);
      return exists;
    },
  };
}

/** Lints one file from disk through the pool (core's lintFile); never throws for the file's content. */
export async function lintPath(abs: string, display: string, loaded: LoadedConfig, cwd: string, pool: AnalysisPool, images?: [string, boolean][]): Promise<LintRecord[]> {
  const linted = await lintFile(abs, { path: abs }, loaded, undefined, hostFor(abs, loaded, cwd, pool, images));
  const lines = linted?.lines;
  return toRecords(display, linted?.issues ?? [], lines ? { positionAt: (o) => positionIn(lines.starts, lines.length, o) } : null);
}

/** What the findings of a file depend on besides its bytes: configuration, schema, version, language. */
function cacheKey(loaded: LoadedConfig): string {
  return hashOf(JSON.stringify([version(), currentLocale(), loaded.config, loaded.schemaText]));
}

export const lintCommand: Command = {
  name: 'lint',
  get summary() {
    return t('Validate front matter and lint articles; prints problems and exits 1 on errors.');
  },
  usage:
    'policy-notes lint [paths|globs...] [--config FILE] [--format text|json|sarif|github|junit] [--max-warnings N] [--quiet] [--fix | --fix-dry-run] [--cache [--cache-location FILE]] [--no-gitignore]',
  get options() {
    return [
      `--config FILE        ${t('use this .policynotes.json instead of the nearest one above each file')}`,
      `--format FORMAT      ${t('text (default), json, sarif (2.1.0), github (workflow annotations) or junit (XML)')}`,
      `--max-warnings N     ${t('exit 1 when there are more than N warnings (default: no limit)')}`,
      `--quiet              ${t('print errors only (warnings still count for --max-warnings)')}`,
      `--fix                ${t('apply the preferred fix of each finding, then report what remains')}`,
      `--fix-dry-run        ${t('print the fixes as a unified diff instead of writing them')}`,
      `--cache              ${t('reuse the findings of files that did not change since the last run')}`,
      `--cache-location F   ${t('where the cache is kept (default: node_modules/.cache/policy-notes/lint-cache.json)')}`,
      `--no-gitignore       ${t('also lint files that .gitignore excludes (.policynotesignore still applies)')}`,
    ];
  },
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        'no-gitignore': { type: 'boolean' },
      },
    });
    const format = values.format as LintFormat;
    if (!FORMATS.includes(format)) throw new UsageError(t("unknown format '{0}', expected one of {1}", String(values.format), FORMATS.join(', ')));
    const written = values['max-warnings'];
    if (written !== undefined && !/^\d+$/.test(written)) throw new UsageError(t("--max-warnings expects a whole number of 0 or more, got '{0}'", written));
    if (values.fix && values['fix-dry-run']) throw new UsageError(t('--fix and --fix-dry-run cannot be used together'));
    const fixMode: FixMode | null = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : null;
    const maxWarnings = written === undefined ? Infinity : Number(written);
    const { loader, files, failed, configProblems } = await runInputs('lint', positionals, values.config, io, { configOnStderr: false, gitignore: !values['no-gitignore'] });
    // A fix run changes files, so it neither reads nor fills the cache.
    const cache = values.cache && !fixMode ? LintCache.open(path.resolve(io.cwd, values['cache-location'] ?? defaultCacheLocation(io.cwd))) : null;
    const perFile: (LintRecord[] | null)[] = files.map((f) => {
      const cached = cache?.lookup(f.abs, cacheKey(loader.forPath(f.abs)));
      return cached ? cached.map((r) => ({ file: f.display, ...r })) : null;
    });
    const todo = files.filter((_, i) => perFile[i] === null);
    const pool = createPool(io.env, todo.length);
    const diffs: string[] = [];
    let fixed = 0;
    let fixedFiles = 0;
    let writeFailed = false;
    try {
      const linted = await mapOrdered(todo, 32, async (f) => {
        const loaded = loader.forPath(f.abs);
        if (fixMode) {
          const result = await fixFile(f.abs, f.display, loaded, hostFor(f.abs, loaded, io.cwd, pool), fixMode);
          if (result.applied > 0) {
            fixed += result.applied;
            fixedFiles++;
          }
          if (result.diff) diffs.push(result.diff);
          if (result.leftAlone) io.stderr(`policy-notes lint: ${t('{0}: not fixed, since its front matter could not be read', f.display)}\n`);
          if (result.writeError) {
            writeFailed = true;
            io.stderr(`policy-notes lint: ${t('{0}: the fixes could not be written: {1}', f.display, result.writeError)}\n`);
          }
          return toRecords(f.display, result.issues, result.text === null ? null : new LineIndex(result.text));
        }
        const images: [string, boolean][] = [];
        const records = await lintPath(f.abs, f.display, loaded, io.cwd, pool, images);
        cache?.store(
          f.abs,
          cacheKey(loaded),
          images,
          records.map(({ file: _file, ...r }) => r),
        );
        return records;
      });
      let next = 0;
      for (let i = 0; i < perFile.length; i++) if (perFile[i] === null) perFile[i] = linted[next++]!;
    } finally {
      await pool.close();
      cache?.save();
    }
    let records = perFile.flat() as LintRecord[];
    // A configuration problem is also a finding on the configuration file, at the setting it is
    // about (else line 1), so SARIF and GitHub annotations show it where the JSON output is read.
    const configRecords: LintRecord[] = configProblems.map((p) => ({
      file: displayPath(p.file, io.cwd),
      ...(p.place ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }),
      severity: 'error',
      rule: 'config-error',
      message: p.message,
    }));
    records = [...configRecords, ...records];
    const shown = values.quiet ? records.filter((r) => r.severity === 'error') : records;
    if (fixMode === 'dry-run') io.stdout(diffs.join(''));
    else {
      const out =
        format === 'json'
          ? formatJson(shown)
          : format === 'sarif'
            ? formatSarif(shown, version())
            : format === 'github'
              ? formatGithub(shown)
              : format === 'junit'
                ? formatJunit(
                    shown,
                    files.map((f) => f.display),
                  )
                : formatText(shown);
      io.stdout(out);
    }
    if (fixMode === 'write' && fixed > 0)
      io.stderr(`policy-notes lint: ${t('fixed {0} in {1}', fixed === 1 ? t('{0} problem', 1) : t('{0} problems', fixed), fixedFiles === 1 ? t('{0} file', 1) : t('{0} files', fixedFiles))}\n`);
    return lintExitCode(records, maxWarnings, failed || writeFailed);
  },
};
