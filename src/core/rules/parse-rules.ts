/**
 * Rules whose findings come from parsing (front-matter splitter and YAML). Listing them as
 * rules gives each an id, a default severity, documentation and configurability, like
 * every other rule; `check` only passes on what `parseNote` found.
 */
import type { RuleLevel } from '../model';
import type { Rule } from './types';

function parseRule(id: string, defaultLevel: RuleLevel, description: string): Rule {
  return {
    id,
    description,
    defaultLevel,
    tags: ['front-matter', 'parse'],
    check: (ctx) => ctx.note.parseIssues.filter((i) => i.rule === id).map(({ start, end, message, fixes }) => ({ start, end, message, ...(fixes ? { fixes } : {}) })),
  };
}

export const parseRules: readonly Rule[] = [
  parseRule('yaml-syntax', 'error', 'Front matter must be valid YAML.'),
  parseRule('duplicate-key', 'error', 'A front-matter key may appear only once.'),
  parseRule('frontmatter-unclosed', 'error', 'A front-matter block opened with `---` must be closed by a `---` line.'),
  parseRule('frontmatter-language', 'error', 'Front matter must be YAML; `---js` and other languages are refused and never run.'),
  parseRule('frontmatter-format', 'info', 'TOML (`+++`) and JSON (`;;;`) front matter are recognized but not checked.'),
  parseRule('frontmatter-tag', 'warning', 'YAML tags such as `!!js/function` are not instantiated; the value is read as plain text.'),
  parseRule('frontmatter-aliases', 'error', 'Front matter may not expand more than 50 YAML aliases (alias bombs).'),
  parseRule('frontmatter-depth', 'error', 'Front matter may not nest deeper than 200 levels.'),
  parseRule('frontmatter-too-large', 'error', 'Front matter may not exceed 64 KB.'),
  parseRule('frontmatter-not-mapping', 'error', 'Front matter must be a mapping of `key: value` lines.'),
];
