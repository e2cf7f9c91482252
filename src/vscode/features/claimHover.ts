/**
 * Hover over a claim: its kind, normalized value in full and in words, qualifiers and
 * range, and (once the workspace index knows) the other articles stating the same figure.
 * Article text is rendered as text: the MarkdownString is untrusted, without HTML or
 * command links, and source text goes through `appendText`/code spans.
 */
import * as vscode from 'vscode';
import { explainQualifiers, explainValue, kindLabel } from '../../core/explain';
import type { Claim } from '../../core/model';
import type { ClaimsCache } from '../claimsCache';
import { toRange } from '../convert';

/** Other places stating the same figure (provided by the workspace index when present). */
export type SameFigureLookup = (claim: Claim, uri: vscode.Uri) => { uri: vscode.Uri; line: number }[];

export class ClaimHover implements vscode.HoverProvider {
  constructor(
    private readonly cache: ClaimsCache,
    private readonly sameFigure?: SameFigureLookup,
  ) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const claim = this.cache.at(doc, doc.offsetAt(pos));
    if (!claim) return undefined;
    return new vscode.Hover(hoverMarkdown(claim, this.sameFigure?.(claim, doc.uri) ?? []), toRange(doc, claim));
  }
}

/** The hover text of a claim (exported for tests and the Claims view tooltip). */
export function hoverMarkdown(claim: Claim, others: { uri: vscode.Uri; line: number }[] = []): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(`**${kindLabel(claim.kind)}** `);
  md.appendText(`${claim.text}`);
  md.appendMarkdown('\n\n');
  md.appendText(`= ${explainValue(claim)}`);
  const q = explainQualifiers(claim);
  if (q.length > 0) {
    md.appendMarkdown('\n\n');
    md.appendText(vscode.l10n.t('Qualifiers: {0}', q.join(', ')));
  }
  if (claim.range) {
    md.appendMarkdown('\n\n');
    md.appendText(vscode.l10n.t('Range: {0} to {1}', claim.range.from, claim.range.to));
  }
  if (others.length > 0) {
    md.appendMarkdown('\n\n');
    const places = others
      .slice(0, 5)
      .map((o) => `${vscode.workspace.asRelativePath(o.uri)}:${o.line}`)
      .join(', ');
    md.appendText(others.length > 5 ? vscode.l10n.t('Also stated in: {0} and {1} more', places, others.length - 5) : vscode.l10n.t('Also stated in: {0}', places));
  }
  return md;
}
