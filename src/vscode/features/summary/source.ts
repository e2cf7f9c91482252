/**
 * What the summary views read: the index's merged summary, the part of it shown as
 * programs (`named` or `declared`, as `policy-notes summary` prints by default; the rest
 * are the Programs view's Candidates), the filter the user set, and the conflict index
 * derived from the summary (computed once per summary, not per node).
 * One instance is shared by the three trees so a filter applies to all of them and they
 * refresh together.
 */
import * as vscode from 'vscode';
import { conflictIndex, type ConflictIndex } from '../../../core/report/groups';
import { isActive, type SummaryFilter } from '../../../core/report/filter';
import { candidates, selectSummary, type Confidence, type ProgramSummary, type Summary } from '../../../core/summary';
import type { WorkspaceIndex } from '../../index/workspaceIndex';

/** Context keys the manifest's `when` clauses read. */
export const CONTEXT = {
  filtered: 'policyNotes.summaryFiltered',
  indexed: 'policyNotes.indexed',
  hasArticles: 'policyNotes.hasArticles',
} as const;

/** The level a program must reach to be listed as one; below it, it is a candidate. */
export const SHOWN_CONFIDENCE: Confidence = 'named';

export class SummarySource implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when the summary or the filter changed. */
  readonly onDidChange = this.emitter.event;
  private current: SummaryFilter = {};
  private conflictsOf: { summary: Summary; index: ConflictIndex } | undefined;
  private shownOf: { summary: Summary; shown: Summary; candidates: ProgramSummary[] } | undefined;
  private readonly subscription: vscode.Disposable;
  private lastHasArticles: boolean | undefined;

  constructor(readonly index: WorkspaceIndex) {
    this.subscription = index.onDidChange(() => this.indexChanged());
  }

  /** The merged summary, once the index finished its first run. */
  get summary(): Summary | undefined {
    return this.index.summary;
  }

  /**
   * The summary as programs are shown (`selectSummary` at `SHOWN_CONFIDENCE`): the targets
   * of candidates have no program here, as in the CLI's default output.
   */
  get shown(): Summary | undefined {
    return this.split()?.shown;
  }

  /** The programs below `SHOWN_CONFIDENCE`, most mentioned first. */
  get candidates(): ProgramSummary[] {
    return this.split()?.candidates ?? [];
  }

  private split(): { shown: Summary; candidates: ProgramSummary[] } | undefined {
    const summary = this.summary;
    if (!summary) return undefined;
    if (this.shownOf?.summary !== summary) this.shownOf = { summary, shown: selectSummary(summary, SHOWN_CONFIDENCE), candidates: candidates(summary, SHOWN_CONFIDENCE) };
    return this.shownOf;
  }

  get filter(): SummaryFilter {
    return this.current;
  }

  /** Replaces the filter (empty parts are dropped) and refreshes the views. */
  setFilter(f: SummaryFilter): void {
    const next: SummaryFilter = {};
    if (f.text?.trim()) next.text = f.text.trim();
    if (f.agency) next.agency = f.agency;
    if (f.year) next.year = f.year;
    this.current = next;
    void vscode.commands.executeCommand('setContext', CONTEXT.filtered, isActive(next));
    this.emitter.fire();
  }

  /** Which programs and places take part in a conflict. */
  conflicts(): ConflictIndex {
    const summary = this.summary;
    if (!summary) return conflictIndex([]);
    if (this.conflictsOf?.summary !== summary) this.conflictsOf = { summary, index: conflictIndex(summary.conflicts) };
    return this.conflictsOf.index;
  }

  /** Number of indexed articles. */
  articleCount(): number {
    return this.index.size;
  }

  /** A file's name for display: its workspace-relative path. */
  label(file: string): string {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(file));
  }

  private indexChanged(): void {
    if (this.summary && !this.index.state.indexing) {
      const has = this.articleCount() > 0;
      if (has !== this.lastHasArticles) {
        this.lastHasArticles = has;
        void vscode.commands.executeCommand('setContext', CONTEXT.hasArticles, has);
      }
      void vscode.commands.executeCommand('setContext', CONTEXT.indexed, true);
    }
    this.emitter.fire();
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
