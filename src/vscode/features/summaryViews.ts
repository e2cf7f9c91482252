/**
 * The workspace summary in the editor (docs/design.md job 3): the "Programs", "Targets by
 * Deadline" and "Agencies" views of the Policy Notes sidebar with their toolbar (filter,
 * clear filter, refresh, collapse all) and the Programs view's curation commands, the
 * `program-figure-conflict` diagnostics and the summary report webview. `registerSummaryFeatures` wires them to the workspace index and
 * returns one disposable that also exposes them to the integration tests.
 *
 * The views start the index when they become visible, so opening the sidebar is enough to
 * get a summary without waiting for the delayed start after activation.
 */
import * as vscode from 'vscode';
import { describeFilter, isActive } from '../../core/report/filter';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { guardAsync } from '../log';
import type { WorkspaceConfigs } from '../workspaceConfig';
import { ConflictDiagnostics } from './conflictDiagnostics';
import { registerCurationCommands } from './summary/curation';
import { filterSummary } from './summary/filterCommand';
import { REVEAL_PLACE_COMMAND, type SummaryNode } from './summary/nodes';
import { revealPlace } from './summary/reveal';
import { SummarySource } from './summary/source';
import { AgenciesTree, ProgramsTree, TargetsTree, type SummaryTree } from './summary/trees';
import { SummaryReport } from './summaryReport';

/** Command ids contributed in package.json. */
export const SUMMARY_COMMANDS = {
  filter: 'policyNotes.filterSummary',
  clearFilter: 'policyNotes.clearSummaryFilter',
  refresh: 'policyNotes.refreshSummary',
  openReport: 'policyNotes.openSummaryReport',
  revealPlace: REVEAL_PLACE_COMMAND,
} as const;

/** The summary features, disposable as one; the fields are for tests and other features. */
export interface SummaryFeatures extends vscode.Disposable {
  source: SummarySource;
  programs: ProgramsTree;
  targets: TargetsTree;
  agencies: AgenciesTree;
  views: vscode.TreeView<SummaryNode>[];
  conflicts: ConflictDiagnostics;
  report: SummaryReport;
}

/**
 * Creates the tree views: they start the index when shown, and carry the filter in their
 * description and the reason they are empty in their message.
 */
function createViews(trees: readonly SummaryTree[], source: SummarySource, index: WorkspaceIndex, disposables: vscode.Disposable[]): vscode.TreeView<SummaryNode>[] {
  const views = trees.map((tree) => {
    const view = vscode.window.createTreeView(tree.viewId, { treeDataProvider: tree, showCollapseAll: true });
    disposables.push(
      view,
      view.onDidChangeVisibility((e) => e.visible && void index.start()),
    );
    if (view.visible) void index.start();
    return view;
  });
  const decorate = () => {
    const filter = isActive(source.filter) ? `Filter: ${describeFilter(source.filter)}` : undefined;
    const progress = progressMessage(index);
    trees.forEach((tree, i) => {
      const view = views[i] as vscode.TreeView<SummaryNode>;
      view.description = filter;
      view.message = progress ?? tree.message();
    });
  };
  disposables.push(source.onDidChange(decorate), index.onDidProgress(decorate));
  return views;
}

/**
 * How far a long run is, for the views' message (it replaces the "Indexing…" welcome text,
 * and sits above what the run has shown so far); undefined when no run is analyzing.
 */
export function progressMessage(index: Pick<WorkspaceIndex, 'state'>): string | undefined {
  const { indexing, done, total } = index.state;
  if (!indexing || total === 0 || done >= total) return undefined;
  return vscode.l10n.t('Indexing articles: {0} of {1}…', grouped(done), grouped(total));
}

/** `20000` → `20,000` (not toLocaleString: its first call loads the locale data, a long task). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(?:\d{3})+(?!\d))/g, ',');
}

/** Registers the summary views, commands, conflict diagnostics and report. */
export function registerSummaryFeatures(context: vscode.ExtensionContext, index: WorkspaceIndex, configs: WorkspaceConfigs): SummaryFeatures {
  const source = new SummarySource(index);
  const label = (file: string) => source.label(file);
  const programs = new ProgramsTree(source);
  const targets = new TargetsTree(source);
  const agencies = new AgenciesTree(source);
  const disposables: vscode.Disposable[] = [source, programs, targets, agencies];
  const views = createViews([programs, targets, agencies], source, index, disposables);
  const conflicts = new ConflictDiagnostics(context.extensionUri, index, configs, label);
  const report = new SummaryReport(context.extensionUri, index, configs, label);
  disposables.push(
    conflicts,
    report,
    vscode.commands.registerCommand(SUMMARY_COMMANDS.filter, () => guardAsync('Filter summary', filterSummary(source))),
    vscode.commands.registerCommand(SUMMARY_COMMANDS.clearFilter, () => source.setFilter({})),
    vscode.commands.registerCommand(SUMMARY_COMMANDS.refresh, () => guardAsync('Refresh summary', index.summary ? index.rebuild() : index.start())),
    vscode.commands.registerCommand(SUMMARY_COMMANDS.openReport, () => void report.open()),
    vscode.commands.registerCommand(SUMMARY_COMMANDS.revealPlace, (file: unknown, start: unknown, end: unknown) => revealPlace(index, file, start, end)),
    registerCurationCommands(configs, source),
  );
  return { source, programs, targets, agencies, views, conflicts, report, dispose: () => disposables.reverse().forEach((d) => d.dispose()) };
}
