// Bundles the extension and the CLI with esbuild (and, with --tests, the integration tests).
//   node scripts/build.mjs [--production] [--watch] [--tests]
// remark and friends are ESM-only; bundling turns everything into one CommonJS file each.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  define: { __PN_VERSION__: JSON.stringify(pkg.version) },
  absWorkingDir: root,
};

const builds = [
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/core/worker/analysisWorker.ts'], outfile: 'dist/worker.js' },
].filter((b) => fs.existsSync(path.join(root, b.entryPoints[0])));

if (args.has('--tests')) {
  const dir = path.join(root, 'test', 'integration');
  const entries = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => path.join('test/integration', f));
  builds.push({ ...common, sourcemap: 'inline', minify: false, entryPoints: entries, outdir: 'out/test/integration', external: ['vscode', 'mocha'] });
}

if (args.has('--watch')) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[build] watching for changes');
} else {
  const t = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  if (fs.existsSync(path.join(root, 'dist/cli.js'))) fs.chmodSync(path.join(root, 'dist/cli.js'), 0o755);
  console.log(`[build] ${builds.length} bundle(s) in ${Date.now() - t} ms${production ? ' (production)' : ''}`);
}
