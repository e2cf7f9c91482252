/** Helpers for integration tests: waiting on events (never sleeping) and fixture access. */
import * as vscode from 'vscode';
import type { PolicyNotesApi } from '../../src/vscode/extension';

export const EXTENSION_ID = 'policy-notes.policy-notes';

/** The activated extension's API. */
export async function activateExtension(): Promise<PolicyNotesApi> {
  const ext = vscode.extensions.getExtension<PolicyNotesApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} not found`);
  return ext.activate();
}

/** A workspace file's URI. */
export function fixtureUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/**
 * Resolves with the first value `check` returns that is not undefined, evaluated now and on
 * each firing of `event`; rejects after `ms` with `what` in the message.
 */
export function waitFor<T, E>(event: vscode.Event<E>, check: () => T | undefined, what: string, ms = 20_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const now = check();
    if (now !== undefined) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const sub = event(() => {
      const v = check();
      if (v !== undefined) {
        clearTimeout(timer);
        sub.dispose();
        resolve(v);
      }
    });
  });
}

/** Waits until the diagnostics of `uri` satisfy `pred`, returning them. */
export function waitForDiagnostics(uri: vscode.Uri, pred: (d: vscode.Diagnostic[]) => boolean, what: string, ms?: number): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'policy-notes');
  return waitFor(vscode.languages.onDidChangeDiagnostics, () => (pred(ours()) ? ours() : undefined), what, ms);
}

/**
 * The quick fixes offered on a range. VS Code cancels a code-action request when the set of
 * providers changes meanwhile (another extension, such as the built-in Markdown one,
 * activating) and then throws or answers nothing: the request is made again, as the
 * editor's light bulb would, until `expected` (a title) is among the answers or a few
 * requests came back without it.
 */
export async function quickFixesAt(uri: vscode.Uri, range: vscode.Range, expected?: string): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
    } catch (e) {
      if (e instanceof Error && e.message === 'Canceled') continue;
      throw e;
    }
    if (expected === undefined || actions.some((a) => a.title === expected)) return actions;
  }
  return actions;
}
