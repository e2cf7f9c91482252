/** The one place core values become VS Code values (Foam's vsc-utils, markdownlint's toDiagnostic). */
import * as vscode from 'vscode';
import type { Fix, Issue, Severity, Span } from '../core/model';
import { localizedDocsPath } from '../core/rules/types';
import { positionIn, type LineIndex } from '../core/text/lines';

export const SOURCE = 'policy-notes';

/** Anything that maps offsets to positions: a TextDocument, or `positioner(lineIndex)` for a closed file. */
export interface Positioner {
  positionAt(offset: number): vscode.Position;
}

/** A Positioner over the core's LineIndex of a text that is not open in an editor. */
export function positioner(lines: LineIndex): Positioner {
  return {
    positionAt(offset) {
      const p = lines.positionAt(offset);
      return new vscode.Position(p.line, p.character);
    },
  };
}

/** A Positioner from a text's line starts and length alone (what the pool returns for a file it read itself). */
export function positionerOfLines(lines: { starts: readonly number[]; length: number }): Positioner {
  return {
    positionAt(offset) {
      const p = positionIn(lines.starts, lines.length, offset);
      return new vscode.Position(p.line, p.character);
    },
  };
}

/** A core span as a Range of a document holding the same text. */
export function toRange(doc: Positioner, span: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

export function toSeverity(s: Severity): vscode.DiagnosticSeverity {
  switch (s) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'info':
      return vscode.DiagnosticSeverity.Information;
  }
}

/** Each rule's documentation URI, per extension location (a workspace lint makes tens of thousands of diagnostics). */
const docsUris = new Map<string, vscode.Uri>();

function docsUri(extensionUri: vscode.Uri, rule: string): vscode.Uri {
  const key = `${extensionUri.toString()}\0${rule}`;
  let uri = docsUris.get(key);
  if (!uri) docsUris.set(key, (uri = vscode.Uri.joinPath(extensionUri, localizedDocsPath(rule))));
  return uri;
}

/** A diagnostic whose code links to the rule's documentation shipped with the extension. */
export function toDiagnostic(doc: Positioner, issue: Issue, extensionUri: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(doc, issue), issue.message, toSeverity(issue.severity));
  d.source = SOURCE;
  d.code = { value: issue.rule, target: docsUri(extensionUri, issue.rule) };
  if (issue.related) {
    d.relatedInformation = issue.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(r.uri), new vscode.Position(0, 0)), r.message));
  }
  return d;
}

/** A quick fix as a WorkspaceEdit on the document. */
export function toWorkspaceEdit(doc: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) edit.replace(doc.uri, toRange(doc, e), e.newText);
  return edit;
}

/** The rule id of one of our diagnostics. */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== SOURCE) return undefined;
  const code = d.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}
