/**
 * No user-facing English outside the bundles: in src/vscode, the text given to a message
 * box, a quick pick or input box, a progress title, a diagnostic, a code action or a tree
 * item (and a tree item's or view's description, tooltip or message) must come from
 * `vscode.l10n.t` / `t` (or from a value computed elsewhere), never from a string literal
 * with words in it. A new `showErrorMessage('Something failed')` fails here.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../../..');
const WORDS = /[a-z]{3,}/i;

/** Calls whose arguments are shown to the user, by the callee's last name. */
const SHOWN_CALLS = new Set(['showInformationMessage', 'showWarningMessage', 'showErrorMessage', 'showQuickPick', 'showInputBox', 'showSaveDialog', 'showOpenDialog', 'withProgress', 'createWebviewPanel']);
/** Constructors whose text arguments are shown. */
const SHOWN_NEW = new Set(['Diagnostic', 'CodeAction', 'TreeItem', 'DiagnosticRelatedInformation', 'Hover', 'MarkdownString']);
/** Properties shown wherever they are set or written in an object literal passed to the above. */
const SHOWN_PROPS = new Set(['title', 'placeHolder', 'prompt', 'label', 'description', 'tooltip', 'message', 'detail', 'saveLabel', 'openLabel']);

function isTranslation(node: ts.Node): boolean {
  if (!ts.isCallExpression(node)) return false;
  const e = node.expression;
  return (ts.isIdentifier(e) && e.text === 't') || (ts.isPropertyAccessExpression(e) && e.name.text === 't');
}

/** String literals with words under `node`, not inside a translation call. */
function literals(node: ts.Node, out: ts.Node[] = []): ts.Node[] {
  // A translation, or a callback (its own statements are visited on their own).
  if (isTranslation(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return out;
  // A value compared with (`reason === 'value'`) is an id, not text.
  const compared = node.parent && ts.isBinaryExpression(node.parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(node.parent.operatorToken.kind);
  // A kebab-case code (`'not-a-file'`) is an id the caller turns into text, not text.
  const code = (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /^[a-z]+(?:-[a-z]+)*$/.test(node.text);
  if (!compared && !code && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && WORDS.test(node.text.replace(/\$\([\w-]+\)/g, ''))) out.push(node);
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    if (WORDS.test(parts.replace(/\$\([\w-]+\)/g, ''))) out.push(node);
  }
  // Command ids, view ids and option keys are not text: only values under shown properties count inside objects.
  if (ts.isObjectLiteralExpression(node)) {
    for (const p of node.properties) if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && SHOWN_PROPS.has(p.name.text)) literals(p.initializer, out);
    return out;
  }
  ts.forEachChild(node, (c) => void literals(c, out));
  return out;
}

function offenders(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      if (SHOWN_CALLS.has(name)) {
        // createWebviewPanel(viewType, title, …): the view type is an id.
        const args = name === 'createWebviewPanel' ? node.arguments.slice(1, 2) : node.arguments;
        for (const a of args) literals(a, found);
      }
    }
    if (ts.isNewExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      if (SHOWN_NEW.has(name)) for (const a of node.arguments ?? []) literals(a, found);
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && SHOWN_PROPS.has(node.left.name.text)) {
      literals(node.right, found);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'appendText') {
      for (const a of node.arguments) literals(a, found);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found.map((n) => `${path.relative(root, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.getText().slice(0, 80)}`);
}

function* tsFiles(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* tsFiles(p);
    else if (e.name.endsWith('.ts')) yield p;
  }
}

describe('l10n: no literal user-facing text in the extension', () => {
  it('messages, picks, progress, diagnostics, code actions and tree items take their text from the bundle', () => {
    const found = [...tsFiles(path.join(root, 'src/vscode'))].flatMap(offenders);
    assert.deepEqual(found, []);
  });

  it('core findings, fixes and problems are message ids passed through t()', () => {
    const found: string[] = [];
    for (const file of [...tsFiles(path.join(root, 'src/core')), ...tsFiles(path.join(root, 'src/cli'))]) {
      const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
      const visit = (node: ts.Node) => {
        // `{ message: '…' }`, `{ title: '…' }` (a quick fix), `{ problem: '…' }`, `{ related: '…' }`.
        if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && ['message', 'title', 'problem', 'related'].includes(node.name.text)) {
          for (const n of literals(node.initializer)) found.push(`${path.relative(root, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.getText().slice(0, 80)}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    assert.deepEqual(found, []);
  });

  it('catches a new literal', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-lit-'));
    const file = path.join(dir, 'x.ts');
    fs.writeFileSync(file, "void vscode.window.showErrorMessage('Something failed');\nvoid vscode.window.showErrorMessage(vscode.l10n.t('Something failed'));\nit.tooltip = `Open ${x} now`;\n");
    assert.equal(offenders(file).length, 2);
  });
});
