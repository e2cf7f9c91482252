/**
 * Highlights numeric claims in visible Markdown editors, one decoration type per kind with
 * theme colours from package.json (`policyNotes.claim.<kind>Background` and an underline in
 * `…Underline`, styled per kind group: core/colors/claimStyles.ts). Re-highlighting
 * after typing is debounced and limited to visible editors.
 */
import * as vscode from 'vscode';
import { CLAIM_GROUP, GROUP_UNDERLINE } from '../../core/colors/claimStyles';
import type { Claim, ClaimKind } from '../../core/model';
import type { ClaimsCache } from '../claimsCache';
import { toRange } from '../convert';
import { ALL_KINDS, readSettings } from '../settings';
import { isArticle } from './diagnostics';

const DEBOUNCE_MS = 150;

export class ClaimHighlights implements vscode.Disposable {
  private readonly types = new Map<ClaimKind, vscode.TextEditorDecorationType>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Ranges currently shown per document URI (for tests and the API). */
  readonly shown = new Map<string, { kind: ClaimKind; range: vscode.Range }[]>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidHighlight = this.emitter.event;

  constructor(private readonly cache: ClaimsCache) {
    for (const kind of ALL_KINDS) {
      this.types.set(
        kind,
        vscode.window.createTextEditorDecorationType({
          backgroundColor: new vscode.ThemeColor(`policyNotes.claim.${kind}Background`),
          // Colour is not the only cue: an underline whose style tells the kind's group.
          borderWidth: '0 0 2px 0',
          borderStyle: GROUP_UNDERLINE[CLAIM_GROUP[kind]],
          borderColor: new vscode.ThemeColor(`policyNotes.claim.${kind}Underline`),
          borderRadius: '2px',
          overviewRulerColor: kind === 'money' ? new vscode.ThemeColor(`policyNotes.claim.${kind}Background`) : undefined,
          overviewRulerLane: vscode.OverviewRulerLane.Center,
        }),
      );
    }
    this.disposables.push(
      this.emitter,
      ...this.types.values(),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (vscode.window.visibleTextEditors.some((ed) => ed.document === e.document)) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('policyNotes.claims') && this.refresh()),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cache.forget(d.uri);
        this.shown.delete(d.uri.toString());
      }),
    );
    this.refresh();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), DEBOUNCE_MS);
  }

  /** Re-decorates every visible Markdown editor. */
  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  private decorate(editor: vscode.TextEditor): void {
    const doc = editor.document;
    if (!isArticle(doc)) return;
    const settings = readSettings(doc);
    const byKind = new Map<ClaimKind, vscode.Range[]>(ALL_KINDS.map((k) => [k, []]));
    const shown: { kind: ClaimKind; range: vscode.Range }[] = [];
    if (settings.highlightClaims) {
      const wanted = new Set(settings.highlightKinds);
      for (const c of this.cache.get(doc) as Claim[]) {
        if (!wanted.has(c.kind)) continue;
        const range = toRange(doc, c);
        byKind.get(c.kind)!.push(range);
        shown.push({ kind: c.kind, range });
      }
    }
    for (const [kind, type] of this.types) editor.setDecorations(type, byKind.get(kind) ?? []);
    this.shown.set(doc.uri.toString(), shown);
    this.emitter.fire(doc.uri);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** Flips `policyNotes.claims.highlight` (user settings), like "Toggle Minimap". */
export async function toggleClaimHighlights(): Promise<boolean> {
  const config = vscode.workspace.getConfiguration('policyNotes');
  const next = !(config.get<boolean>('claims.highlight') ?? true);
  const inspect = config.inspect<boolean>('claims.highlight');
  const target = inspect?.workspaceFolderValue !== undefined || inspect?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('claims.highlight', next, target);
  return next;
}
