/** Output formats of `policy-notes lint`: text, json, sarif (2.1.0) and GitHub annotations. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules, engineRuleIds } from '../../core/rules';
import { docsPath } from '../../core/rules/types';
import type { LintRecord } from './records';
import { t } from '../../core/l10n';

export type LintFormat = 'text' | 'json' | 'sarif' | 'github' | 'junit';

/** `file:line:col severity message [rule]`, one per line, then a count. */
export function formatText(records: readonly LintRecord[]): string {
  const lines = records.map((r) => `${r.file}:${r.line}:${r.column} ${r.severity} ${r.message.replace(/\r?\n|\r/g, ' ')} [${r.rule}]`);
  const count = (s: string) => records.filter((r) => r.severity === s).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  const counts = [errors === 1 ? t('{0} error', 1) : t('{0} errors', errors), warnings === 1 ? t('{0} warning', 1) : t('{0} warnings', warnings), t('{0} info', infos)];
  if (records.length > 0) lines.push('', counts.join(', '));
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

export function formatJson(records: readonly LintRecord[]): string {
  return JSON.stringify(records, null, 2) + '\n';
}

const DOCS_BASE = 'https://github.com/policy-notes/policy-notes/blob/main/';

/** SARIF 2.1.0, for code-scanning uploads. */
export function formatSarif(records: readonly LintRecord[], version: string): string {
  const all = [...rules.map((r) => ({ id: r.id, description: r.description })), ...Object.entries(engineRuleIds).map(([id, m]) => ({ id, description: m.description }))];
  const used = new Set(records.map((r) => r.rule));
  const driverRules = all.filter((r) => used.has(r.id)).map((r) => ({ id: r.id, shortDescription: { text: r.description }, helpUri: DOCS_BASE + docsPath(r.id) }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'policy-notes', version, informationUri: DOCS_BASE + 'README.md', rules: driverRules } },
        results: records.map((r) => ({
          ruleId: r.rule,
          level: r.severity === 'info' ? 'note' : r.severity,
          message: { text: r.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(r.file) }, region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn } } }],
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/**
 * A file as a SARIF artifact URI (a URI reference, RFC 3986): a relative path (POSIX, as
 * printed) with each segment percent-encoded, or a `file:` URL for a file outside the
 * working directory.
 */
export function sarifUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split('/').map(encodeURIComponent).join('/');
}

/** Escapes data for a GitHub workflow command (`%`, CR, LF; plus `:` and `,` in properties). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions annotations (`::error file=…::message`), safely escaped. */
export function formatGithub(records: readonly LintRecord[]): string {
  return records
    .map((r) => {
      const cmd = r.severity === 'info' ? 'notice' : r.severity;
      const props = `file=${escapeProperty(r.file)},line=${r.line},col=${r.column},endLine=${r.endLine},endColumn=${r.endColumn},title=${escapeProperty(r.rule)}`;
      return `::${cmd} ${props}::${escapeData(r.message)}\n`;
    })
    .join('');
}
