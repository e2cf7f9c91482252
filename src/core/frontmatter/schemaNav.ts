/**
 * Reading a front-matter JSON Schema for editor help: the subschemas that apply at a data
 * path (through `properties`, `items`, `additionalProperties`, local `$ref` and the
 * `allOf`/`anyOf`/`oneOf` branches), and what they say about a key or value (title,
 * description, types, allowed values, formats, examples). Schemas are user data: anything
 * unexpected reads as "nothing known", never an exception, and `$ref` chains are bounded.
 */

export type JsonSchema = Record<string, unknown>;
/** A path into front-matter data: keys and sequence indexes. */
export type DataPath = readonly (string | number)[];

const MAX_REF_DEPTH = 16;
const MAX_BRANCHES = 64;

function isSchema(v: unknown): v is JsonSchema {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Follows a local `$ref` (`#/definitions/x`, `#/$defs/x`, `#`); null for a remote or broken one. */
function deref(root: JsonSchema, node: JsonSchema): JsonSchema | null {
  let current: JsonSchema = node;
  for (let depth = 0; typeof current.$ref === 'string'; depth++) {
    if (depth >= MAX_REF_DEPTH) return null;
    const ref = current.$ref as string;
    if (!ref.startsWith('#')) return null;
    let target: unknown = root;
    for (const raw of ref
      .slice(1)
      .split('/')
      .filter((s) => s !== '')) {
      const seg = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      target = isSchema(target) && Object.prototype.hasOwnProperty.call(target, seg) ? target[seg] : undefined;
    }
    if (!isSchema(target)) return null;
    // Keywords beside a `$ref` (2019+) still apply: keep the referring node's own description.
    const { $ref: _ref, ...rest } = current;
    current = { ...target, ...rest };
  }
  return current;
}

/** The node and every `allOf`/`anyOf`/`oneOf` branch under it, each dereferenced. */
export function branches(root: JsonSchema, node: unknown): JsonSchema[] {
  const out: JsonSchema[] = [];
  const walk = (n: unknown, depth: number): void => {
    if (!isSchema(n) || out.length >= MAX_BRANCHES || depth > MAX_REF_DEPTH) return;
    const d = deref(root, n);
    if (!d) return;
    out.push(d);
    for (const k of ['allOf', 'anyOf', 'oneOf'] as const) if (Array.isArray(d[k])) for (const b of d[k] as unknown[]) walk(b, depth + 1);
  };
  walk(node, 0);
  return out;
}

/** The schemas that apply to the value at `path` (empty when the schema says nothing of it). */
export function schemasAt(root: JsonSchema, path: DataPath): JsonSchema[] {
  let current = branches(root, root);
  for (const seg of path) {
    const next: JsonSchema[] = [];
    for (const s of current) {
      if (typeof seg === 'number') {
        if (Array.isArray(s.prefixItems) && seg < s.prefixItems.length) next.push(...branches(root, s.prefixItems[seg]));
        else if (Array.isArray(s.items) && seg < s.items.length) next.push(...branches(root, s.items[seg]));
        else if (isSchema(s.items)) next.push(...branches(root, s.items));
      } else {
        const props = s.properties;
        if (isSchema(props) && Object.prototype.hasOwnProperty.call(props, seg)) next.push(...branches(root, props[seg]));
        else if (isSchema(s.additionalProperties)) next.push(...branches(root, s.additionalProperties));
      }
    }
    current = next.slice(0, MAX_BRANCHES);
  }
  return current;
}

/** A declared property of a mapping. */
export interface PropertyInfo {
  name: string;
  required: boolean;
  schemas: JsonSchema[];
}

/** The properties the schemas declare for a mapping, in declaration order, required ones flagged. */
export function propertiesOf(root: JsonSchema, schemas: readonly JsonSchema[]): PropertyInfo[] {
  const byName = new Map<string, PropertyInfo>();
  const required = new Set<string>();
  for (const s of schemas) {
    if (Array.isArray(s.required)) for (const r of s.required) if (typeof r === 'string') required.add(r);
    if (!isSchema(s.properties)) continue;
    for (const [name, sub] of Object.entries(s.properties)) {
      let p = byName.get(name);
      if (!p) byName.set(name, (p = { name, required: false, schemas: [] }));
      p.schemas.push(...branches(root, sub));
    }
  }
  for (const p of byName.values()) p.required = required.has(p.name);
  return [...byName.values()];
}

/** What the schemas say about a value, merged over their branches. */
export interface SchemaInfo {
  title?: string;
  description?: string;
  /** JSON types allowed (`string`, `array` …), in first-seen order; empty when unconstrained. */
  types: string[];
  /** `enum` and `const` values, in order, without repeats. */
  values: unknown[];
  /** `format` keywords (`date`, `date-time` …). */
  formats: string[];
  examples: unknown[];
  default?: unknown;
  hasDefault: boolean;
}

export function describeSchemas(schemas: readonly JsonSchema[]): SchemaInfo {
  const info: SchemaInfo = { types: [], values: [], formats: [], examples: [], hasDefault: false };
  const seen = new Set<string>();
  const addValue = (v: unknown): void => {
    const k = JSON.stringify(v);
    if (!seen.has(k)) {
      seen.add(k);
      info.values.push(v);
    }
  };
  for (const s of schemas) {
    if (info.title === undefined && typeof s.title === 'string') info.title = s.title;
    if (info.description === undefined && typeof s.description === 'string') info.description = s.description;
    const types = typeof s.type === 'string' ? [s.type] : Array.isArray(s.type) ? s.type.filter((t): t is string => typeof t === 'string') : [];
    for (const t of types) if (!info.types.includes(t)) info.types.push(t);
    if (Array.isArray(s.enum)) for (const v of s.enum) addValue(v);
    if ('const' in s) addValue(s.const);
    if (typeof s.format === 'string' && !info.formats.includes(s.format)) info.formats.push(s.format);
    if (Array.isArray(s.examples)) info.examples.push(...s.examples);
    if ('default' in s && !info.hasDefault) {
      info.default = s.default;
      info.hasDefault = true;
    }
  }
  return info;
}
