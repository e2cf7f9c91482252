/**
 * "Policy Notes: Open Summary Report": a webview with sortable tables of programs and
 * targets, the conflicts, and a timeline of targets by deadline year, kept up to date with
 * the workspace index, and exports in the CLI's formats. A filter chooses which programs
 * it shows: named ones (the CLI's default) or candidates too; the exports follow it, so
 * they equal `policy-notes summary --min-confidence` at that level.
 *
 * The page shows article text, so it is locked down (docs/design.md, cases H24 and H25):
 * - CSP `default-src 'none'`, styles and images only from the extension's `media/`, the
 *   one script only with a per-load nonce; `localResourceRoots` is `media/` alone and
 *   command URIs are disabled;
 * - the HTML holds no data at all: the summary goes over `postMessage` and the page sets
 *   every article string with `textContent`;
 * - messages from the page go through `parseWebviewMessage` (three shapes, bounded sizes)
 *   and a `reveal` opens only articles the index holds.
 */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { reportData } from '../../core/report/data';
import { EXPORT_FILES, exportSummary } from '../../core/report/export';
import { parseWebviewMessage, type ExportFormat } from '../../core/report/messages';
import type { Confidence } from '../../core/summary';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { guardAsync, log } from '../log';
import type { WorkspaceConfigs } from '../workspaceConfig';
import { revealPlace } from './summary/reveal';
import { t } from '../../core/l10n';

export const REPORT_VIEW_TYPE = 'policyNotes.summaryReport';
export const REPORT_TITLE = 'Policy Notes Summary';

/** The report panel's title in the display language. */
function reportTitle(): string {
  return vscode.l10n.t('Policy Notes Summary');
}

/** Every word media/report/report.js shows, by the id it asks for. */
export function reportStrings(): Record<string, string> {
  const t = (message: string) => vscode.l10n.t(message);
  return {
    'evidence.declared': t('declared'),
    'evidence.named': t('named'),
    'evidence.candidate': t('candidate'),
    'col.program': t('Program'),
    'col.evidence': t('Evidence'),
    'col.agencies': t('Agencies'),
    'col.mentions': t('Mentions'),
    'col.articles': t('Articles'),
    'col.targets': t('Targets'),
    'col.firstMention': t('First mention'),
    'col.figure': t('Figure'),
    'col.agency': t('Agency'),
    'col.value': t('Value'),
    'col.deadline': t('Deadline'),
    'col.where': t('Where'),
    'col.sentence': t('Sentence'),
    'badge.conflict': t('conflict'),
    'badge.conflictTitle': t('Another article states this differently'),
    'place.open': t('Open {0} at line {1}'),
    'empty.programs': t('No programs found.'),
    'empty.targets': t('No targets found.'),
    'timeline.empty': t('No targets yet.'),
    'timeline.title': t('Targets by deadline year: {0}'),
    'timeline.bar': t('{0}: {1} target(s)'),
    'timeline.barConflicts': t('{0}: {1} target(s), {2} in a conflict'),
    'timeline.none': t('none'),
    noDeadline: t('no deadline'),
    'legend.targets': t('targets'),
    'legend.conflict': t('stated differently by another article'),
    'conflict.figures': t('different figures'),
    'conflict.deadlines': t('different deadlines'),
    'conflict.by': t('{0} by {1}'),
    'conflict.vs': t('vs'),
    'conflicts.empty': t('No conflicting figures between articles.'),
    counts: t('{0} program(s), {1} target(s) and {2} conflict(s) in {3} note(s).'),
  };
}

/** Text for an HTML attribute value in double quotes. */
function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** What handling one message from the page did (for tests and the log). */
export type MessageOutcome = 'ignored' | 'sent' | 'revealed' | 'refused' | 'exported' | 'cancelled' | 'filtered';

export class SummaryReport implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly media: vscode.Uri;
  private readonly icon: { light: vscode.Uri; dark: vscode.Uri };
  /** The programs shown and exported: at this level or stronger (the CLI's default until the page's filter says otherwise). */
  private level: Confidence = 'named';

  constructor(
    extensionUri: vscode.Uri,
    private readonly index: WorkspaceIndex,
    private readonly configs: WorkspaceConfigs,
    private readonly label: (file: string) => string,
  ) {
    this.media = vscode.Uri.joinPath(extensionUri, 'media', 'report');
    this.icon = { light: vscode.Uri.joinPath(this.media, 'icon-light.svg'), dark: vscode.Uri.joinPath(this.media, 'icon-dark.svg') };
    this.disposables.push(index.onDidChange(() => !index.state.indexing && void this.post()));
  }

  /** The open panel, if any. */
  get current(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** Opens the report (or brings it to the front) and starts the index if needed. */
  open(): vscode.WebviewPanel {
    void this.index.start();
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, reportTitle(), vscode.ViewColumn.Active, {
      enableScripts: true,
      enableCommandUris: false,
      enableForms: false,
      localResourceRoots: [this.media],
    });
    panel.iconPath = this.icon;
    panel.webview.html = this.html(panel.webview);
    const sub = panel.webview.onDidReceiveMessage((m: unknown) => void guardAsync('Summary report message', this.handleMessage(m)));
    panel.onDidDispose(() => {
      sub.dispose();
      if (this.panel === panel) this.panel = undefined;
    });
    this.panel = panel;
    return panel;
  }

  /** Validates and handles one message from the page; anything unexpected is ignored. */
  async handleMessage(raw: unknown): Promise<MessageOutcome> {
    const msg = parseWebviewMessage(raw);
    if (!msg) {
      log().warn('Summary report: ignored a malformed message from the webview');
      return 'ignored';
    }
    switch (msg.type) {
      case 'ready':
        return (await this.post()) ? 'sent' : 'ignored';
      case 'reveal':
        return (await revealPlace(this.index, msg.file, msg.start, msg.end, vscode.ViewColumn.Beside)) ? 'revealed' : 'refused';
      case 'export':
        return this.export(msg.format);
      case 'confidence':
        this.level = msg.level;
        await this.post();
        return 'filtered';
    }
  }

  /** Asks where to save and writes the summary in `format`. */
  async export(format: ExportFormat): Promise<MessageOutcome> {
    const file = EXPORT_FILES[format];
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      title: t('Export the summary as {0}', file.name),
      saveLabel: vscode.l10n.t('Export'),
      defaultUri: folder ? vscode.Uri.joinPath(folder, `policy-notes-summary.${file.extension}`) : undefined,
      filters: { [file.name]: [file.extension] },
    });
    if (!target) return 'cancelled';
    await this.exportTo(format, target);
    void vscode.window.showInformationMessage(t('Summary exported to {0}.', vscode.workspace.asRelativePath(target)));
    return 'exported';
  }

  /** Writes the summary in `format` to `target`: the text `policy-notes summary --format` prints at the workspace root. */
  async exportTo(format: ExportFormat, target: vscode.Uri): Promise<void> {
    await this.index.whenIdle();
    const folder = vscode.workspace.workspaceFolders?.[0];
    const config = folder ? (await this.configs.forUri(vscode.Uri.joinPath(folder.uri, 'x.md'))).config : { programAliases: {} };
    const notes = [...this.index.values()].map((e) => e.summary);
    const text = exportSummary(notes, config, format, (f) => vscode.workspace.asRelativePath(vscode.Uri.parse(f), false), this.level);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  }

  /** Sends the current summary to the page; false when there is no page or no summary yet. */
  private async post(): Promise<boolean> {
    const summary = this.index.summary;
    if (!this.panel || !summary) return false;
    return this.panel.webview.postMessage({ type: 'summary', data: reportData(summary, this.label, this.level) });
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomBytes(18).toString('base64');
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'report.css'));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'report.js'));
    const csp = `default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}'; img-src ${webview.cspSource};`;
    return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css}">
<title>${reportTitle()}</title>
</head>
<body data-strings="${attr(JSON.stringify(reportStrings()))}">
<header>
  <h1>${vscode.l10n.t('Programs and targets')}</h1>
  <p id="counts" role="status">${vscode.l10n.t('Waiting for the workspace index…')}</p>
  <div class="filters">
    <label for="confidence">${vscode.l10n.t('Programs shown:')}</label>
    <select id="confidence" title="${attr(vscode.l10n.t('Candidates are names found only as a phrase ending in a program word, in one article'))}">
      <option value="named">${vscode.l10n.t('Named programs')}</option>
      <option value="detected">${vscode.l10n.t('Named programs and candidates')}</option>
    </select>
  </div>
  <div class="actions" role="group" aria-label="${attr(vscode.l10n.t('Export'))}">
    <button type="button" data-export="md">${vscode.l10n.t('Export Markdown')}</button>
    <button type="button" data-export="csv">${vscode.l10n.t('Export CSV')}</button>
    <button type="button" data-export="json">${vscode.l10n.t('Export JSON')}</button>
  </div>
</header>
<section aria-labelledby="timeline-title">
  <h2 id="timeline-title">${vscode.l10n.t('Targets by deadline year')}</h2>
  <div id="timeline"></div>
</section>
<section aria-labelledby="conflicts-title">
  <h2 id="conflicts-title">${vscode.l10n.t('Conflicts')}</h2>
  <ul id="conflicts"></ul>
</section>
<section aria-labelledby="programs-title">
  <h2 id="programs-title">${vscode.l10n.t('Programs')}</h2>
  <table id="programs"></table>
</section>
<section aria-labelledby="targets-title">
  <h2 id="targets-title">${vscode.l10n.t('Targets')}</h2>
  <table id="targets"></table>
</section>
<script nonce="${nonce}" src="${js}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
