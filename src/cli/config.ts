/**
 * Finds and loads `.policynotes.json` for the CLI (`--config FILE`, else the nearest one
 * upward from each file) and the front-matter schema it names. Results are cached per
 * folder, so a run over thousands of files reads each config once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE, DEFAULT_CONFIG, type LoadedConfig } from '../core/config';
import { loadConfigSync, type ConfigIo, type SchemaPlace } from '../core/configLoad';
import { builtinSchema } from '../core/schema';
import { LineIndex } from '../core/text/lines';

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
    const { loaded, text, issues } = loadConfigSync(file, path.dirname(file), diskIo);
    const lines = new LineIndex(text);
    // Each problem is printed with its file's name, and placed in the file (1-based, end exclusive).
    loaded.problems = issues.map((p) => {
      const full = `${file}: ${p.message}`;
      const s = p.span && lines.positionAt(p.span.start);
      const e = p.span && lines.positionAt(p.span.end);
      this.details.set(full, { message: p.message, place: s && e ? { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 } : null });
      return full;
    });
    this.byFile.set(file, loaded);
    return loaded;
  }
}

/** The disk, read synchronously: a run reads each configuration once, before any file is linted. */
const diskIo: ConfigIo<string, SchemaPlace> = {
  readText: (file) => fs.readFileSync(file, 'utf8'),
  locateSchema(baseDir, rel) {
    const real = safeRealpath(path.join(baseDir, rel));
    const realBase = safeRealpath(baseDir) ?? baseDir;
    if (!real || !real.startsWith(realBase + path.sep)) return { problem: 'outside' };
    // Never opened unless it is a regular file: a FIFO or device would block the read.
    return fs.statSync(real).isFile() ? { location: real } : { problem: 'not-a-file' };
  },
};

function safeRealpath(p: string): string | null {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}
