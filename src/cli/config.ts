/**
 * Finds and loads `.policynotes.json` for the CLI (`--config FILE`, else the nearest one
 * upward from each file) and the front-matter schema it names. Results are cached per
 * folder, so a run over thousands of files reads each config once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE, DEFAULT_CONFIG, checkRelativePath, parseConfigText, problemSpan, type LoadedConfig } from '../core/config';
import { LineIndex } from '../core/text/lines';
import { builtinSchema, compileSchemaText } from '../core/schema';
import { t } from '../core/l10n';

export type { LoadedConfig };

/** A span of a configuration file: 1-based lines and columns, end exclusive. */
export interface ConfigPlace {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Loads configurations for files; one instance per CLI run. */
export class ConfigLoader {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly byFile = new Map<string, LoadedConfig>();
  /** Each problem's own message and place in its file, by its text as in `LoadedConfig.problems` (`file: message`). */
  private readonly details = new Map<string, { message: string; place: ConfigPlace | null }>();

  constructor(private readonly explicit: string | undefined) {}

  /** A problem of a loaded configuration without its file's name, and where in the file it is (1-based, end exclusive). */
  detailOf(problem: string): { message: string; place: ConfigPlace | null } {
    return this.details.get(problem) ?? { message: problem, place: null };
  }

  /** The configuration that applies to a file (or folder). */
  forPath(abs: string, isDir = false): LoadedConfig {
    if (this.explicit) return this.load(path.resolve(this.explicit));
    let dir = isDir ? abs : path.dirname(abs);
    const visited: string[] = [];
    for (;;) {
      const hit = this.byDir.get(dir);
      if (hit) return this.remember(visited, hit);
      visited.push(dir);
      const candidate = path.join(dir, CONFIG_FILE);
      const st = fs.statSync(candidate, { throwIfNoEntry: false });
      // Never opened unless it is a regular file: a FIFO or device would block the read.
      if (st) return this.remember(visited, st.isFile() ? this.load(candidate) : this.notAFile(candidate));
      const parent = path.dirname(dir);
      if (parent === dir) return this.remember(visited, this.defaults());
      dir = parent;
    }
  }

  private remember(dirs: string[], c: LoadedConfig): LoadedConfig {
    for (const d of dirs) this.byDir.set(d, c);
    return c;
  }

  private defaults(): LoadedConfig {
    return { file: null, config: { ...DEFAULT_CONFIG }, schema: builtinSchema(), schemaText: null, problems: [] };
  }

  private notAFile(file: string): LoadedConfig {
    return { ...this.defaults(), file, problems: [`${file}: not a regular file; the defaults are used.`] };
  }

  private load(file: string): LoadedConfig {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const baseDir = path.dirname(file);
    const problems: string[] = [];
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      const loaded = { ...this.defaults(), file, problems: [`${file}: ${t('cannot read the configuration: {0}', (e as Error).message)}`] };
      this.byFile.set(file, loaded);
      return loaded;
    }
    const { config, problems: cp } = parseConfigText(text, baseDir);
    const lines = new LineIndex(text);
    /** Records a problem and where in the file it is. */
    const at = (p: { message: string; pointer?: string; offset?: number }) => {
      const full = `${file}: ${p.message}`;
      problems.push(full);
      const span = problemSpan(text, p);
      const s = span && lines.positionAt(span.start);
      const e = span && lines.positionAt(span.end);
      this.details.set(full, { message: p.message, place: s && e ? { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 } : null });
    };
    for (const p of cp) at(p);
    const problem = (message: string) => at({ message, pointer: '/frontMatter/schema' });
    let schema = builtinSchema();
    let schemaText: LoadedConfig['schemaText'] = null;
    if (config.schemaPath) {
      const rel = checkRelativePath(config.schemaPath);
      if ('problem' in rel) problem(rel.problem);
      else {
        const schemaFile = path.join(baseDir, rel.path);
        const real = safeRealpath(schemaFile);
        const realBase = safeRealpath(baseDir) ?? baseDir;
        if (!real || !(real.startsWith(realBase + path.sep))) problem(t('The schema `{0}` was not found inside the workspace; the built-in schema is used.', config.schemaPath));
        else if (!fs.statSync(real).isFile()) problem(t('The schema `{0}` is not a file; the built-in schema is used.', config.schemaPath));
        else {
          const text = readText(real);
          const compiled = text === null ? null : compileSchemaText(text, config.schemaPath);
          if (text === null || compiled === null) problem(t('The schema `{0}` cannot be read; the built-in schema is used.', config.schemaPath));
          else if ('problem' in compiled) problem(compiled.problem);
          else {
            schema = compiled.schema;
            schemaText = { source: config.schemaPath, text };
          }
        }
      }
    }
    const loaded: LoadedConfig = { file, config, schema, schemaText, problems };
    this.byFile.set(file, loaded);
    return loaded;
  }
}

function readText(p: string): string | null {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return null;
  }
}

function safeRealpath(p: string): string | null {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}
