/**
 * Quick fixes for our diagnostics (the fixes rules attach to issues), a "disable for this
 * line" action for every rule, and `source.fixAll.policyNotes` applying preferred fixes.
 * Edits are applied only when the user picks them, and undo like any edit.
 */
import * as vscode from 'vscode';
import type { Issue } from '../../core/model';
import { SOURCE, ruleOf, toRange, toWorkspaceEdit } from '../convert';
import type { IssueStore } from './diagnostics';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('policyNotes');

export class QuickFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] };

  constructor(private readonly store: IssueStore) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const published = this.store.issuesFor(doc.uri);
    if (!published || published.version !== doc.version) return [];
    if (context.only && FIX_ALL_KIND.contains(context.only)) return this.fixAll(doc, published.issues);
    const actions: vscode.CodeAction[] = [];
    /** One "disable" action per rule and line, however many of its problems the line has. */
    const disabled = new Map<string, vscode.CodeAction>();
    for (const d of context.diagnostics) {
      const rule = ruleOf(d);
      if (!rule || d.source !== SOURCE) continue;
      const issue = published.issues.find((i) => i.rule === rule && i.message === d.message && toRange(doc, i).isEqual(d.range));
      for (const fix of issue?.fixes ?? []) {
        const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        a.edit = toWorkspaceEdit(doc, fix);
        a.diagnostics = [d];
        a.isPreferred = fix.preferred === true;
        actions.push(a);
      }
      if (!issue || ['internal-error', 'file-too-large', 'binary-file', 'encoding'].includes(rule)) continue;
      // A comment above the `---` opener would turn the front matter into body text.
      if (d.range.start.line === 0 && doc.lineAt(0).text.startsWith('---')) continue;
      const key = `${rule}@${d.range.start.line}`;
      const same = disabled.get(key);
      if (same) same.diagnostics!.push(d);
      else disabled.set(key, this.disableAction(doc, d, rule, issue));
    }
    return [...actions, ...disabled.values()];
  }

  private disableAction(doc: vscode.TextDocument, d: vscode.Diagnostic, rule: string, issue: Issue): vscode.CodeAction {
    const a = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this line', rule), vscode.CodeActionKind.QuickFix);
    const line = doc.lineAt(d.range.start.line);
    const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
    const inFrontMatter = isInFrontMatter(doc, issue.start);
    const comment = inFrontMatter ? `${indent}# policy-notes-disable-next-line ${rule}` : `${indent}<!-- policy-notes-disable-next-line ${rule} -->`;
    a.edit = new vscode.WorkspaceEdit();
    a.edit.insert(doc.uri, line.range.start, comment + (doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n'));
    a.diagnostics = [d];
    return a;
  }

  private fixAll(doc: vscode.TextDocument, issues: Issue[]): vscode.CodeAction[] {
    const edit = new vscode.WorkspaceEdit();
    let lastEnd = -1;
    let count = 0;
    const preferred = issues.flatMap((i) => i.fixes?.filter((f) => f.preferred) ?? []).sort((a, b) => (a.edits[0]?.start ?? 0) - (b.edits[0]?.start ?? 0));
    for (const fix of preferred) {
      const first = fix.edits[0];
      if (!first || first.start < lastEnd) continue; // overlapping fixes: the next run applies the rest
      for (const e of fix.edits) edit.replace(doc.uri, toRange(doc, e), e.newText);
      lastEnd = Math.max(...fix.edits.map((e) => e.end));
      count++;
    }
    if (count === 0) return [];
    const a = new vscode.CodeAction(vscode.l10n.t('Fix all Policy Notes problems ({0})', count), FIX_ALL_KIND);
    a.edit = edit;
    return [a];
  }
}

/** True when an offset lies inside the document's front-matter block. */
function isInFrontMatter(doc: vscode.TextDocument, offset: number): boolean {
  if (!/^---[ \t]*$/.test(doc.lineAt(0).text)) return false;
  for (let l = 1; l < Math.min(doc.lineCount, 2000); l++) {
    if (/^---[ \t]*$/.test(doc.lineAt(l).text)) return offset < doc.offsetAt(doc.lineAt(l).range.start);
  }
  return false;
}
