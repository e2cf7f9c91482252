/**
 * Compact keys for "the same figure": kind, unit and value of a claim with a value. The
 * index keeps only these per file (not whole claims), so 20,000 notes stay small in memory.
 */
import type { Claim } from '../model';

const KINDS = new Set(['money', 'count', 'percent', 'percentPoint', 'multiple', 'quantity']);

/** The key of a claim, or null for claims that are not comparable figures. */
export function figureKey(c: Pick<Claim, 'kind' | 'unit' | 'value'>): string | null {
  return c.value !== null && KINDS.has(c.kind) ? `${c.kind}|${c.unit ?? ''}|${c.value}` : null;
}

/** `[key, line]` pairs of a note's comparable claims (line 1-based), deduplicated per line. */
export function figureKeys(claims: readonly Claim[], lineOf: (offset: number) => number): [string, number][] {
  const out: [string, number][] = [];
  const seen = new Set<string>();
  for (const c of claims) {
    const k = figureKey(c);
    if (!k) continue;
    const line = lineOf(c.start);
    if (seen.has(`${k}@${line}`)) continue;
    seen.add(`${k}@${line}`);
    out.push([k, line]);
  }
  return out;
}
