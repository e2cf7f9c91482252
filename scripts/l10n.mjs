// Writes the English bundle l10n/bundle.l10n.json from the source: every string literal
// passed to the core's `t(...)` or to `vscode.l10n.t(...)` under src/ (as `@vscode/l10n-dev
// export` does), so translators and the bundle test see every message there is.
//   node scripts/l10n.mjs          write the bundle
//   node scripts/l10n.mjs --check  exit 1 when the bundle is not up to date
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function* files(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.name.endsWith('.ts')) yield p;
  }
}

/** `t('…')`, `l10n.t('…')`, `vscode.l10n.t('…')`: the callee is named `t`. */
function isT(callee) {
  if (ts.isIdentifier(callee)) return callee.text === 't';
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 't' &&
    (ts.isIdentifier(callee.expression) ? callee.expression.text === 'l10n' : ts.isPropertyAccessExpression(callee.expression) && callee.expression.name.text === 'l10n')
  );
}

/** Every message of the source, in file order, with where it was found. */
export function collectMessages(srcDir = path.join(root, 'src')) {
  const out = new Map();
  for (const file of files(srcDir)) {
    const text = fs.readFileSync(file, 'utf8');
    if (!/\bt\(/.test(text)) continue;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const visit = (node) => {
      if (ts.isCallExpression(node) && isT(node.expression) && node.arguments.length > 0) {
        const a = node.arguments[0];
        if (ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a)) {
          if (!out.has(a.text)) out.set(a.text, path.relative(root, file));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

export function englishBundle() {
  const messages = [...collectMessages().keys()].sort();
  return JSON.stringify(Object.fromEntries(messages.map((m) => [m, m])), null, 2) + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.join(root, 'l10n', 'bundle.l10n.json');
  const want = englishBundle();
  if (process.argv.includes('--check')) {
    const have = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (have !== want) {
      console.error('l10n/bundle.l10n.json is out of date: run node scripts/l10n.mjs');
      process.exit(1);
    }
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, want);
    console.log(`[l10n] ${Object.keys(JSON.parse(want)).length} messages`);
  }
}
