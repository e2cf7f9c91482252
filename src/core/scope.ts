/**
 * Which Markdown files are articles, per the `policyNotes.scope` setting: the editor lints
 * and indexes only those, so a workspace that is not a policy-notes project (a README, a
 * docs folder) is left alone. Pure decisions; the editor gathers the facts.
 */
import { parseFrontMatter } from './parse/frontMatter';

/** `auto`: under a configuration, or front matter that looks like an article; `all`: every Markdown file; `configured`: under a configuration only. */
export type Scope = 'auto' | 'all' | 'configured';

export const SCOPES: readonly Scope[] = ['auto', 'all', 'configured'];

/** The setting's value, `auto` for anything unknown. */
export function parseScope(value: unknown): Scope {
  return SCOPES.includes(value as Scope) ? (value as Scope) : 'auto';
}

/** What the decision looks at. */
export interface ArticleFacts {
  /** A `.policynotes.json` applies (in the file's folder or one above it, within the workspace). */
  underConfig: boolean;
  /** Top-level keys of the file's front matter ([] when it has none or it does not parse); undefined when not read. */
  frontMatterKeys?: readonly string[];
  /** Top-level property names of the article schema in effect. */
  schemaKeys: readonly string[];
}

/** True when the decision needs the file's front matter keys (they are read only then). */
export function needsFrontMatter(underConfig: boolean, scope: Scope): boolean {
  return scope === 'auto' && !underConfig;
}

/**
 * Whether a Markdown file is an article in `scope`. In `auto`, front matter makes one when
 * it has a `title` and at least one other key the schema in effect declares.
 */
export function isArticle(facts: ArticleFacts, scope: Scope): boolean {
  if (scope === 'all') return true;
  if (facts.underConfig) return true;
  if (scope === 'configured') return false;
  const keys = facts.frontMatterKeys ?? [];
  if (!keys.includes('title')) return false;
  const schema = new Set(facts.schemaKeys);
  return keys.some((k) => k !== 'title' && schema.has(k));
}

/** Top-level keys of a note's front matter: [] when it has none, or when it is not a YAML mapping. */
export function frontMatterKeys(text: string): string[] {
  const data = parseFrontMatter(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).frontMatter?.data;
  return data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
}
