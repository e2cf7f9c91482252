/** The extension's log: one LogOutputChannel, and a helper that logs instead of throwing. */
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** The "Policy Notes" output channel (created on first use). */
export function log(): vscode.LogOutputChannel {
  return (channel ??= vscode.window.createOutputChannel('Policy Notes', { log: true }));
}

/** Awaits `p`, logging a rejection with its context. */
export async function guardAsync<T>(context: string, p: Thenable<T> | Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (e) {
    log().error(`${context}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return undefined;
  }
}
