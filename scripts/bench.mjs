// `npm run bench`: prints speed and accuracy figures (never asserted in tests).
//   node scripts/bench.mjs [lint|claims|mask|summary ...]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const all = ['lint', 'lint-cache', 'mask', 'claims', 'summary', 'summary-accuracy', 'pool', 'reliability', 'completion', 'host'];
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : all;
let failed = false;
for (const name of wanted) {
  // `summary-accuracy` → scripts/bench/summaryAccuracy.ts, benchSummaryAccuracy
  const camel = name.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
  const fn = `bench${camel[0].toUpperCase()}${camel.slice(1)}`;
  console.log(`\n=== ${name} ===`);
  const args =
    name === 'host' ? ['scripts/bench/host.mjs'] : ['--import', 'tsx', '--expose-gc', '-e', `require('./scripts/bench/${camel}.ts').${fn}().catch((e) => { console.error(e); process.exit(1); })`];
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
