// Bundles the extension and the CLI with esbuild (and, with --tests, the integration tests).
//   node scripts/build.mjs [--production] [--watch] [--tests]
// Each entry point (extension, CLI, analysis worker) becomes one CommonJS file in dist/.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/**
 * One binding to the `vscode` API for the whole bundle. Each module's `import * as vscode`
 * of an external module otherwise gets its own namespace copy (esbuild's interop defines a
 * getter per API member): tens of modules times hundreds of members cost activation time.
 * Here `vscode` resolves to one ESM module re-exporting the real one, copied once.
 */
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: 'export * from "vscode";', loader: 'js' }));
  },
};

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
  // ESM builds where a package has one: jsonc-parser's `main` is a UMD file whose requires a
  // bundler cannot follow.
  mainFields: ['module', 'main'],
};

const builds = [
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', plugins: [vscodeOnce] },
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/core/worker/analysisWorker.ts'], outfile: 'dist/worker.js' },
].filter((b) => fs.existsSync(path.join(root, b.entryPoints[0])));

if (args.has('--tests')) {
  // A test file renamed or removed must not leave its old bundle behind to run again.
  fs.rmSync(path.join(root, 'out', 'test', 'integration'), { recursive: true, force: true });
  const dir = path.join(root, 'test', 'integration');
  const entries = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join('test/integration', f));
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
