/**
 * ReDoS gate (docs/design.md, case H21): every regular expression shipped in src/ is found
 * with the TypeScript parser (literals, and `new RegExp` of constant sources) and checked
 * with recheck. Each must be `safe`, or be listed in REVIEWED with the reason its input
 * is bounded (the claims scanner caps segments at 4,000 characters, front matter is capped
 * at 64 KB before any pattern runs). A pattern built from runtime values must be listed too.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';

const SRC = path.resolve(__dirname, '../../../src');

/** Patterns recheck cannot prove safe, with the reason their cost is bounded anyway. */
const REVIEWED: Record<string, string> = {
  'dynamic@core/parse/html.ts': '`</${name}\\s*>` where name is `script` or `style` (captured by a fixed alternation): literal text and one \\s*, linear.',
  'dynamic@core/summary/status.ts': 'An alternation of fixed Korean cue words (no quantifiers, no nesting), longest first: linear.',
};

interface Found {
  where: string;
  source: string | null;
  flags: string;
}

function collect(): Found[] {
  const out: Found[] = [];
  const files = fs.readdirSync(SRC, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.ts'));
  for (const e of files) {
    const file = path.join(e.parentPath, e.name);
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (n: ts.Node) => `${path.relative(SRC, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText();
        const end = text.lastIndexOf('/');
        out.push({ where: where(n), source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        const [src, flags] = n.arguments ?? [];
        out.push({ where: where(n), source: src ? constant(src, sf) : null, flags: flags && ts.isStringLiteral(flags) ? flags.text : '' });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

/**
 * The constant text of a string literal, a template without substitutions, String.raw`…`,
 * or a same-file `const` initialized with one of those.
 */
function constant(n: ts.Expression, sf: ts.SourceFile): string | null {
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
  if (ts.isTaggedTemplateExpression(n) && n.tag.getText() === 'String.raw' && ts.isNoSubstitutionTemplateLiteral(n.template)) return n.template.rawText ?? null;
  if (ts.isIdentifier(n)) {
    let init: ts.Expression | undefined;
    const find = (x: ts.Node) => {
      if (ts.isVariableDeclaration(x) && ts.isIdentifier(x.name) && x.name.text === n.text && x.initializer && (x.parent.flags & ts.NodeFlags.Const) !== 0) init = x.initializer;
      else ts.forEachChild(x, find);
    };
    find(sf);
    return init && !ts.isIdentifier(init) ? constant(init, sf) : null;
  }
  return null;
}

describe('ReDoS gate: every shipped regular expression', function () {
  this.timeout(600_000);
  const found = collect();

  it(`finds the patterns in src/ (${found.length})`, () => assert.ok(found.length > 20));

  it('is safe per recheck, or reviewed with a bound', () => {
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const f of found) {
      const key = f.source === null ? `dynamic@${f.where.replace(/:\d+$/, '')}` : `/${f.source}/${f.flags}`;
      if (REVIEWED[key]) continue;
      if (f.source === null) {
        problems.push(`${f.where}: RegExp built from a runtime value: review it and list ${JSON.stringify(key)} in REVIEWED`);
        continue;
      }
      let status = seen.get(key);
      if (!status) {
        status = checkSync(f.source, f.flags.replace(/[^dgimsuy]/g, ''), { timeout: 10_000 }).status;
        seen.set(key, status);
      }
      if (status !== 'safe') problems.push(`${f.where}: ${key} is ${status}`);
    }
    assert.deepEqual(problems, []);
  });
});
