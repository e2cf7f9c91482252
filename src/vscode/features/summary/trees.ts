/**
 * The three summary trees over the workspace index: "Programs" (program → its targets →
 * the places stating them, plus its mentions; the candidates in a last, collapsed node),
 * "Targets by Deadline" (year → targets, the no-deadline bucket last) and "Agencies"
 * (agency → programs). They differ only in their roots; children and items come from
 * `nodes.ts`, so a program looks the same everywhere. Only the Programs view lists
 * candidates: the other two read the summary as shown (`SummarySource.shown`), where a
 * candidate's targets have no program, as in the CLI's default output.
 */
import * as vscode from 'vscode';
import { filterPrograms, filterTargets, isActive, type FilteredProgram, type SummaryFilter } from '../../../core/report/filter';
import { byAgency, byYear } from '../../../core/report/groups';
import type { Summary } from '../../../core/summary';
import { childrenOf, treeItemOf, type SummaryNode } from './nodes';
import type { SummarySource } from './source';

/** A summary tree: the shared source, and roots of its own. */
export abstract class SummaryTree implements vscode.TreeDataProvider<SummaryNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<SummaryNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;
  /** The roots last computed, for the summary and filter they were computed for (the view's message and its first level both need them). */
  private shown: { summary: Summary; filter: SummaryFilter; roots: SummaryNode[] } | undefined;

  constructor(
    /** The view id in package.json. */
    readonly viewId: string,
    /** What the view lists, for "No … match the filter". */
    readonly noun: string,
    protected readonly source: SummarySource,
  ) {
    this.subscription = source.onDidChange(() => this.emitter.fire(undefined));
  }

  /** Top-level nodes for a summary and the current filter. */
  protected abstract roots(summary: Summary): SummaryNode[];

  /** Whether the tree is empty without a filter (told without building it: a large workspace's roots take a while). */
  protected abstract emptyUnfiltered(summary: Summary): boolean;

  getChildren(node?: SummaryNode): SummaryNode[] {
    const summary = this.source.summary;
    if (!summary) return [];
    return node ? childrenOf(node, this.source) : this.rootsOf(summary);
  }

  private rootsOf(summary: Summary): SummaryNode[] {
    const filter = this.source.filter;
    if (this.shown?.summary !== summary || this.shown.filter !== filter) this.shown = { summary, filter, roots: this.roots(summary) };
    return this.shown.roots;
  }

  getTreeItem(node: SummaryNode): vscode.TreeItem {
    return treeItemOf(node, this.source);
  }

  /** The view's message: why it is empty, when the welcome content does not say it. */
  message(): string | undefined {
    const summary = this.source.summary;
    if (!summary) return undefined;
    const filtered = isActive(this.source.filter);
    if (filtered ? this.rootsOf(summary).length > 0 : !this.emptyUnfiltered(summary)) return undefined;
    if (filtered)
      return this.noun === 'programs'
        ? vscode.l10n.t('No programs match the filter.')
        : this.noun === 'agencies'
          ? vscode.l10n.t('No agencies match the filter.')
          : vscode.l10n.t('No targets match the filter.');
    const articles = this.source.articleCount();
    if (articles === 0) return undefined;
    const inArticles = articles === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', articles);
    if (this.noun === 'programs') return vscode.l10n.t('No programs found in {0}.', inArticles);
    return this.noun === 'agencies' ? vscode.l10n.t('No agencies found in {0}.', inArticles) : vscode.l10n.t('No targets found in {0}.', inArticles);
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

function programNodes(list: readonly FilteredProgram[]): SummaryNode[] {
  return list.map((f) => ({ kind: 'program', program: f.program, targets: f.targets }));
}

/** Programs, most mentioned first, then a "Candidates" node when there are any. */
export class ProgramsTree extends SummaryTree {
  constructor(source: SummarySource) {
    super('policyNotes.programs', 'programs', source);
  }

  protected roots(summary: Summary): SummaryNode[] {
    const filter = this.source.filter;
    const roots = programNodes(filterPrograms((this.source.shown ?? summary).programs, filter));
    const candidates = filterPrograms(this.source.candidates, filter);
    if (candidates.length > 0) roots.push({ kind: 'candidates', programs: candidates });
    return roots;
  }

  protected emptyUnfiltered(summary: Summary): boolean {
    return summary.programs.length === 0;
  }
}

/** Targets by deadline year. */
export class TargetsTree extends SummaryTree {
  constructor(source: SummarySource) {
    super('policyNotes.targets', 'targets', source);
  }

  protected roots(summary: Summary): SummaryNode[] {
    return byYear(filterTargets((this.source.shown ?? summary).targets, this.source.filter)).map((group) => ({ kind: 'year', group }));
  }

  protected emptyUnfiltered(summary: Summary): boolean {
    return summary.targets.length === 0;
  }
}

/** Agencies and the programs attributed to them. */
export class AgenciesTree extends SummaryTree {
  constructor(source: SummarySource) {
    super('policyNotes.agencies', 'agencies', source);
  }

  protected roots(summary: Summary): SummaryNode[] {
    const filter = this.source.filter;
    const shown = filterPrograms((this.source.shown ?? summary).programs, filter);
    const targets = new Map(shown.map((f) => [f.program, f.targets]));
    return byAgency(shown.map((f) => f.program))
      .filter((g) => !filter.agency || g.agency === filter.agency)
      .map((g) => ({ kind: 'agency', agency: g.agency, programs: g.programs.map((program) => ({ program, targets: targets.get(program) ?? [] })) }));
  }

  protected emptyUnfiltered(summary: Summary): boolean {
    return (this.source.shown ?? summary).programs.length === 0; // every program shown is listed, under its agencies or under none
  }
}
