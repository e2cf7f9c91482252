/**
 * Activation: wiring only. Each feature is `registerX(context, deps): Disposable` and
 * everything it returns is disposed with the extension.
 */
import * as vscode from 'vscode';
import { log } from './log';

/** What `activate` returns: used by the integration tests and by other extensions. */
export interface PolicyNotesApi {
  version: string;
}

declare const __PN_VERSION__: string;

export function activate(context: vscode.ExtensionContext): PolicyNotesApi {
  const started = Date.now();
  context.subscriptions.push(
    log(),
    vscode.commands.registerCommand('policyNotes.showOutput', () => log().show(true)),
  );
  log().info(`Policy Notes ${__PN_VERSION__} activated in ${Date.now() - started} ms (workspace trusted: ${vscode.workspace.isTrusted})`);
  return { version: __PN_VERSION__ };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
