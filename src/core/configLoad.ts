/**
 * Loading one `.policynotes.json` with the schema it names, for the CLI and the editor
 * alike. The file system is passed in: the CLI reads the disk synchronously, the editor
 * through `workspace.fs`; both run the same steps (`loadConfigSync`, `loadConfigAsync`),
 * so they refuse the same schema paths with the same messages. Where a host finds the
 * configuration (the nearest one upward) and how it shows problems is its own.
 */
import { t } from './l10n';
import { checkRelativePath, parseConfigText, problemSpan, type LoadedConfig } from './config';
import { builtinSchema, compileSchemaText } from './schema';

/** Where a schema named by a configuration is, or why it cannot be used. */
export type SchemaPlace = { location: string } | { problem: 'outside' | 'not-a-file' };

/** The I/O a load needs. Each method may answer at once (the CLI) or with a promise (the editor). */
export interface ConfigIo<R = string | Promise<string>, S = SchemaPlace | Promise<SchemaPlace>> {
  /** The text of a file; throws (or rejects) when it cannot be read. */
  readText(location: string): R;
  /**
   * The schema `rel` (relative, normalized, no `..`) beside the configuration in `baseDir`:
   * its location when its real path lies inside the real `baseDir` and it is a regular file.
   */
  locateSchema(baseDir: string, rel: string): S;
  /** False in Restricted Mode: a workspace schema (compiled to code, its patterns run) is not loaded. */
  trusted?: boolean;
}

/** A configuration problem: its message, and where in the configuration's text it is. */
export interface ConfigIssue {
  message: string;
  span: { start: number; end: number } | null;
}

/** A loaded configuration, with the text it came from and its problems placed in that text. */
export interface ConfigLoad {
  loaded: LoadedConfig;
  /** The configuration's text ('' when it could not be read). */
  text: string;
  issues: ConfigIssue[];
}

type Step = { read: string } | { locate: { baseDir: string; rel: string } };
type Answer = { ok: true; value: unknown } | { ok: false; error: unknown };

/** The steps of a load: each I/O is yielded to the driver, which answers with its outcome. */
function* steps(file: string, baseDir: string, trusted: boolean): Generator<Step, ConfigLoad, Answer> {
  const problems: { message: string; pointer?: string; offset?: number }[] = [];
  const schemaProblem = (message: string) => problems.push({ message, pointer: '/frontMatter/schema' });
  const read = yield { read: file };
  const text = read.ok ? String(read.value) : '';
  if (!read.ok) problems.push({ message: t('Cannot read the configuration: {0}', read.error instanceof Error ? read.error.message : String(read.error)) });
  const parsed = parseConfigText(text || '{}', baseDir);
  problems.push(...parsed.problems);
  let schema = builtinSchema();
  let schemaText: LoadedConfig['schemaText'] = null;
  const written = parsed.config.schemaPath;
  const rel = written ? checkRelativePath(written) : null;
  if (written && rel && 'problem' in rel) schemaProblem(rel.problem);
  else if (written && rel && !trusted) schemaProblem(t('Restricted Mode: the front-matter schema `{0}` is not loaded until you trust this workspace; the built-in schema is used.', written));
  else if (written && rel && 'path' in rel) {
    const found = yield { locate: { baseDir, rel: rel.path } };
    const place = found.ok ? (found.value as SchemaPlace) : ({ problem: 'outside' } as const);
    if ('problem' in place) {
      schemaProblem(
        place.problem === 'outside'
          ? t('The schema `{0}` was not found inside the workspace; the built-in schema is used.', written)
          : t('The schema `{0}` is not a file; the built-in schema is used.', written),
      );
    } else {
      const got = yield { read: place.location };
      const source = got.ok ? String(got.value) : null;
      const compiled = source === null ? null : compileSchemaText(source, written);
      if (source === null || !compiled) schemaProblem(t('The schema `{0}` cannot be read; the built-in schema is used.', written));
      else if ('problem' in compiled) schemaProblem(compiled.problem);
      else {
        schema = compiled.schema;
        schemaText = { source: written, text: source };
      }
    }
  }
  const issues = problems.map((p) => ({ message: p.message, span: problemSpan(text, p) }));
  return { loaded: { file, config: parsed.config, schema, schemaText, problems: issues.map((i) => i.message) }, text, issues };
}

function call(io: ConfigIo<unknown, unknown>, step: Step): unknown {
  return 'read' in step ? io.readText(step.read) : io.locateSchema(step.locate.baseDir, step.locate.rel);
}

/** Loads a configuration with synchronous I/O (the CLI's). */
export function loadConfigSync(file: string, baseDir: string, io: ConfigIo<string, SchemaPlace>): ConfigLoad {
  const run = steps(file, baseDir, io.trusted !== false);
  let next = run.next(undefined as unknown as Answer);
  while (!next.done) {
    let answer: Answer;
    try {
      answer = { ok: true, value: call(io, next.value) };
    } catch (error) {
      answer = { ok: false, error };
    }
    next = run.next(answer);
  }
  return next.value;
}

/** Loads a configuration with asynchronous I/O (the editor's). */
export async function loadConfigAsync(file: string, baseDir: string, io: ConfigIo): Promise<ConfigLoad> {
  const run = steps(file, baseDir, io.trusted !== false);
  let next = run.next(undefined as unknown as Answer);
  while (!next.done) {
    let answer: Answer;
    try {
      answer = { ok: true, value: await call(io, next.value) };
    } catch (error) {
      answer = { ok: false, error };
    }
    next = run.next(answer);
  }
  return next.value;
}
