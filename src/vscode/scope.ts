/**
 * The `policyNotes.scope` setting applied to a file (core/scope.ts decides): whether a
 * configuration applies there and, when that is not enough, the keys of its front matter,
 * read from the head of the file (or from the editor's text).
 */
import * as vscode from 'vscode';
import { open } from 'node:fs/promises';
import type { LoadedConfig } from '../core/config';
import { MAX_FRONT_MATTER_CHARS } from '../core/parse/frontMatter';
import { frontMatterKeys, isArticle, needsFrontMatter } from '../core/scope';
import { readBytes } from './files';
import { readSettings } from './settings';
import type { WorkspaceConfigs } from './workspaceConfig';

/** Bytes read to find a front matter block: its longest accepted text, in UTF-8 at most three bytes a character. */
const HEAD_BYTES = MAX_FRONT_MATTER_CHARS * 3 + 1024;
const decoder = new TextDecoder('utf-8');

/** Whether a Markdown file is an article in the scope set for it; `text` is the editor's, when open. */
export async function inScope(uri: vscode.Uri, loaded: LoadedConfig, text?: string): Promise<boolean> {
  const scope = readSettings(uri).scope;
  const underConfig = loaded.file !== null;
  const schemaKeys = loaded.schema.properties;
  if (!needsFrontMatter(underConfig, scope)) return isArticle({ underConfig, schemaKeys }, scope);
  const head = text ?? (await readHead(uri).catch(() => ''));
  return isArticle({ underConfig, schemaKeys, frontMatterKeys: frontMatterKeys(head) }, scope);
}

/** The articles among `uris` (a few files looked at at once). */
export async function filterInScope(uris: readonly vscode.Uri[], configs: WorkspaceConfigs, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  if (uris.length === 0) return [];
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const keep = new Array<boolean>(uris.length).fill(false);
  let next = 0;
  const worker = async () => {
    while (next < uris.length && !token?.isCancellationRequested) {
      const i = next++;
      const uri = uris[i]!;
      const doc = open.get(uri.toString());
      keep[i] = await inScope(uri, await configs.forUri(uri), doc?.isDirty ? doc.getText() : undefined);
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return uris.filter((_, i) => keep[i]);
}

/** Bytes read first: enough for almost every front matter, so most files cost one small read. */
const FIRST_BYTES = 8192;

/**
 * The head of a file, as text: its first bytes, and the longest accepted front matter only
 * when the block opened there is not closed within them.
 */
async function readHead(uri: vscode.Uri): Promise<string> {
  if (uri.scheme !== 'file') return decoder.decode((await readBytes(uri)).subarray(0, HEAD_BYTES));
  const fh = await open(uri.fsPath, 'r');
  try {
    const buf = new Uint8Array(HEAD_BYTES);
    let { bytesRead } = await fh.read(buf, 0, FIRST_BYTES, 0);
    const first = decoder.decode(buf.subarray(0, bytesRead));
    if (bytesRead < FIRST_BYTES || !/^\uFEFF?---[ \t]*\r?\n/.test(first) || /\n---[ \t]*(?:\r?\n|$)/.test(first)) return first;
    bytesRead += (await fh.read(buf, bytesRead, HEAD_BYTES - bytesRead, bytesRead)).bytesRead;
    return decoder.decode(buf.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}
