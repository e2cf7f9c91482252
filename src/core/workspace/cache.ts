/**
 * The workspace model's serialized form, as the editor stores it between sessions: one
 * JSON value per line, a header (`{"version":3,"entries":N}`) then one entry per line.
 * Written and read in slices that yield, so a large workspace's cache never blocks the host
 * in one long `JSON.stringify` or `JSON.parse`.
 */
import { inSlices } from '../async';
import type { IndexEntry, WorkspaceModel } from './model';

/** Version 2: one JSON value per line (header, then entries). Version 3: the summary's extraction changed (docs/summary-accuracy.md), so older entries are analyzed again. */
export const CACHE_VERSION = 3;

/** The cache file's name (a new version is a new file: an older extension keeps its own). */
export const CACHE_FILE = `index-v${CACHE_VERSION}.json`;

/** The model's entries as chunks of bytes to write one after the other. */
export async function serializeModel(model: WorkspaceModel): Promise<Uint8Array[]> {
  const encoder = new TextEncoder();
  const newline = encoder.encode('\n');
  const chunks = [encoder.encode(JSON.stringify({ version: CACHE_VERSION, entries: model.size }))];
  await inSlices([...model.values()], (e) => void chunks.push(newline, encoder.encode(JSON.stringify(e))));
  return chunks;
}

function isEntry(e: unknown): e is IndexEntry {
  const x = e as Partial<IndexEntry> | null;
  return typeof x?.uri === 'string' && typeof x.hash === 'string' && typeof x.configKey === 'string' && !!x.summary && typeof x.summary === 'object' && Array.isArray(x.figures);
}

/**
 * Puts the entries of a serialized model into `model`; the number read, or why none was
 * (another version). Throws on bytes that are no cache (the caller starts from scratch).
 * Lines are found in the bytes (0x0A never occurs inside a UTF-8 sequence) and decoded one by one.
 */
export async function loadModel(bytes: Uint8Array, model: WorkspaceModel): Promise<{ entries: number } | { version: unknown }> {
  const decoder = new TextDecoder();
  const ends: number[] = [];
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) ends.push(i);
  ends.push(bytes.length);
  const header = JSON.parse(decoder.decode(bytes.subarray(0, ends[0]))) as { version?: unknown } | null;
  if (header?.version !== CACHE_VERSION) return { version: header?.version };
  let read = 0;
  await inSlices(ends, (end, i) => {
    if (i === 0 || end === ends[i - 1]! + 1) return;
    const e = JSON.parse(decoder.decode(bytes.subarray(ends[i - 1]! + 1, end))) as unknown;
    if (isEntry(e)) {
      model.put(e);
      read++;
    }
  });
  return { entries: read };
}
