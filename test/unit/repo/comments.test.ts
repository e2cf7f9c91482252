/**
 * Comments cite only what a contributor has: files in this repository. The project's
 * design and threat model are in docs/design.md; the reference data some tests and
 * benchmarks read lives beside the checkout and is named only where code loads it.
 * Measured figures belong in docs/benchmarks.md, where they are kept current, not in code.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) sources(rel, out);
    else if (/\.(?:ts|mjs|js)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

/** The comment text of each line: `// …` tails, and lines inside or opening a block comment. */
function comments(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let inBlock = false;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (inBlock || line.startsWith('/*')) {
      out.push({ line: i + 1, text: line });
      inBlock = !line.includes('*/') || (line.startsWith('/*') && line.endsWith('/*'));
      if (line.startsWith('/*') && line.includes('*/')) inBlock = false;
      return;
    }
    const slash = raw.indexOf('// ');
    if (slash >= 0 && !/['"`][^'"`]*\/\/ /.test(raw.slice(0, slash + 3))) out.push({ line: i + 1, text: raw.slice(slash) });
  });
  return out;
}

// A design document of the project's own is docs/design.md; any other name is a file
// outside the repository.
const OUTSIDE_DOC = /(?<!docs\/)\b(?:design|adversarial|claims-guide|summary-guide|vscode-host|style)\.md\b|\.\.\/shared\b/;
const FIGURE = /\b\d+(?:[.,]\d+)?\s?(?:ms|µs)\b|\b\d+(?:\.\d+)?\s?s (?:against|instead of)\b/;

describe('repository: comments', () => {
  const files = [...sources('src'), ...sources('scripts')];

  it('cite no file outside the repository', () => {
    const found: string[] = [];
    for (const file of files) {
      for (const c of comments(fs.readFileSync(path.join(ROOT, file), 'utf8'))) {
        // scripts may say where the reference data is; src may not mention it at all.
        if (file.startsWith('scripts') && /\.\.\/shared\b/.test(c.text) && !/\.md\b/.test(c.text.replace(/\.\.\/shared\S*/g, ''))) continue;
        if (OUTSIDE_DOC.test(c.text)) found.push(`${file}:${c.line}: ${c.text}`);
      }
    }
    assert.deepEqual(found, []);
  });

  it('carry no measured timings (they go to docs/benchmarks.md)', () => {
    const found: string[] = [];
    for (const file of files.filter((f) => f.startsWith('src'))) {
      for (const c of comments(fs.readFileSync(path.join(ROOT, file), 'utf8'))) if (FIGURE.test(c.text)) found.push(`${file}:${c.line}: ${c.text}`);
    }
    assert.deepEqual(found, []);
  });

  it('finds a stray citation (the check is live)', () => {
    assert.ok(comments('const a = 1; // see adversarial.md case 3\n').some((c) => OUTSIDE_DOC.test(c.text)));
    assert.ok(!comments('// see docs/design.md, case H3\n').some((c) => OUTSIDE_DOC.test(c.text)));
    assert.ok(comments('/**\n * took 12 ms\n */\n').some((c) => FIGURE.test(c.text)));
  });
});
