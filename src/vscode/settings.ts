/**
 * Editor settings (`policyNotes.*`), read per resource and normalized once, with a default
 * per field. Add a setting: declare it in package.json `contributes.configuration`, read it
 * here, and (if it names a path or pattern) list it in `restrictedConfigurations`.
 */
import * as vscode from 'vscode';
import { isRuleLevel } from '../core/config';
import type { ClaimKind, RuleLevel } from '../core/model';
import { parseScope, type Scope } from '../core/scope';

export type LintRun = 'onSave' | 'onType';

export interface Settings {
  lintRun: LintRun;
  rules: Record<string, RuleLevel>;
  maxFileSize: number;
  highlightClaims: boolean;
  highlightKinds: ClaimKind[];
  /** Which Markdown files are articles (core/scope.ts). */
  scope: Scope;
}

export const ALL_KINDS: ClaimKind[] = ['money', 'count', 'percent', 'percentPoint', 'multiple', 'quantity', 'date', 'deadline', 'duration'];

/** Settings that apply to a document (or the workspace). */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('policyNotes', scope);
  const rules: Record<string, RuleLevel> = {};
  const raw = c.get<Record<string, unknown>>('rules') ?? {};
  for (const [k, v] of Object.entries(raw)) if (isRuleLevel(v)) rules[k] = v;
  const kinds = c.get<unknown[]>('claims.highlightKinds');
  return {
    lintRun: c.get<string>('lint.run') === 'onType' ? 'onType' : 'onSave',
    rules,
    maxFileSize: Math.max(1024, c.get<number>('maxFileSize') ?? 5 * 1024 * 1024),
    highlightClaims: c.get<boolean>('claims.highlight') ?? true,
    highlightKinds: Array.isArray(kinds) ? ALL_KINDS.filter((k) => kinds.includes(k)) : [...ALL_KINDS],
    scope: parseScope(c.get<string>('scope')),
  };
}

/** True when a configuration change touches our settings. */
export function affectsUs(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration('policyNotes');
}
