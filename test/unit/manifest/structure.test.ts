/**
 * The shape of the source tree: files short enough to read at once, and packages that are
 * what src/ imports: each one bundled into dist/, so the package installs none at run time
 * (test/unit/manifest/package.test.ts runs the installed package with no dependency).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies: Record<string, string> };
const files = fs
  .readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts'))
  .map((e) => path.join(e.parentPath, e.name));
const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');

/** The one file allowed to be longer: the Markdown masker, a single hand-written scanner. */
const LONG_ALLOWED = new Set(['src/core/parse/mask.ts']);
const MAX_LINES = 400;
/** Under src/vscode/index (the editor's side of the workspace index) files stay shorter still. */
const MAX_INDEX_LINES = 300;

describe('source tree', () => {
  it(`has no file under src/ over ${MAX_LINES} lines (but the masker), none in src/vscode/index over ${MAX_INDEX_LINES}`, () => {
    const long = files
      .map((f) => ({ file: rel(f), lines: fs.readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter(({ file, lines }) => !LONG_ALLOWED.has(file) && (lines > MAX_LINES || (file.startsWith('src/vscode/index/') && lines > MAX_INDEX_LINES)));
    assert.deepEqual(long, []);
    assert.ok(files.length > 50, 'the source files were found');
  });

  it('bundles every package src/ imports, and installs none at run time', () => {
    const imported = new Set<string>();
    const builtins = new Set(builtinModules);
    for (const f of files) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^'.][^']*)'/gm)) {
        const spec = m[1]!;
        if (spec.startsWith('node:') || builtins.has(spec) || spec === 'vscode') continue;
        imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    assert.deepEqual(Object.keys(pkg.dependencies ?? {}), []);
    for (const name of imported) assert.ok(name in pkg.devDependencies, `${name} is declared, for the bundler`);
  });
});
