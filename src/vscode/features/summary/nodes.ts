/**
 * The nodes of the summary trees and how each one looks. Every label, description and
 * tooltip is a plain string built from article text: never a MarkdownString, so HTML,
 * `command:` links and Markdown in an article show as written (docs/design.md, case H24).
 *
 * Icon syntax needs no escaping here: VS Code (checked in 1.100's `treeView.ts`) creates
 * custom tree labels with `supportHighlights` but not `supportIcons`, so `$(zap)` in a
 * label or description is text, and a backslash added to "escape" it would show.
 * Tooltips are strings too, which the hover renders as text (no `resolveTreeItem`, which
 * would turn a string tooltip into Markdown).
 */
import * as vscode from 'vscode';
import type { ConflictIndex, TargetGroup, YearGroup } from '../../../core/report/groups';
import { distinctMentions, placeKey, targetGroups } from '../../../core/report/groups';
import { NO_DEADLINE, type FilteredProgram } from '../../../core/report/filter';
import { deadlineText, valueText } from '../../../core/report/text';
import { atLeast, type Figure, type FigureRef, type Place, type ProgramMention, type ProgramSummary } from '../../../core/summary';
import { SHOWN_CONFIDENCE, type SummarySource } from './source';

/** One row of a summary tree. */
export type SummaryNode =
  | { kind: 'program'; program: ProgramSummary; targets: Figure[] }
  /** The Programs view's last node: programs found only as a phrase ending in a program word. */
  | { kind: 'candidates'; programs: FilteredProgram[] }
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
  return { command: REVEAL_PLACE_COMMAND, title: vscode.l10n.t('Reveal in Editor'), arguments: [p.file, p.start, p.end] };
}

function join(parts: (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => !!p).join(' · ');
}

function plural(n: number, word: 'mention' | 'target' | 'program' | 'article'): string {
  switch (word) {
    case 'mention':
      return n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', n);
    case 'target':
      return n === 1 ? vscode.l10n.t('1 target') : vscode.l10n.t('{0} targets', n);
    case 'program':
      return n === 1 ? vscode.l10n.t('1 program') : vscode.l10n.t('{0} programs', n);
    case 'article':
      return n === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', n);
  }
}

/**
 * Places in path and line order: the index merges notes in the order it read them, which
 * varies between runs, and a list that reshuffles on every refresh is hard to scan.
 */
function byPlace<T extends Pick<Place, 'file' | 'line' | 'start'>>(list: readonly T[], source: SummarySource): T[] {
  return [...list].sort((a, b) => source.label(a.file).localeCompare(source.label(b.file)) || a.line - b.line || a.start - b.start);
}

/** Children of a node (the roots come from each tree). */
export function childrenOf(node: SummaryNode, source: SummarySource): SummaryNode[] {
  switch (node.kind) {
    case 'program': {
      const targets: SummaryNode[] = targetGroups(node.targets).map((group) => ({ kind: 'target', group }));
      return node.program.mentions.length > 0 ? [...targets, { kind: 'mentions', program: node.program }] : targets;
    }
    case 'target':
      return node.group.figures.length > 1 ? byPlace(node.group.figures, source).map((figure) => ({ kind: 'place', figure })) : [];
    case 'mentions':
      return byPlace(distinctMentions(node.program.mentions), source).map((mention) => ({ kind: 'mention', mention }));
    case 'year':
      return byPlace(node.group.targets, source).map((figure) => ({ kind: 'figure', figure }));
    case 'agency':
    case 'candidates':
      return node.programs.map((f) => ({ kind: 'program', program: f.program, targets: f.targets }));
    default:
      return [];
  }
}

/** What the item builders share: conflict membership and place names. */
interface Look {
  conflicts: ConflictIndex;
  at(p: Pick<Place, 'file' | 'line'>): string;
}

const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;

function item(label: string, state: vscode.TreeItemCollapsibleState, icon: vscode.ThemeIcon, description?: string, tooltip?: string): vscode.TreeItem {
  const it = new vscode.TreeItem(label, state);
  it.iconPath = icon;
  it.description = description;
  it.tooltip = tooltip;
  return it;
}

function stated(r: FigureRef, look: Look): string {
  return `${r.text}${r.deadline ? ` by ${r.deadline}` : ''} (${look.at(r)})`;
}

/**
 * A program's row. Its `contextValue` (`program` or `candidate`, with `.conflict` when it
 * takes part in one) decides which curation commands its context menu offers.
 */
function programItem(p: ProgramSummary, targets: readonly Figure[], look: Look): vscode.TreeItem {
  const conflicted = look.conflicts.programs.has(p.key);
  const candidate = !atLeast(p.confidence, SHOWN_CONFIDENCE);
  const lines = [p.name];
  if (candidate) lines.push(vscode.l10n.t('Candidate: only a phrase ending in a program word, in one article. Right-click to mark it as a program or not.'));
  else if (p.confidence === 'declared') lines.push(vscode.l10n.t('Declared in front matter or marked as a program'));
  if (p.aliases.length > 0) lines.push(vscode.l10n.t('Also written: {0}', p.aliases.join(', ')));
  if (p.agencies.length > 0) lines.push(vscode.l10n.t('Agencies: {0}', p.agencies.join(', ')));
  lines.push(`${plural(distinctMentions(p.mentions).length, 'mention')}, ${plural(p.targets.length, 'target')}`);
  for (const c of look.conflicts.byProgram.get(p.key) ?? []) lines.push(vscode.l10n.t('Conflict: {0} vs {1}', stated(c.b, look), stated(c.a, look)));
  const it = item(p.name, Collapsed, conflicted ? warning : new vscode.ThemeIcon('project'), join([p.agencies[0], plural(targets.length, 'target')]), lines.join('\n'));
  it.contextValue = `${candidate ? 'candidate' : 'program'}${conflicted ? '.conflict' : ''}`;
  return it;
}

function candidatesItem(programs: readonly FilteredProgram[]): vscode.TreeItem {
  const tooltip = vscode.l10n.t(
    'Names found only as a phrase ending in a program word (사업, 프로그램, 바우처 …) in one article. Mark one as a program, or not, from its context menu; a name that a second article mentions becomes a program by itself.',
  );
  const it = item(vscode.l10n.t('Candidates ({0})', programs.length), Collapsed, new vscode.ThemeIcon('question'), undefined, tooltip);
  it.contextValue = 'candidates';
  return it;
}

function targetItem(group: TargetGroup, look: Look): vscode.TreeItem {
  const f = group.first;
  const figures = group.figures;
  const conflicted = figures.some((x) => look.conflicts.places.has(placeKey(x)));
  const where = figures.length > 1 ? plural(new Set(figures.map((x) => x.file)).size, 'article') : look.at(f);
  const shown = figures.slice(0, TOOLTIP_PLACES).map((x) => `${look.at(x)}: ${x.sentence}`);
  if (figures.length > TOOLTIP_PLACES) shown.push(vscode.l10n.t('and {0} more', figures.length - TOOLTIP_PLACES));
  const it = item(f.text, figures.length > 1 ? Collapsed : None, conflicted ? warning : new vscode.ThemeIcon('target'), join([valueText(f), deadlineText(f), f.agency, where]), shown.join('\n'));
  it.command = reveal(f);
  it.contextValue = conflicted ? 'target.conflict' : 'target';
  return it;
}

/** A target as one place: under a target group (`place`) or in a year (`figure`). */
function figureItem(f: Figure, asPlace: boolean, look: Look): vscode.TreeItem {
  const conflicted = look.conflicts.places.has(placeKey(f));
  const icon = conflicted ? warning : new vscode.ThemeIcon(asPlace ? 'location' : 'target');
  const description = asPlace ? f.sentence : join([f.program ?? vscode.l10n.t('no program'), valueText(f), deadlineText(f), f.agency, look.at(f)]);
  const it = item(asPlace ? look.at(f) : f.text, None, icon, description, `${f.sentence}\n${look.at(f)}`);
  it.command = reveal(f);
  it.contextValue = 'place';
  return it;
}

function mentionItem(m: ProgramMention, look: Look): vscode.TreeItem {
  const tooltip = `${m.name}${m.agency ? ` (${m.agency})` : ''}\n${m.sentence}`;
  const it = item(look.at(m), None, new vscode.ThemeIcon('location'), join([m.declared ? vscode.l10n.t('front matter') : null, m.sentence]), tooltip);
  it.command = reveal(m);
  it.contextValue = 'mention';
  return it;
}

function yearItem(g: YearGroup, look: Look): vscode.TreeItem {
  const conflicted = g.targets.some((t) => look.conflicts.places.has(placeKey(t)));
  const it = item(g.year ?? vscode.l10n.t('No deadline'), Expanded, conflicted ? warning : new vscode.ThemeIcon('calendar'), plural(g.targets.length, 'target'));
  it.contextValue = g.year === null ? `year.${NO_DEADLINE}` : 'year';
  return it;
}

/** How a node looks. */
export function treeItemOf(node: SummaryNode, source: SummarySource): vscode.TreeItem {
  const look: Look = { conflicts: source.conflicts(), at: (p) => `${source.label(p.file)}:${p.line}` };
  switch (node.kind) {
    case 'program':
      return programItem(node.program, node.targets, look);
    case 'candidates':
      return candidatesItem(node.programs);
    case 'target':
      return targetItem(node.group, look);
    case 'place':
    case 'figure':
      return figureItem(node.figure, node.kind === 'place', look);
    case 'mentions':
      return item(vscode.l10n.t('Mentions'), Collapsed, new vscode.ThemeIcon('references'), String(distinctMentions(node.program.mentions).length));
    case 'mention':
      return mentionItem(node.mention, look);
    case 'year':
      return yearItem(node.group, look);
    case 'agency': {
      const it = item(node.agency ?? vscode.l10n.t('No agency named'), Collapsed, new vscode.ThemeIcon('organization'), plural(node.programs.length, 'program'));
      it.contextValue = 'agency';
      return it;
    }
  }
}
