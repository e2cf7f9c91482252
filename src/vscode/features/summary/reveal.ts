/**
 * Showing a summary place in an editor. Places carry offsets into the article's text, so
 * the document is opened first and the offsets converted with its own `positionAt`.
 *
 * Only articles the workspace index holds are opened: the tree and the report ask for
 * places of indexed notes anyway, and the check makes the command useless for opening
 * anything else (a forged `reveal` from the webview, another extension, a `command:` link).
 */
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../../index/workspaceIndex';
import { log } from '../../log';
import { revealRange } from '../claimsView';

/** True when `file` is the URI string of an indexed article. */
export function isIndexed(index: WorkspaceIndex, file: string): boolean {
  for (const e of index.values()) if (e.uri === file) return true;
  return false;
}

/**
 * Opens an indexed article and selects `start`–`end`; false (and a log line) for anything
 * else. `column` opens it in another editor group (the report keeps its own group).
 */
export async function revealPlace(index: WorkspaceIndex, file: unknown, start: unknown, end: unknown, column?: vscode.ViewColumn): Promise<boolean> {
  if (typeof file !== 'string' || typeof start !== 'number' || typeof end !== 'number' || !isIndexed(index, file)) {
    log().warn(`Summary: refused to reveal a place outside the index: ${String(file).slice(0, 200)}`);
    return false;
  }
  try {
    const uri = vscode.Uri.parse(file, true);
    const doc = await vscode.workspace.openTextDocument(uri);
    const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    if (column === undefined) await revealRange(uri, range);
    else await vscode.window.showTextDocument(doc, { viewColumn: column, selection: range, preview: true });
    return true;
  } catch (e) {
    log().warn(`Summary: cannot reveal ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}
