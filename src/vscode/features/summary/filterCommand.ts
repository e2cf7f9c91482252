/**
 * The "Filter" toolbar command of the summary views: a quick pick of what to filter by
 * (text, agency, deadline year, or clear), then an input box or a pick of the values the
 * summary has. Each choice changes one part of the filter and keeps the others.
 */
import * as vscode from 'vscode';
import { NO_DEADLINE, describeFilter, isActive, type SummaryFilter } from '../../../core/report/filter';
import { byYear } from '../../../core/report/groups';
import type { SummarySource } from './source';

type Part = 'text' | 'agency' | 'year' | 'clear';

/**
 * Quick-pick labels render `$(name)` as an icon; values taken from the workspace (agency
 * names can come from `.policynotes.json`) are escaped so they show as written.
 */
export function literal(s: string): string {
  return s.replace(/\$\(/g, '\\$(');
}

/** Asks for one part of the filter and applies it; returns the new filter, or undefined if cancelled. */
export async function filterSummary(source: SummarySource): Promise<SummaryFilter | undefined> {
  const f = source.filter;
  const items: (vscode.QuickPickItem & { part: Part })[] = [
    { part: 'text', label: `$(search) ${vscode.l10n.t('Text…')}`, description: f.text ? literal(f.text) : vscode.l10n.t('program, figure or sentence contains') },
    { part: 'agency', label: `$(organization) ${vscode.l10n.t('Agency…')}`, description: f.agency ? literal(f.agency) : undefined },
    { part: 'year', label: `$(calendar) ${vscode.l10n.t('Deadline Year…')}`, description: f.year ? (f.year === NO_DEADLINE ? vscode.l10n.t('no deadline') : f.year) : undefined },
  ];
  if (isActive(f)) items.push({ part: 'clear', label: `$(clear-all) ${vscode.l10n.t('Clear Filter')}`, description: literal(describeFilter(f)) });
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Filter the Policy Notes summary'), placeHolder: vscode.l10n.t('Filter by…') });
  if (!picked) return undefined;
  const next = await askPart(picked.part, source);
  if (next === undefined) return undefined;
  source.setFilter(next);
  return source.filter;
}

async function askPart(part: Part, source: SummarySource): Promise<SummaryFilter | undefined> {
  const f = source.filter;
  const summary = source.summary;
  switch (part) {
    case 'clear':
      return {};
    case 'text': {
      const text = await vscode.window.showInputBox({
        title: vscode.l10n.t('Filter by text'),
        prompt: vscode.l10n.t('Programs, figures or sentences containing this text (empty: no text filter)'),
        value: f.text ?? '',
      });
      return text === undefined ? undefined : { ...f, text };
    }
    case 'agency': {
      const agencies = [...new Set(summary?.programs.flatMap((p) => p.agencies) ?? [])].sort((a, b) => a.localeCompare(b, 'ko'));
      const pick = await vscode.window.showQuickPick([{ label: vscode.l10n.t('Any agency'), value: '' }, ...agencies.map((a) => ({ label: literal(a), value: a }))], {
        title: vscode.l10n.t('Filter by agency'),
      });
      return pick === undefined ? undefined : { ...f, agency: pick.value };
    }
    case 'year': {
      const years = byYear(summary?.targets ?? []).map((g) => ({ label: g.year ?? vscode.l10n.t('No deadline'), description: `${g.targets.length}`, value: g.year ?? NO_DEADLINE }));
      const pick = await vscode.window.showQuickPick([{ label: vscode.l10n.t('Any year'), description: '', value: '' }, ...years], { title: vscode.l10n.t('Filter by deadline year') });
      return pick === undefined ? undefined : { ...f, year: pick.value };
    }
  }
}
