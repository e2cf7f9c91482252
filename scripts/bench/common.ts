/** Helpers shared by the benchmark pieces. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const SHARED = path.resolve(ROOT, '../shared');
export const CORPUS = path.join(SHARED, 'corpus', 'gov-press-md');

/** Every .md file under a folder, sorted. */
export function listMarkdown(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push(p);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out.sort();
}

/** The corpus files, or null (with a message) when ../shared is absent. */
export function corpusFiles(): string[] | null {
  const files = listMarkdown(path.join(CORPUS, 'data'));
  if (files.length === 0) {
    console.log(`(skipped: ${CORPUS} is not present)`);
    return null;
  }
  return files;
}

/** Percentile of a sorted-on-demand list of numbers. */
export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

/** A deterministic PRNG (mulberry32) for generated corpora and samples. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fresh temporary folder. */
export function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits });
}
