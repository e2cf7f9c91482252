/**
 * `policy-notes lint [paths|globs...] [--config FILE] [--format text|json|sarif|github] [--max-warnings N]`
 * The same engine as the editor, over files on disk. Exit 0 clean, 1 errors (or too many
 * warnings), 2 usage error or internal failure (design.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileIssue, lintNote } from '../../core/lint';
import type { Issue } from '../../core/model';
import { parseNote } from '../../core/parse/note';
import { imageRefs } from '../../core/rules/image-missing';
import { EXIT_FAILURE, EXIT_ISSUES, EXIT_OK, UsageError, type Command } from '../command';
import { ConfigLoader, type LoadedConfig } from '../config';
import { collectFiles, readInput } from '../files';
import { formatGithub, formatJson, formatSarif, formatText, type LintFormat } from '../format/lint';
import { toRecords, type LintRecord } from '../format/records';
import type { CliIo } from '../io';
import { version } from '../main';

const FORMATS: readonly LintFormat[] = ['text', 'json', 'sarif', 'github'];

/** Resolves image paths against the workspace root (`/assets/..`) or the article's folder. */
function missingImages(note: ReturnType<typeof parseNote>, fileAbs: string, root: string): Set<string> {
  const missing = new Set<string>();
  for (const ref of imageRefs(note)) {
    const clean = decodeSafe(ref.path.split(/[?#]/)[0] ?? '');
    const abs = clean.startsWith('/') ? path.join(root, clean) : path.resolve(path.dirname(fileAbs), clean);
    if (!fs.existsSync(abs)) missing.add(ref.path);
  }
  return missing;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Lints one file from disk; never throws for the file's content. */
export async function lintFile(abs: string, display: string, loaded: LoadedConfig, cwd: string): Promise<LintRecord[]> {
  const options = { config: loaded.config, schema: loaded.schema };
  const read = await readInput(abs, loaded.config.maxFileSize);
  if (!read.ok) {
    const issue = fileIssue(read.rule, read.message, options);
    return issue ? toRecords(display, [issue], null) : [];
  }
  const note = parseNote({ uri: abs, text: read.text });
  const root = loaded.config.baseDir ?? cwd;
  const issues: Issue[] = lintNote(note, { ...options, missingImages: missingImages(note, abs, root) });
  return toRecords(display, issues, note.lines);
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
    const records: LintRecord[] = [];
    const reported = new Set<string>();
    for (const f of files) {
      const loaded = loader.forPath(f.abs);
      for (const p of loaded.problems) {
        if (reported.has(p)) continue;
        reported.add(p);
        io.stderr(`policy-notes lint: ${p}\n`);
      }
      records.push(...(await lintFile(f.abs, f.display, loaded, io.cwd)));
    }
    const out = format === 'json' ? formatJson(records) : format === 'sarif' ? formatSarif(records, version()) : format === 'github' ? formatGithub(records) : formatText(records);
    io.stdout(out);
    const errors = records.filter((r) => r.severity === 'error').length;
    const warnings = records.filter((r) => r.severity === 'warning').length;
    if (format === 'text' && files.length === 0) io.stderr('policy-notes lint: no files to check\n');
    return errors > 0 || warnings > maxWarnings ? EXIT_ISSUES : problems.length > 0 ? EXIT_FAILURE : EXIT_OK;
  },
};
