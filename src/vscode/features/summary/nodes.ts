/**
 * The nodes of the summary trees and how each one looks. Every label, description and
 * tooltip is a plain string built from article text: never a MarkdownString, so HTML,
 * `command:` links and Markdown in an article show as written (adversarial.md case 24).
 *
 * Icon syntax needs no escaping here: VS Code (checked in 1.100's `treeView.ts`) creates
 * custom tree labels with `supportHighlights` but not `supportIcons`, so `$(zap)` in a
 * label or description is text, and a backslash added to "escape" it would show.
 * Tooltips are strings too, which the hover renders as text (no `resolveTreeItem`, which
 * would turn a string tooltip into Markdown).
 */
import * as vscode from 'vscode';
import type { TargetGroup, YearGroup } from '../../../core/report/groups';
import { distinctMentions, placeKey, targetGroups } from '../../../core/report/groups';
import { NO_DEADLINE, type FilteredProgram } from '../../../core/report/filter';
import { deadlineText, valueText } from '../../../core/report/text';
import type { Figure, Place, ProgramMention, ProgramSummary } from '../../../core/summary';
import type { SummarySource } from './source';

/** One row of a summary tree. */
export type SummaryNode =
  | { kind: 'program'; program: ProgramSummary; targets: Figure[] }
  | { kind: 'target'; group: TargetGroup }
  | { kind: 'place'; figure: Figure }
  | { kind: 'mentions'; program: ProgramSummary }
  | { kind: 'mention'; mention: ProgramMention }
  | { kind: 'year'; group: YearGroup }
  | { kind: 'figure'; figure: Figure }
  | { kind: 'agency'; agency: string | null; programs: FilteredProgram[] };

/** The internal command a node runs to show its place. */
export const REVEAL_PLACE_COMMAND = 'policyNotes.revealPlace';

/** Most places listed in one tooltip. */
const TOOLTIP_PLACES = 5;

const warning = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));

function reveal(p: Place): vscode.Command {
  return { command: REVEAL_PLACE_COMMAND, title: 'Reveal in Editor', arguments: [p.file, p.start, p.end] };
}

function join(parts: (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => !!p).join(' · ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Children of a node (the roots come from each tree). */
export function childrenOf(node: SummaryNode): SummaryNode[] {
  switch (node.kind) {
    case 'program': {
      const targets: SummaryNode[] = targetGroups(node.targets).map((group) => ({ kind: 'target', group }));
      return node.program.mentions.length > 0 ? [...targets, { kind: 'mentions', program: node.program }] : targets;
    }
    case 'target':
      return node.group.figures.length > 1 ? node.group.figures.map((figure) => ({ kind: 'place', figure })) : [];
    case 'mentions':
      return distinctMentions(node.program.mentions).map((mention) => ({ kind: 'mention', mention }));
    case 'year':
      return node.group.targets.map((figure) => ({ kind: 'figure', figure }));
    case 'agency':
      return node.programs.map((f) => ({ kind: 'program', program: f.program, targets: f.targets }));
    default:
      return [];
  }
}

/** How a node looks. */
export function treeItemOf(node: SummaryNode, source: SummarySource): vscode.TreeItem {
  const conflicts = source.conflicts();
  const at = (p: Pick<Place, 'file' | 'line'>) => `${source.label(p.file)}:${p.line}`;
  const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
  const None = vscode.TreeItemCollapsibleState.None;
  switch (node.kind) {
    case 'program': {
      const p = node.program;
      const conflicted = conflicts.programs.has(p.key);
      const item = new vscode.TreeItem(p.name, Collapsed);
      item.description = join([p.agencies[0], plural(node.targets.length, 'target')]);
      const lines = [p.name];
      if (p.aliases.length > 0) lines.push(`Also written: ${p.aliases.join(', ')}`);
      if (p.agencies.length > 0) lines.push(`Agencies: ${p.agencies.join(', ')}`);
      lines.push(`${plural(distinctMentions(p.mentions).length, 'mention')}, ${plural(p.targets.length, 'target')}`);
      for (const c of conflicts.byProgram.get(p.key) ?? []) lines.push(`Conflict: ${c.b.text}${c.b.deadline ? ` by ${c.b.deadline}` : ''} (${at(c.b)}) vs ${c.a.text}${c.a.deadline ? ` by ${c.a.deadline}` : ''} (${at(c.a)})`);
      item.tooltip = lines.join('\n');
      item.iconPath = conflicted ? warning : new vscode.ThemeIcon('project');
      item.contextValue = conflicted ? 'program.conflict' : 'program';
      return item;
    }
    case 'target': {
      const f = node.group.first;
      const figures = node.group.figures;
      const conflicted = figures.some((x) => conflicts.places.has(placeKey(x)));
      const item = new vscode.TreeItem(f.text, figures.length > 1 ? Collapsed : None);
      item.description = join([valueText(f), deadlineText(f), f.agency, figures.length > 1 ? plural(new Set(figures.map((x) => x.file)).size, 'article') : at(f)]);
      const shown = figures.slice(0, TOOLTIP_PLACES).map((x) => `${at(x)}: ${x.sentence}`);
      if (figures.length > TOOLTIP_PLACES) shown.push(`and ${figures.length - TOOLTIP_PLACES} more`);
      item.tooltip = shown.join('\n');
      item.iconPath = conflicted ? warning : new vscode.ThemeIcon('target');
      item.command = reveal(f);
      item.contextValue = conflicted ? 'target.conflict' : 'target';
      return item;
    }
    case 'place':
    case 'figure': {
      const f = node.figure;
      const conflicted = conflicts.places.has(placeKey(f));
      const label = node.kind === 'place' ? at(f) : f.text;
      const item = new vscode.TreeItem(label, None);
      item.description = node.kind === 'place' ? f.sentence : join([f.program ?? 'no program', valueText(f), deadlineText(f), f.agency, at(f)]);
      item.tooltip = `${f.sentence}\n${at(f)}`;
      item.iconPath = conflicted ? warning : new vscode.ThemeIcon(node.kind === 'place' ? 'location' : 'target');
      item.command = reveal(f);
      item.contextValue = 'place';
      return item;
    }
    case 'mentions': {
      const item = new vscode.TreeItem('Mentions', Collapsed);
      item.description = String(distinctMentions(node.program.mentions).length);
      item.iconPath = new vscode.ThemeIcon('references');
      return item;
    }
    case 'mention': {
      const m = node.mention;
      const item = new vscode.TreeItem(at(m), None);
      item.description = join([m.declared ? 'front matter' : null, m.sentence]);
      item.tooltip = `${m.name}${m.agency ? ` (${m.agency})` : ''}\n${m.sentence}`;
      item.iconPath = new vscode.ThemeIcon('location');
      item.command = reveal(m);
      item.contextValue = 'mention';
      return item;
    }
    case 'year': {
      const g = node.group;
      const item = new vscode.TreeItem(g.year ?? 'No deadline', vscode.TreeItemCollapsibleState.Expanded);
      item.description = plural(g.targets.length, 'target');
      item.iconPath = g.targets.some((t) => conflicts.places.has(placeKey(t))) ? warning : new vscode.ThemeIcon('calendar');
      item.contextValue = g.year === null ? `year.${NO_DEADLINE}` : 'year';
      return item;
    }
    case 'agency': {
      const item = new vscode.TreeItem(node.agency ?? 'No agency named', Collapsed);
      item.description = plural(node.programs.length, 'program');
      item.iconPath = new vscode.ThemeIcon('organization');
      item.contextValue = 'agency';
      return item;
    }
  }
}
