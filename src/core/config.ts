/**
 * Configuration: `.policynotes.json` (read by the CLI and the extension alike) normalized
 * once into `Config`, with a default for every field. The file is JSON data, never code;
 * it is validated against the schema the extension also ships for editor completion.
 */
import type { RuleLevel } from './model';
import configSchema from '../../schemas/policynotes.schema.json';
import type { CompiledSchema } from './schema';
import { ajvModules } from './ajv';
import { engineRuleIds, rules as ruleList } from './rules';
import { parse as parseJsonc, printParseErrorCode, parseTree, type ParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { pointerSegments } from './text/pointer';
import { closest } from './text/similar';
import { t } from './l10n';
import { ajvMessage, typeNames } from './ajvMessages';

/** Every id a `rules` entry may name: the rules, and what the engine and hosts report. */
function ruleIds(): string[] {
  return [...ruleList.map((r) => r.id), ...Object.keys(engineRuleIds)];
}

/** The name of the workspace configuration file. */
export const CONFIG_FILE = '.policynotes.json';

/** Normalized configuration. Paths are as written (relative to `baseDir`). */
export interface Config {
  include: string[];
  exclude: string[];
  /** Front-matter schema path as written, relative to `baseDir`; null for the built-in schema. */
  schemaPath: string | null;
  rules: Record<string, RuleLevel>;
  programAliases: Record<string, string[]>;
  /**
   * Names the user marked "not a program" (`programs.ignore`): a merged program whose key or
   * canonical name has the key of one of them is left out, and its targets keep no program.
   */
  programIgnore: string[];
  /**
   * Names the user marked as programs (`programs.include`): a merged program whose key or any
   * alias has the key of one of them is `declared`, however little the text says.
   */
  programInclude: string[];
  agencyAliases: Record<string, string[]>;
  /** Files larger than this (bytes) are skipped with an info diagnostic. */
  maxFileSize: number;
  /** Directory holding the config file, or null when defaults are used. */
  baseDir: string | null;
}

/** Defaults, used field by field where the file is silent. */
export const DEFAULT_CONFIG: Readonly<Config> = Object.freeze({
  include: ['**/*.md', '**/*.markdown'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  schemaPath: null,
  rules: {},
  programAliases: {},
  programIgnore: [],
  programInclude: [],
  agencyAliases: {},
  maxFileSize: 5 * 1024 * 1024,
  baseDir: null,
});

/** A problem in the configuration file, with a JSON pointer to where it is. */
export interface ConfigProblem {
  pointer: string;
  message: string;
  /** Where a syntax error is (an offset in the text), for a problem no pointer can place. */
  offset?: number;
}

interface ConfigError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
  data?: unknown;
}

let validate: (((data: unknown) => boolean) & { errors?: ConfigError[] | null }) | undefined;

/** A schema error in the project's "Unexpected X, expected Y" form, with what happens instead. */
function configMessage(e: ConfigError): string {
  const where = e.instancePath === '' ? t('the configuration') : `\`${pointerSegments(e.instancePath).join('.')}\``;
  const shown = (v: unknown) => (typeof v === 'string' ? `\`${v}\`` : Array.isArray(v) ? t('a list') : v === null ? '`null`' : typeof v === 'object' ? t('an object') : `\`${String(v)}\``);
  // A top-level setting falls back to its default; anything deeper (a rule level, an alias list) is dropped.
  const instead = e.instancePath.lastIndexOf('/') === 0 ? t('the default is used') : t('it is ignored');
  switch (e.keyword) {
    case 'enum':
      return t('Unexpected {0} for {1}, expected one of {2}; {3}.', shown(e.data), where, ((e.params.allowedValues as unknown[]) ?? []).map((v) => `\`${String(v)}\``).join(', '), instead);
    case 'type':
      return t('Unexpected {0} for {1}, expected {2}; {3}.', shown(e.data), where, typeNames(String(e.params.type)), instead);
    case 'additionalProperties':
      return t('Unexpected key `{0}` in {1}; it has no effect.', String(e.params.additionalProperty), where);
    default:
      return t('Unexpected {0} for {1}: it {2}; {3}.', shown(e.data), where, ajvMessage(e) ?? 'is invalid', instead);
  }
}

/** Normalizes raw JSON into a Config; invalid fields fall back to defaults and are reported. */
export function normalizeConfig(raw: unknown, baseDir: string | null): { config: Config; problems: ConfigProblem[] } {
  validate ??= new (ajvModules().Ajv)({ allErrors: true, strict: false, verbose: true }).compile(configSchema);
  const problems: ConfigProblem[] = [];
  if (!validate(raw)) {
    for (const e of validate.errors ?? []) problems.push({ pointer: e.instancePath || '/', message: configMessage(e) });
  }
  const obj = isRecord(raw) ? raw : {};
  if (isRecord(obj.rules)) {
    const known = ruleIds();
    for (const id of Object.keys(obj.rules)) {
      if (known.includes(id)) continue;
      const near = closest(id, known);
      problems.push({
        pointer: `/rules/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: near
          ? t('Unexpected rule `{0}`, expected `{1}` or another rule id; the setting has no effect.', id, near)
          : t('Unexpected rule `{0}`, expected a rule id; the setting has no effect.', id),
      });
    }
  }
  const fm = isRecord(obj.frontMatter) ? obj.frontMatter : {};
  const programs = isRecord(obj.programs) ? obj.programs : {};
  return {
    problems,
    config: {
      include: stringArray(obj.include) ?? [...DEFAULT_CONFIG.include],
      exclude: stringArray(obj.exclude) ?? [...DEFAULT_CONFIG.exclude],
      schemaPath: typeof fm.schema === 'string' && fm.schema.trim() !== '' ? fm.schema : null,
      rules: levels(obj.rules),
      programAliases: aliasMap(programs.aliases),
      programIgnore: nameList(programs.ignore),
      programInclude: nameList(programs.include),
      agencyAliases: aliasMap(isRecord(obj.agencies) ? obj.agencies.aliases : undefined),
      maxFileSize: Number.isInteger(obj.maxFileSize) && (obj.maxFileSize as number) >= 1024 ? (obj.maxFileSize as number) : DEFAULT_CONFIG.maxFileSize,
      baseDir,
    },
  };
}

/** What a JSONC syntax error says, in the reader's language. */
function parseErrorText(code: ParseErrorCode): string {
  switch (printParseErrorCode(code)) {
    case 'InvalidSymbol':
      return t('unexpected character');
    case 'InvalidNumberFormat':
      return t('invalid number');
    case 'PropertyNameExpected':
      return t('a property name was expected');
    case 'ValueExpected':
      return t('a value was expected');
    case 'ColonExpected':
      return t('a colon was expected');
    case 'CommaExpected':
      return t('a comma was expected');
    case 'CloseBraceExpected':
      return t('a closing brace was expected');
    case 'CloseBracketExpected':
      return t('a closing bracket was expected');
    case 'EndOfFileExpected':
      return t('the end of the file was expected');
    case 'UnexpectedEndOfComment':
    case 'UnexpectedEndOfString':
      return t('a comment or string is not closed');
    default:
      return t('unexpected content');
  }
}

/**
 * Parses the text of a config file: JSON with comments and trailing commas (JSONC, as VS Code's
 * own settings files). A syntax error is a problem at its offset, not an exception.
 */
export function parseConfigText(text: string, baseDir: string | null): { config: Config; problems: ConfigProblem[] } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const errors: ParseError[] = [];
  const raw: unknown = parseJsonc(bom ? text.slice(1) : text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    const problem: ConfigProblem = { pointer: '/', offset: first.offset + bom, message: t('Invalid JSON: {0}; the defaults are used.', parseErrorText(first.error)) };
    return { config: { ...DEFAULT_CONFIG, include: [...DEFAULT_CONFIG.include], exclude: [...DEFAULT_CONFIG.exclude], programIgnore: [], programInclude: [], baseDir }, problems: [problem] };
  }
  return normalizeConfig(raw, baseDir);
}

/** True for the four severities a rule may be set to. */
export function isRuleLevel(v: unknown): v is RuleLevel {
  return v === 'error' || v === 'warning' || v === 'info' || v === 'off';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function stringArray(v: unknown): string[] | null {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...v] : null;
}

function levels(v: unknown): Record<string, RuleLevel> {
  const out: Record<string, RuleLevel> = {};
  if (isRecord(v)) for (const [k, l] of Object.entries(v)) if (isRuleLevel(l)) out[k] = l;
  return out;
}

/** The strings of a name list; a list that is not one is ignored (the schema reports it), as are its non-strings. */
function nameList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
}

function aliasMap(v: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (isRecord(v)) for (const [k, l] of Object.entries(v)) out[k] = stringArray(l) ?? [];
  return out;
}

/**
 * Checks that a schema path from the configuration stays inside the configuration's folder
 * (the workspace): absolute paths and `..` escapes are refused (docs/design.md, case H23).
 * Returns the normalized relative path with forward slashes.
 */
export function checkRelativePath(written: string): { path: string } | { problem: string } {
  const p = written.replace(/\\/g, '/');
  if (p.startsWith('/') || /^[a-z]:/i.test(p) || /^[a-z][a-z0-9+.-]*:\/\//i.test(p)) {
    return { problem: t('The schema path `{0}` must be relative to .policynotes.json and inside the workspace; it was refused.', written) };
  }
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return { problem: t('The schema path `{0}` leads outside the workspace; it was refused.', written) };
      out.pop();
    } else out.push(seg);
  }
  return out.length > 0 ? { path: out.join('/') } : { problem: t('The schema path `{0}` is empty.', written) };
}

/** A configuration in effect for some files, with its schema and problems to report. */
export interface LoadedConfig {
  /** The config file (path or URI string), or null for defaults. */
  file: string | null;
  config: Config;
  schema: CompiledSchema;
  /** The workspace schema's source text (for workers, which compile it themselves); null for the built-in one. */
  schemaText: { source: string; text: string } | null;
  problems: string[];
}

/**
 * Where a problem is in its configuration's text: at its syntax error (`offset`), else at
 * what its JSON pointer names (`/rules/zzz`, `/frontMatter/schema`): the key of that
 * property (a problem is about the setting), or an array item, or the nearest enclosing one
 * that exists. Null for the whole document or text that does not parse.
 */
export function problemSpan(text: string, problem: { pointer?: string; offset?: number }): { start: number; end: number } | null {
  if (problem.offset !== undefined) return { start: problem.offset, end: Math.min(text.length, problem.offset + 1) };
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let node = parseTree(bom ? text.slice(1) : text);
  let found: JsonNode | undefined;
  for (const seg of pointerSegments(problem.pointer ?? '')) {
    const next: JsonNode | undefined =
      node?.type === 'array' ? node.children?.[Number(seg)] : node?.type === 'object' ? node.children?.find((p) => p.children?.[0]?.value === seg)?.children?.[1] : undefined;
    if (!next) break;
    node = found = next;
  }
  if (!found) return null;
  const at = found.parent?.type === 'property' ? (found.parent.children?.[0] ?? found) : found;
  return { start: at.offset + bom, end: at.offset + at.length + bom };
}
