/**
 * What the workspace offers to front-matter completion: its programs (most mentioned first,
 * with their main agency) and agency names (those the articles use, most used first, then
 * the registry's canonical names). Worked out once per summary and agency registry, not per
 * keystroke.
 */
import type { Config } from '../config';
import { buildAgencyRegistry } from '../summary/agencies';
import type { Summary } from '../summary/types';
import type { ProgramChoice } from './complete';

export interface WorkspaceChoices {
  programs: ProgramChoice[];
  agencies: string[];
}

const memo = new WeakMap<object, WeakMap<object, WorkspaceChoices>>();
const NO_SUMMARY = {};

export function workspaceChoices(summary: Summary | undefined, config: Pick<Config, 'agencyAliases'>): WorkspaceChoices {
  const key = summary ?? NO_SUMMARY;
  let byConfig = memo.get(key);
  if (!byConfig) memo.set(key, (byConfig = new WeakMap()));
  let hit = byConfig.get(config);
  if (!hit) byConfig.set(config, (hit = compute(summary, config)));
  return hit;
}

function compute(summary: Summary | undefined, config: Pick<Config, 'agencyAliases'>): WorkspaceChoices {
  const programs: ProgramChoice[] = (summary?.programs ?? []).map((p) => ({ name: p.name, agency: p.agencies[0] ?? null, articles: new Set(p.mentions.map((m) => m.file)).size }));
  const used = new Map<string, number>();
  for (const p of summary?.programs ?? []) for (const a of p.agencies) used.set(a, (used.get(a) ?? 0) + p.mentions.length);
  for (const f of [...(summary?.targets ?? []), ...(summary?.figures ?? [])]) if (f.agency) used.set(f.agency, (used.get(f.agency) ?? 0) + 1);
  const agencies = [...used.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([a]) => a);
  const seen = new Set(agencies);
  for (const name of new Set(buildAgencyRegistry(config).canonical.values())) if (!seen.has(name)) agencies.push(name);
  return { programs, agencies };
}
