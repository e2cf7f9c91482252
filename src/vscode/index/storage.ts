/**
 * The index's cache in the extension's workspace storage: the workspace model's serialized
 * form (core/workspace/cache.ts), read at start so a warm start reads only what changed,
 * and written after a run or a burst of updates. Writes never overlap.
 */
import * as vscode from 'vscode';
import { CACHE_FILE, CACHE_VERSION, loadModel, serializeModel } from '../../core/workspace/cache';
import type { WorkspaceModel } from '../../core/workspace/model';
import { readBytes, writeBytes } from '../files';
import { log } from '../log';
import type { IndexTelemetry } from './telemetry';

/** Wait after an update before the cache is written (updates come in bursts). */
const SAVE_DELAY_MS = 2000;

export class IndexStorage implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly dir: vscode.Uri | undefined,
    private readonly model: WorkspaceModel,
    private readonly telemetry: IndexTelemetry,
  ) {}

  private get uri(): vscode.Uri | undefined {
    return this.dir ? vscode.Uri.joinPath(this.dir, CACHE_FILE) : undefined;
  }

  /** A save is scheduled. */
  get due(): boolean {
    return this.timer !== undefined;
  }

  /** Puts the cached entries into the model; with no cache or an unreadable one, the model stays empty. */
  async load(): Promise<void> {
    const uri = this.uri;
    if (!uri) {
      this.telemetry.cache = 'no workspace storage';
      return;
    }
    this.telemetry.cache = uri.toString();
    try {
      const read = await loadModel(await readBytes(uri), this.model);
      if ('version' in read) this.telemetry.cache += ` (not read: version ${String(read.version)}, expected ${CACHE_VERSION})`;
      this.telemetry.fromCache = this.model.size;
    } catch (e) {
      // No cache yet (first start) or an unreadable one: index from scratch.
      this.model.clear();
      this.telemetry.cache += ` (not read: ${(e as Error).message})`;
    }
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  /** Resolves when the write in progress, if any, has finished. */
  whenSaved(): Promise<void> {
    return this.saving;
  }

  /** Saves now; a save waits for the one in progress. */
  save(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.saving = this.saving.then(() => this.write());
    return this.saving;
  }

  private async write(): Promise<void> {
    const uri = this.uri;
    if (!uri || !this.dir) return;
    try {
      await vscode.workspace.fs.createDirectory(this.dir);
      await writeBytes(uri, await serializeModel(this.model));
      this.telemetry.cache = `${uri.toString()} (saved ${this.model.size} entries)`;
    } catch (e) {
      this.telemetry.cache = `${uri.toString()} (save failed: ${(e as Error).message})`;
      log().warn(`Index: cannot save the cache: ${(e as Error).message}`);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
