/**
 * Reading articles into the workspace model: which files changed since the model last saw
 * them, and the analysis of one file (by the pool's worker, which reads a `file:` article
 * itself; other files and documents modified in the editor are read here).
 */
import * as vscode from 'vscode';
import type { LoadedConfig } from '../../core/config';
import { slicer } from '../../core/async';
import { bytesOver, decodeBytes } from '../../core/text/decode';
import { textHash } from '../../core/worker/analyze';
import { configKey, type IndexEntry, type WorkspaceModel } from '../../core/workspace/model';
import { changedOnDisk, readBytes, statFile } from '../files';
import { log } from '../log';
import type { LazyPool } from '../pool';
import type { WorkspaceConfigs } from '../workspaceConfig';

export class IndexReader {
  constructor(
    private readonly model: WorkspaceModel,
    private readonly configs: WorkspaceConfigs,
    private readonly pool: LazyPool,
  ) {}

  /**
   * The articles that need a closer look: all but the cached `file:` ones (not modified in an
   * editor) whose size and time still match; and how many of them are not indexed at all.
   */
  async changedSinceCache(uris: readonly vscode.Uri[], token: vscode.CancellationToken): Promise<{ todo: vscode.Uri[]; fresh: number }> {
    const dirty = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
    const todo: vscode.Uri[] = [];
    const cached: vscode.Uri[] = [];
    const files: { path: string; mtime: number; size: number }[] = [];
    let fresh = 0; // not indexed at all
    const slice = slicer();
    for (const uri of uris) {
      const key = uri.toString();
      if (!this.model.has(key)) fresh++;
      const entry = uri.scheme === 'file' && !dirty.has(key) ? this.model.get(key) : undefined;
      // The configuration is memoized per folder (WorkspaceConfigs.forUri): a resolved promise, not a read.
      // An entry now over the size limit (lowered since) is looked at again, and dropped.
      const config = entry ? (await this.configs.forUri(uri)).config : undefined;
      if (entry && config && entry.size <= config.maxFileSize && entry.configKey === configKey(config)) {
        cached.push(uri);
        files.push({ path: uri.fsPath, mtime: entry.mtime, size: entry.size });
      } else todo.push(uri);
      await slice.pause();
    }
    if (token.isCancellationRequested) return { todo, fresh };
    // Stat'ed here, not in the pool: a warm start needs no worker at all unless a file
    // changed, and a new worker takes longer to boot than the stats of thousands of files.
    const changed = await changedOnDisk(files, token);
    for (const i of changed) todo.push(cached[i]!);
    return { todo, fresh };
  }

  /** Re-reads one file if its size, time or content changed; true when it was analyzed. */
  async update(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<boolean> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    try {
      const config = (await this.configs.forUri(uri)).config;
      if (token?.isCancellationRequested) return false;
      // An entry analyzed with other aliases counts as absent: the note is analyzed again.
      const entry = this.model.get(key);
      const cached = entry?.configKey === configKey(config) ? entry : undefined;
      if (uri.scheme === 'file' && !open?.isDirty) return await this.updateFromDisk(uri, key, config, cached);
      let text: string;
      let mtime = 0;
      let size = 0;
      if (open && open.isDirty) {
        text = open.getText();
        if (bytesOver(text, config.maxFileSize) !== null) return this.model.drop(key) && false;
      } else {
        const st = await statFile(uri);
        mtime = st.mtime;
        size = st.size;
        if (size > config.maxFileSize) return this.model.drop(key) && false;
        if (cached && cached.mtime === mtime && cached.size === size) return false;
        const decoded = decodeBytes(await readBytes(uri));
        if (!decoded.ok) return this.model.drop(key) && false;
        text = decoded.text;
      }
      const hash = textHash(text);
      if (cached && cached.hash === hash) {
        Object.assign(cached, { mtime, size });
        return false;
      }
      if (token?.isCancellationRequested) return false;
      const outcome = await this.pool.get().run({ uri: key, text, config, summary: true, figureKeys: true });
      if (!outcome.ok) {
        log().warn(`Index: ${key}: ${outcome.message}`);
        this.model.drop(key);
        return true;
      }
      this.model.put({ uri: key, hash, mtime, size, summary: outcome.result.summary!, figures: outcome.result.figureKeys ?? [], configKey: configKey(config) });
      return true;
    } catch (e) {
      this.model.drop(key);
      log().warn(`Index: cannot read ${key}: ${(e as Error).message}`);
      return false;
    }
  }

  /**
   * A `file:` article the editor does not hold modified: the pool's worker stats, reads,
   * decodes, hashes and analyzes it, so the extension host's main thread never touches
   * the bytes (it only merges the result). Same outcome as the general path above.
   */
  private async updateFromDisk(uri: vscode.Uri, key: string, config: LoadedConfig['config'], cached: IndexEntry | undefined): Promise<boolean> {
    const known = cached ? { mtime: cached.mtime, size: cached.size, hash: cached.hash } : undefined;
    const outcome = await this.pool.get().run({ uri: key, file: { path: uri.fsPath, known }, config, summary: true, figureKeys: true });
    if (!outcome.ok) {
      log().warn(`Index: ${key}: ${outcome.message}`);
      this.model.drop(key);
      return true;
    }
    const read = outcome.result.read!;
    switch (read.status) {
      case 'unchanged':
        if (cached) Object.assign(cached, { mtime: read.mtime, size: read.size });
        return false;
      case 'analyzed':
        this.model.put({ uri: key, hash: read.hash, mtime: read.mtime, size: read.size, summary: outcome.result.summary!, figures: outcome.result.figureKeys ?? [], configKey: configKey(config) });
        return true;
      case 'unreadable':
        log().warn(`Index: cannot read ${key}: ${read.reason}`);
        this.model.drop(key);
        return false;
      case 'skipped':
        this.model.drop(key);
        return false;
    }
  }
}
