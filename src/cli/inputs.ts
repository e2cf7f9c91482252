/**
 * What every command does before it reads a file: find the configuration (`--config FILE`,
 * else the nearest `.policynotes.json` above each file), expand the path arguments with it,
 * and report on stderr, once each, the paths that gave nothing and the problems of the
 * configurations in use (`lint` prints those as findings instead). Either makes the run end
 * with exit 2 (docs/design.md: usage error), whatever the files' own results, so a mistyped glob
 * or a broken configuration cannot pass CI.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './command';
import { ConfigLoader, type ConfigPlace } from './config';
import { collectFiles, type InputFile } from './files';
import { diskIgnoreIo, IgnoreFiles } from '../core/files/ignore';
import type { CliIo } from './io';
import { t } from '../core/l10n';

/** The files of a run and the configuration loader that governs them. */
export interface RunInputs {
  loader: ConfigLoader;
  files: InputFile[];
  /** Something was reported (a path that gave no file, a configuration problem): exit 2. */
  failed: boolean;
  /** Each configuration problem once, by config file (absolute), for formats that can place it. */
  configProblems: { file: string; message: string; place: ConfigPlace | null }[];
}

/** Checks `--config`, expands `positionals` and reports problems as `policy-notes <command>: …`. */
export async function runInputs(command: string, positionals: string[], configArg: string | undefined, io: CliIo, options: { configOnStderr?: boolean; gitignore?: boolean } = {}): Promise<RunInputs> {
  let explicit: string | undefined;
  if (configArg !== undefined) {
    explicit = path.resolve(io.cwd, configArg);
    const st = fs.statSync(explicit, { throwIfNoEntry: false });
    if (!st) throw new UsageError(t('config file not found: {0}', configArg));
    if (!st.isFile())
      throw new UsageError(
        st.isDirectory()
          ? t('--config expects a .policynotes.json file, got a folder: {0}', configArg)
          : t('--config expects a .policynotes.json file, got something that is not a regular file: {0}', configArg),
      );
  }
  const loader = new ConfigLoader(explicit);
  const ignore = new IgnoreFiles(diskIgnoreIo, { top: io.cwd, gitignore: options.gitignore !== false });
  const { files, problems } = await collectFiles(
    positionals,
    io.cwd,
    (abs, isDir) => loader.forPath(abs, isDir).config,
    (abs) => ignore.ignores(abs),
  );
  const say = (message: string) => io.stderr(`policy-notes ${command}: ${message}\n`);
  for (const p of problems) say(p.message);
  const reported = new Set<string>();
  const configProblems: RunInputs['configProblems'] = [];
  // The configurations in use: each file's, and a folder's that gave no file.
  const configs = [...files.map((f) => loader.forPath(f.abs)), ...problems.flatMap((p) => (p.folder ? [loader.forPath(p.folder, true)] : []))];
  if (explicit) configs.push(loader.forPath(explicit));
  for (const loaded of configs) {
    for (const p of loaded.problems) {
      if (reported.has(p)) continue;
      reported.add(p);
      if (options.configOnStderr !== false) say(p);
      if (loaded.file) configProblems.push({ file: loaded.file, ...loader.detailOf(p) });
    }
  }
  return { loader, files, failed: problems.length > 0 || reported.size > 0, configProblems };
}
