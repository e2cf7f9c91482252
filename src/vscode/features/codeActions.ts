/**
 * Quick fixes for our diagnostics (the fixes rules attach to issues), a "disable for this
 * line" action for every rule, and `source.fixAll.policyNotes` applying preferred fixes.
 * Edits are applied only when the user picks them, and undo like any edit.
 */
import * as vscode from 'vscode';
import { preferredEdits } from '../../core/fix';
import type { Issue } from '../../core/model';
import { parseFrontMatter, type FrontMatterResult } from '../../core/parse/frontMatter';
import { canDisable } from '../../core/rules';
import { stripBom } from '../../core/text/decode';
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
    let fm: FrontMatterResult | undefined; // core's reading of the front matter, when a disable action needs it
    const frontMatter = () => (fm ??= parseFrontMatter(stripBom(doc.getText())));
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
      if (!issue || !canDisable(rule)) continue;
      // A comment above the front matter's opener would turn the front matter into body text.
      if (d.range.start.line === 0 && opens(frontMatter())) continue;
      const key = `${rule}@${d.range.start.line}`;
      const same = disabled.get(key);
      if (same) same.diagnostics!.push(d);
      else disabled.set(key, this.disableAction(doc, d, rule, inContent(frontMatter(), doc.offsetAt(d.range.start))));
    }
    return [...actions, ...disabled.values()];
  }

  private disableAction(doc: vscode.TextDocument, d: vscode.Diagnostic, rule: string, inFrontMatter: boolean): vscode.CodeAction {
    const a = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this line', rule), vscode.CodeActionKind.QuickFix);
    const line = doc.lineAt(d.range.start.line);
    const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
    const comment = inFrontMatter ? `${indent}# policy-notes-disable-next-line ${rule}` : `${indent}<!-- policy-notes-disable-next-line ${rule} -->`;
    a.edit = new vscode.WorkspaceEdit();
    a.edit.insert(doc.uri, line.range.start, comment + (doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n'));
    a.diagnostics = [d];
    return a;
  }

  private fixAll(doc: vscode.TextDocument, issues: Issue[]): vscode.CodeAction[] {
    // Overlapping fixes wait: the next run applies the rest (as `lint --fix` does).
    const { edits, fixes: count } = preferredEdits(issues);
    const edit = new vscode.WorkspaceEdit();
    for (const e of edits) edit.replace(doc.uri, toRange(doc, e), e.newText);
    if (count === 0) return [];
    const a = new vscode.CodeAction(vscode.l10n.t('Fix all Policy Notes problems ({0})', count), FIX_ALL_KIND);
    a.edit = edit;
    return [a];
  }
}

/** Whether the text opens with a front-matter block (closed or not, YAML or another format). */
function opens(fm: FrontMatterResult): boolean {
  return fm.frontMatter !== null || fm.foreign !== null || fm.issues.some((i) => i.rule === 'frontmatter-unclosed');
}

/** Whether an offset lies inside the YAML of the front matter (where a comment is `# …`). */
function inContent(fm: FrontMatterResult, offset: number): boolean {
  return fm.frontMatter !== null && offset < fm.frontMatter.content.end;
}
