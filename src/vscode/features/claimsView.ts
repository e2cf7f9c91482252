/**
 * The "Claims" view: the active article's claims grouped by kind; clicking one reveals it.
 * Labels and tooltips are plain strings (never Markdown), so article text stays text.
 */
import * as vscode from 'vscode';
import { explainValue, kindLabel } from '../../core/explain';
import type { Claim, ClaimKind } from '../../core/model';
import type { ClaimsCache } from '../claimsCache';
import { toRange } from '../convert';
import { ALL_KINDS } from '../settings';
import { isArticle } from './diagnostics';

type Node = { type: 'kind'; kind: ClaimKind; claims: Claim[] } | { type: 'claim'; claim: Claim };

export const REVEAL_COMMAND = 'policyNotes.revealRange';

export class ClaimsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private doc: vscode.TextDocument | undefined;

  constructor(private readonly cache: ClaimsCache) {
    this.disposables.push(
      this.emitter,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.doc) {
          clearTimeout(this.timer);
          this.timer = setTimeout(() => this.refresh(), 300);
        }
      }),
    );
    this.refresh();
  }

  refresh(): void {
    const editor = vscode.window.activeTextEditor;
    if (editor && isArticle(editor.document)) this.doc = editor.document;
    else if (editor) this.doc = undefined;
    this.emitter.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!this.doc || this.doc.isClosed) return [];
    if (!node) {
      const claims = this.cache.get(this.doc);
      return ALL_KINDS.map((kind) => ({ type: 'kind' as const, kind, claims: claims.filter((c) => c.kind === kind) })).filter((n) => n.claims.length > 0);
    }
    return node.type === 'kind' ? node.claims.map((claim) => ({ type: 'claim' as const, claim })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'kind') {
      const item = new vscode.TreeItem(kindLabel(node.kind), vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.claims.length);
      item.contextValue = 'claimKind';
      return item;
    }
    const doc = this.doc!;
    const c = node.claim;
    const range = toRange(doc, c);
    const item = new vscode.TreeItem(c.text, vscode.TreeItemCollapsibleState.None);
    item.description = vscode.l10n.t('{0} · line {1}', explainValue(c), range.start.line + 1);
    item.tooltip = doc.lineAt(range.start.line).text.trim().slice(0, 300);
    item.command = { command: REVEAL_COMMAND, title: vscode.l10n.t('Reveal'), arguments: [doc.uri, range] };
    item.contextValue = 'claim';
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** Opens a document and selects a range in it. */
export async function revealRange(uri: vscode.Uri, range: vscode.Range): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false, preview: true });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
