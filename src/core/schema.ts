/**
 * Front-matter schemas: the built-in default and workspace schemas (draft-07 or 2020-12),
 * compiled once per schema text with Ajv and ajv-formats. Compilation problems are
 * reported as values, never thrown, because the schema is user data too.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import defaultSchema from '../../schemas/article.schema.json';
import { ajvModules } from './ajv';
import { t } from './l10n';

/** A schema ready to validate front-matter data. */
export interface CompiledSchema {
  /** Where it came from, for messages: "built-in" or the schema file's path. */
  source: string;
  validate(data: unknown): ErrorObject[];
  /** Top-level `required` keys (for the "insert front matter" fix). */
  required: string[];
  /** Top-level declared property names (for "did you mean" on unknown keys). */
  properties: string[];
  /** The raw schema object. */
  json: Record<string, unknown>;
}

const cache = new Map<string, CompiledSchema>();

function compileFn(json: Record<string, unknown>): ValidateFunction {
  const is2020 = typeof json.$schema === 'string' && json.$schema.includes('2020-12');
  // Meta-schema validation is skipped: compiling the 2020-12 meta-schema costs more than a CI run's whole
  // front-matter check, and a broken schema still fails to compile with a message.
  const options = { allErrors: true, strict: false, validateSchema: false } as const;
  const { Ajv, Ajv2020, addFormats } = ajvModules();
  const ajv = is2020 ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv);
  return ajv.compile(json);
}

/**
 * A compiled schema. A workspace schema is compiled at once (so a broken one is reported
 * when it is loaded); the built-in one, known to compile, on its first use (`lazy`): Ajv
 * takes tens of milliseconds, which the workspace index and activation need not pay.
 */
function compile(json: Record<string, unknown>, source: string, lazy = false): CompiledSchema {
  let fn: ValidateFunction | undefined = lazy ? undefined : compileFn(json);
  const props = json.properties !== null && typeof json.properties === 'object' ? Object.keys(json.properties) : [];
  return {
    source,
    json,
    required: Array.isArray(json.required) ? json.required.filter((k): k is string => typeof k === 'string') : [],
    properties: props,
    validate: (data) => {
      fn ??= compileFn(json);
      return fn(data) ? [] : [...(fn.errors ?? [])];
    },
  };
}

/** The built-in schema for Jekyll-style policy notes. */
export function builtinSchema(): CompiledSchema {
  let s = cache.get('\0builtin');
  if (!s) cache.set('\0builtin', (s = compile(defaultSchema as Record<string, unknown>, 'built-in', true)));
  return s;
}

/** Compiles a workspace schema from its text; a problem is returned, not thrown. */
export function compileSchemaText(text: string, source: string): { schema: CompiledSchema } | { problem: string } {
  const key = `${source}\0${text}`;
  const hit = cache.get(key);
  if (hit) return { schema: hit };
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { problem: t('The front-matter schema {0} is not valid JSON: {1}', source, (e as Error).message) };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { problem: t('The front-matter schema {0} must be a JSON object.', source) };
  try {
    const schema = compile(json as Record<string, unknown>, source);
    if (cache.size > 32) cache.clear();
    cache.set(key, schema);
    return { schema };
  } catch (e) {
    return { problem: t('The front-matter schema {0} is not a valid JSON Schema: {1}', source, (e as Error).message) };
  }
}
