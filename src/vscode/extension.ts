/**
 * Activation: wiring only. Each feature is constructed with what it needs and disposed
 * with the extension; nothing heavy runs until a Markdown document needs it.
 */
import * as vscode from 'vscode';
import type { Issue } from '../core/model';
import { ClaimsCache } from './claimsCache';
import { ClaimHighlights, toggleClaimHighlights } from './features/claimHighlights';
import { ClaimHover } from './features/claimHover';
import { ClaimsView, REVEAL_COMMAND, revealRange } from './features/claimsView';
import { QuickFixes } from './features/codeActions';
import { registerCreateConfiguration } from './features/createConfig';
import { Diagnostics } from './features/diagnostics';
import { lintWorkspace } from './features/lintWorkspace';
import { FrontMatterCompletion } from './features/frontMatterCompletion';
import { FrontMatterHoverProvider } from './features/frontMatterHover';
import { FrontMatterSymbols, LocalFileLinks } from './features/frontMatterLinks';
import { ArticleStatus, type ArticleStatusState } from './features/statusBar';
import { registerWalkthroughCommands } from './features/walkthrough';
import { registerSummaryFeatures, type SummaryFeatures } from './features/summaryViews';
import { log } from './log';
import { LazyPool } from './pool';
import { WorkspaceIndex, type IndexState } from './index/workspaceIndex';
import { figureKey } from '../core/worker/figureKeys';
import type { Summary } from '../core/summary';
import { WorkspaceConfigs } from './workspaceConfig';
import { setLocale } from '../core/l10n';

/** What `activate` returns: used by the integration tests and by other extensions. */
export interface PolicyNotesApi {
  version: string;
  /** Lints an open document now and returns its issues (undefined if it went stale). */
  lint(doc: vscode.TextDocument): Promise<Issue[] | undefined>;
  /** Fires after a document's diagnostics were published. */
  onDidLint: vscode.Event<vscode.Uri>;
  /** Claim ranges currently highlighted in a document, by kind. */
  highlights(uri: vscode.Uri): { kind: string; range: vscode.Range }[] | undefined;
  /** Fires after a document's claim highlights were (re)drawn. */
  onDidHighlight: vscode.Event<vscode.Uri>;
  /** The workspace index: starts it if needed and resolves when its first run ended. */
  indexReady(): Promise<void>;
  /** The merged workspace summary (undefined before the first run ends). */
  summary(): Summary | undefined;
  /** Fires when the workspace summary changed. */
  onDidChangeSummary: vscode.Event<void>;
  /** The summary views, conflict diagnostics and report. */
  summaryViews: SummaryFeatures;
  /** Re-reads the workspace (unchanged files come from the cache). */
  reindex(): Promise<void>;
  /** Drops the in-memory index and starts again from the storage cache, as a reopened window does. */
  restartIndex(): Promise<void>;
  /** Resolves when the index cache write in progress (if any) has finished. */
  indexSaved(): Promise<void>;
  /** Resolves once the index's start has finished: the cached summary shown, then every file checked. */
  indexStarted(): Promise<void>;
  /** Progress and timings of the index: for the integration tests and the host benchmark. */
  indexState(): IndexState;
  /** Whether the workspace index holds a file. */
  indexed(uri: vscode.Uri): boolean;
  /** The article status bar item: shown or not, its text and the document it is about. */
  statusBar(): ArticleStatusState;
  /** Fires after the status bar item was updated. */
  onDidUpdateStatusBar: vscode.Event<void>;
  /** The labels of the status bar item's menu, as it would offer them now. */
  statusBarMenu(): string[];
}

declare const __PN_VERSION__: string;

export function activate(context: vscode.ExtensionContext): PolicyNotesApi {
  const started = Date.now();
  // Core messages (rules, configuration, summary) in VS Code's display language, from the same bundle as vscode.l10n.
  setLocale(vscode.env.language, vscode.l10n.bundle);
  const configProblems = vscode.languages.createDiagnosticCollection('policy-notes-config');
  const configs = new WorkspaceConfigs(configProblems, context.extensionUri);
  const pool = new LazyPool(context.extensionUri);
  const diagnostics = new Diagnostics(context.extensionUri, configs, pool);
  const index = new WorkspaceIndex(context.storageUri, configs, pool);
  const markdown: vscode.DocumentSelector = { language: 'markdown' };
  const claims = new ClaimsCache();
  const highlights = new ClaimHighlights(claims);
  const claimsView = new ClaimsView(claims);
  const summaryViews = registerSummaryFeatures(context, index, configs);
  const articleStatus = new ArticleStatus(configs, diagnostics);
  const frontMatter = { configFor: (uri: vscode.Uri) => configs.forUri(uri), summary: () => index.summary };
  context.subscriptions.push(
    log(),
    registerCreateConfiguration(),
    configProblems,
    configs,
    diagnostics,
    articleStatus,
    pool,
    vscode.languages.registerCodeActionsProvider(markdown, new QuickFixes(diagnostics), QuickFixes.metadata),
    highlights,
    claimsView,
    vscode.window.registerTreeDataProvider('policyNotes.claims', claimsView),
    index,
    summaryViews,
    vscode.languages.registerHoverProvider(
      markdown,
      new ClaimHover(claims, (claim, uri) => {
        const key = figureKey(claim);
        return key ? index.sameFigure(key, uri) : [];
      }),
    ),
    vscode.languages.registerCompletionItemProvider(markdown, new FrontMatterCompletion(frontMatter), ...FrontMatterCompletion.triggers),
    vscode.languages.registerHoverProvider(markdown, new FrontMatterHoverProvider(frontMatter)),
    vscode.languages.registerDocumentLinkProvider(markdown, new LocalFileLinks()),
    vscode.languages.registerDocumentSymbolProvider(markdown, new FrontMatterSymbols(), { label: vscode.l10n.t('Front matter') }),
    registerWalkthroughCommands(claims),
    vscode.commands.registerCommand('policyNotes.toggleClaimHighlights', toggleClaimHighlights),
    vscode.commands.registerCommand(REVEAL_COMMAND, revealRange),
    vscode.commands.registerCommand('policyNotes.showOutput', () => log().show(true)),
    vscode.commands.registerCommand('policyNotes.lintWorkspace', () => lintWorkspace(diagnostics, configs, context.extensionUri, pool)),
  );
  // Index the workspace in the background, after activation has returned.
  const indexTimer = setTimeout(() => void index.start(), 1500);
  context.subscriptions.push({ dispose: () => clearTimeout(indexTimer) });
  log().info(`Policy Notes ${__PN_VERSION__} activated in ${Date.now() - started} ms (workspace trusted: ${vscode.workspace.isTrusted})`);
  return {
    version: __PN_VERSION__,
    lint: (doc) => diagnostics.lintDocument(doc),
    onDidLint: diagnostics.onDidLint,
    highlights: (uri) => highlights.shown.get(uri.toString()),
    onDidHighlight: highlights.onDidHighlight,
    indexReady: () => index.whenIdle(),
    summary: () => index.summary,
    onDidChangeSummary: index.onDidChange,
    reindex: () => index.rebuild(),
    restartIndex: () => index.restart(),
    indexState: () => ({ ...index.state, ...index.telemetry }),
    indexSaved: () => index.whenSaved(),
    indexStarted: () => index.start(),
    summaryViews,
    indexed: (uri) => index.model.has(uri.toString()),
    statusBar: () => ({ ...articleStatus.state }),
    onDidUpdateStatusBar: articleStatus.onDidUpdate,
    statusBarMenu: () => articleStatus.menuItems().map((i) => i.label),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
