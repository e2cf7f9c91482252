/**
 * `lint --cache`: each file's findings kept by its path, size, time and content hash, the
 * configuration in effect, the tool's version and the message language. A repeated run
 * reads only the files whose size or time changed (and lints only those whose content
 * changed); the local images a file refers to are checked again each time. A cache file
 * that is unreadable, of another version or of another shape is ignored, never trusted.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LintRecord } from './format/records';

const FORMAT = 'policy-notes-lint-cache/1';

/** A file's findings without its printed name (that depends on the working directory). */
export type CachedRecord = Omit<LintRecord, 'file'>;

interface Entry {
  size: number;
  mtimeMs: number;
  hash: string;
  key: string;
  /** Local images the findings depend on, and whether each existed. */
  images: [string, boolean][];
  records: CachedRecord[];
}

export function defaultCacheLocation(cwd: string): string {
  return path.join(cwd, 'node_modules', '.cache', 'policy-notes', 'lint-cache.json');
}

export function hashOf(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

function isEntry(v: unknown): v is Entry {
  if (!v || typeof v !== 'object') return false;
  const e = v as Record<string, unknown>;
  return (
    typeof e.size === 'number' &&
    typeof e.mtimeMs === 'number' &&
    typeof e.hash === 'string' &&
    typeof e.key === 'string' &&
    Array.isArray(e.images) &&
    e.images.every((i) => Array.isArray(i) && typeof i[0] === 'string' && typeof i[1] === 'boolean') &&
    Array.isArray(e.records) &&
    e.records.every(
      (r) =>
        r &&
        typeof r === 'object' &&
        typeof r.line === 'number' &&
        typeof r.column === 'number' &&
        typeof r.endLine === 'number' &&
        typeof r.endColumn === 'number' &&
        typeof r.rule === 'string' &&
        typeof r.message === 'string' &&
        ['error', 'warning', 'info'].includes(r.severity),
    )
  );
}

export class LintCache {
  private readonly entries = new Map<string, Entry>();
  private changed = false;

  private constructor(private readonly file: string) {}

  /** Opens the cache at `file`; anything unusable there counts as an empty cache. */
  static open(file: string): LintCache {
    const cache = new LintCache(file);
    try {
      const st = fs.statSync(file, { throwIfNoEntry: false });
      if (!st?.isFile() || st.size > 512 << 20) return cache;
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
      if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== FORMAT) return cache;
      const entries = (data as { entries?: unknown }).entries;
      if (!entries || typeof entries !== 'object' || Array.isArray(entries)) return cache;
      for (const [abs, entry] of Object.entries(entries)) if (isEntry(entry)) cache.entries.set(abs, entry);
    } catch {
      // An unreadable or foreign file: start empty.
    }
    return cache;
  }

  /** The cached findings of `abs` when nothing they depend on changed, else null. */
  lookup(abs: string, key: string): CachedRecord[] | null {
    const entry = this.entries.get(abs);
    if (!entry || entry.key !== key) return null;
    const st = fs.statSync(abs, { throwIfNoEntry: false });
    if (!st?.isFile()) return null;
    if (st.size !== entry.size || st.mtimeMs !== entry.mtimeMs) {
      // Touched: the content decides.
      if (st.size !== entry.size) return null;
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(abs);
      } catch {
        return null;
      }
      if (hashOf(bytes) !== entry.hash) return null;
      entry.mtimeMs = st.mtimeMs;
      this.changed = true;
    }
    if (entry.images.some(([image, existed]) => fs.existsSync(image) !== existed)) return null;
    return entry.records;
  }

  /** Records the findings of `abs` as linted now (its current bytes are hashed). */
  store(abs: string, key: string, images: [string, boolean][], records: CachedRecord[]): void {
    try {
      const st = fs.statSync(abs);
      if (!st.isFile()) return;
      this.entries.set(abs, { size: st.size, mtimeMs: st.mtimeMs, hash: hashOf(fs.readFileSync(abs)), key, images, records });
      this.changed = true;
    } catch {
      this.entries.delete(abs);
    }
  }

  /** Writes the cache (through a temporary file) when something changed; a failure only loses the cache. */
  save(): void {
    if (!this.changed) return;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.entries) }));
      fs.renameSync(tmp, this.file);
    } catch {
      // A read-only place: the next run lints again.
    }
  }
}
