/**
 * The status bar item of an article: which schema applies (the built-in one, or the
 * workspace schema's file name) and how many problems the article has. It shows only while
 * the active editor holds an article in the `policyNotes.scope` set for it; clicking it
 * offers to open the configuration (when one applies), create one, or lint the workspace.
 */
import * as vscode from 'vscode';
import type { LoadedConfig } from '../../core/config';
import { guardAsync } from '../log';
import { inScope } from '../scope';
import type { WorkspaceConfigs } from '../workspaceConfig';
import { CREATE_CONFIGURATION } from './createConfig';
import type { Diagnostics } from './diagnostics';

export const ARTICLE_MENU_COMMAND = 'policyNotes.showArticleMenu';

/** What the item shows, for the integration tests. */
export interface ArticleStatusState {
  visible: boolean;
  text: string;
  tooltip: string;
  /** The document it is about, when shown. */
  uri: string | undefined;
}

export class ArticleStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('policyNotes.article', vscode.StatusBarAlignment.Right, 100);
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Counts updates, so a slow one that a newer one overtook shows nothing. */
  private generation = 0;
  /** The configuration of the document shown (for the menu). */
  private loaded: LoadedConfig | undefined;
  readonly state: ArticleStatusState = { visible: false, text: '', tooltip: '', uri: undefined };
  /** Fires after the item was updated (shown, hidden or changed). */
  readonly onDidUpdate = this.emitter.event;

  constructor(
    private readonly configs: WorkspaceConfigs,
    private readonly diagnostics: Diagnostics,
  ) {
    this.item.name = vscode.l10n.t('Policy Notes article');
    this.item.command = ARTICLE_MENU_COMMAND;
    const update = () => this.update();
    this.disposables.push(
      this.item,
      this.emitter,
      vscode.commands.registerCommand(ARTICLE_MENU_COMMAND, () => this.showMenu()),
      vscode.window.onDidChangeActiveTextEditor(update),
      diagnostics.onDidLint((uri) => uri.toString() === vscode.window.activeTextEditor?.document.uri.toString() && update()),
      configs.onDidChange(update),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('policyNotes.scope') && update()),
    );
    update();
  }

  private update(): void {
    void guardAsync('status bar', this.refresh());
  }

  private async refresh(): Promise<void> {
    const gen = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    let shown: { loaded: LoadedConfig; text: string; tooltip: string } | undefined;
    if (doc && doc.languageId === 'markdown' && doc.uri.scheme !== 'git' && doc.uri.scheme !== 'output') {
      const loaded = await this.configs.forUri(doc.uri);
      if (await inScope(doc.uri, loaded, doc.getText())) {
        const schema = schemaName(loaded);
        const problems = this.diagnostics.collection.get(doc.uri)?.length ?? 0;
        shown = {
          loaded,
          text: `$(file-code) ${schema}  $(warning) ${problems}`,
          tooltip: problems === 1 ? vscode.l10n.t('Schema: {0}. 1 problem.', schema) : vscode.l10n.t('Schema: {0}. {1} problems.', schema, problems),
        };
      }
    }
    if (gen !== this.generation) return;
    this.loaded = shown?.loaded;
    if (shown) {
      this.item.text = shown.text;
      this.item.tooltip = shown.tooltip;
      this.item.show();
    } else this.item.hide();
    Object.assign(this.state, { visible: shown !== undefined, text: shown?.text ?? '', tooltip: shown?.tooltip ?? '', uri: shown ? doc?.uri.toString() : undefined });
    this.emitter.fire();
  }

  /** The item's menu: open the configuration (when one applies), create one, lint the workspace. */
  menuItems(): (vscode.QuickPickItem & { run: () => Thenable<unknown> })[] {
    const items: (vscode.QuickPickItem & { run: () => Thenable<unknown> })[] = [];
    const file = this.loaded?.file;
    if (file) {
      const uri = vscode.Uri.parse(file);
      items.push({ label: `$(gear) ${vscode.l10n.t('Open Configuration File')}`, description: vscode.workspace.asRelativePath(uri), run: () => vscode.window.showTextDocument(uri) });
    }
    items.push({ label: `$(new-file) ${vscode.l10n.t('Create Configuration…')}`, run: () => vscode.commands.executeCommand(CREATE_CONFIGURATION) });
    items.push({ label: `$(checklist) ${vscode.l10n.t('Lint Workspace')}`, run: () => vscode.commands.executeCommand('policyNotes.lintWorkspace') });
    return items;
  }

  private async showMenu(): Promise<void> {
    const picked = await vscode.window.showQuickPick(this.menuItems(), { placeHolder: this.state.tooltip || undefined });
    await picked?.run();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The schema's name as the item shows it: "built-in", or the workspace schema's file name. */
function schemaName(loaded: LoadedConfig): string {
  const source = loaded.schema.source;
  if (source === 'built-in') return vscode.l10n.t('built-in schema');
  const slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
  return slash < 0 ? source : source.slice(slash + 1);
}
