/**
 * Reading workspace files. `vscode.workspace.fs` serves every scheme (virtual workspaces,
 * remote file systems) and is what we use for all but `file:`. For `file:` URIs each
 * `workspace.fs` call also makes a round trip to the window (VS Code checks there that the
 * scheme's provider is activated) before the extension host's own disk provider answers:
 * a few milliseconds per call, and on a server host (web, remote) compressed messages
 * that cost more CPU than the reads. The index and the workspace lint touch every article,
 * so for `file:` they read the disk directly. The extension host runs where the files are
 * (a workspace extension), so this reads the same bytes VS Code's disk provider would.
 */
import * as vscode from 'vscode';
import { statSync } from 'node:fs';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { yieldNow } from '../core/async';

export interface FileInfo {
  mtime: number;
  size: number;
  isFile: boolean;
}

/** `stat` of a file: by the disk for `file:`, through `workspace.fs` otherwise. Rejects when it does not exist. */
export async function statFile(uri: vscode.Uri): Promise<FileInfo> {
  if (uri.scheme === 'file') {
    const st = await stat(uri.fsPath);
    return { mtime: Math.trunc(st.mtimeMs), size: st.size, isFile: st.isFile() };
  }
  const st = await vscode.workspace.fs.stat(uri);
  return { mtime: st.mtime, size: st.size, isFile: (st.type & vscode.FileType.File) !== 0 };
}

/** Longest stretch of synchronous stats before yielding to the host (ms). */
const SLICE_MS = 8;

/**
 * Indexes of the `file:` paths whose size or time differ from what is known, that are no
 * longer files or cannot be stat'ed: how the index checks a cached workspace. Synchronous
 * stats in slices that yield, as the walk that lists the articles reads folders: a stat
 * takes microseconds, a promise round trip through libuv's threads many times that. Stops early (with what it found) when `token` is
 * cancelled.
 */
export async function changedOnDisk(files: readonly { path: string; mtime: number; size: number }[], token?: { isCancellationRequested: boolean }): Promise<number[]> {
  const changed: number[] = [];
  let slice = performance.now();
  for (let i = 0; i < files.length && !token?.isCancellationRequested; i++) {
    const f = files[i]!;
    try {
      const st = statSync(f.path, { throwIfNoEntry: false });
      if (!st?.isFile() || Math.trunc(st.mtimeMs) !== f.mtime || st.size !== f.size) changed.push(i);
    } catch {
      changed.push(i);
    }
    // The clock is read after every stat: on a network mount one stat can take long.
    if (performance.now() - slice > SLICE_MS) {
      await yieldNow();
      slice = performance.now();
    }
  }
  return changed;
}

/**
 * Whether a file (or folder) exists. For `file:` a synchronous stat: it takes microseconds,
 * while a promise round trip through libuv's threads costs a hundred or more, and the
 * configuration lookup asks this of every folder of the workspace (as the walk lists them,
 * synchronously). Through `workspace.fs` otherwise.
 */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  if (uri.scheme === 'file') {
    try {
      return statSync(uri.fsPath, { throwIfNoEntry: false }) !== undefined;
    } catch {
      return false; // e.g. a parent that is not a folder, or no permission
    }
  }
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A file's bytes: by the disk for `file:`, through `workspace.fs` otherwise. */
export async function readBytes(uri: vscode.Uri): Promise<Uint8Array> {
  return uri.scheme === 'file' ? readFile(uri.fsPath) : vscode.workspace.fs.readFile(uri);
}

/** `chunks` joined into buffers of about 1 MB, yielding to the host before each. */
async function* pieces(chunks: readonly Uint8Array[]): AsyncGenerator<Buffer> {
  let group: Uint8Array[] = [];
  let size = 0;
  for (const c of chunks) {
    group.push(c);
    size += c.length;
    if (size >= 1 << 20) {
      await yieldNow();
      yield Buffer.concat(group);
      group = [];
      size = 0;
    }
  }
  if (group.length > 0) yield Buffer.concat(group);
}

/**
 * Writes a file from chunks: by the disk for `file:` (no copy into one buffer, no message to
 * the window), through `workspace.fs` otherwise.
 */
export async function writeBytes(uri: vscode.Uri, chunks: readonly Uint8Array[]): Promise<void> {
  if (uri.scheme === 'file') {
    // Written beside and renamed over, so a reader never sees half a file; in pieces of about
    // 1 MB (one write each), each copied together in a task of its own: a large workspace's
    // cache is tens of megabytes, and one copy of it all blocked the host noticeably.
    const tmp = `${uri.fsPath}.${process.pid}.tmp`;
    await writeFile(tmp, pieces(chunks));
    return rename(tmp, uri.fsPath);
  }
  await vscode.workspace.fs.writeFile(uri, Buffer.concat(chunks));
}

/** Whether a local path is a folder (false when it is anything else or gone). */
export function isDirectorySync(fsPath: string): boolean {
  try {
    return statSync(fsPath).isDirectory();
  } catch {
    return false;
  }
}

export { someParent } from '../core/workspace/uris';
