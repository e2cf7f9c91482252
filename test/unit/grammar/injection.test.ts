/**
 * The TextMate injection grammar, tokenized by VS Code's own engine (vscode-textmate with
 * vscode-oniguruma). A minimal host grammar stands in for Markdown; the injection must scope
 * the guide's claims and leave phone numbers, law references and ranks alone.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../../..');
const INJECTION = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes/claims.injection.tmLanguage.json'), 'utf8'));
const HOST = { scopeName: 'text.html.markdown', patterns: [{ match: '```.*$', name: 'markup.fenced_code.block.markdown' }] };

let grammar: textmate.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new oniguruma.OnigScanner(s), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) =>
      scope === HOST.scopeName
        ? textmate.parseRawGrammar(JSON.stringify(HOST), 'host.json')
        : scope === INJECTION.scopeName
          ? textmate.parseRawGrammar(JSON.stringify(INJECTION), 'injection.json')
          : null,
    getInjections: (scope) => (scope === HOST.scopeName ? [INJECTION.scopeName] : []),
  });
  grammar = (await registry.loadGrammar(HOST.scopeName))!;
});

/** The text of each token whose scopes include a claim scope, with the kind. */
function claimsIn(line: string): string[] {
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  return tokens.filter((t) => t.scopes.some((s) => s.includes('.claim.'))).map((t) => `${line.slice(t.startIndex, t.endIndex)}:${t.scopes.find((s) => s.includes('.claim.'))!.split('.')[3]}`);
}

describe('TextMate injection grammar', () => {
  const cases: [string, string[]][] = [
    ['무역금융 370조 원을 공급한다', ['370조 원:money']],
    ['수출 3348억 달러, 1조 4,517억원', ['3348억 달러:money', '1조 4,517억원:money']],
    ['2028년까지 수출 중견기업 200개 사', ['2028년까지:deadline', '200개 사:count']],
    ['전년 대비 9.0% 늘고 0.5%p 올랐다', ['9.0%:percent', '0.5%p:percent-point']],
    ['수출이 1.7배 늘었다', ['1.7배:multiple']],
    ['문의 044-200-7911, 제37조, 1위, 2차 회의', []],
    ['원인 분석: 5명 원장, 3개 사를 지원', ['5명:count', '3개 사:count']],
  ];
  for (const [line, want] of cases) it(`scopes: ${line}`, () => assert.deepEqual(claimsIn(line), want));

  it('does not scope claims inside fenced code', () => assert.deepEqual(claimsIn('``` 370조 원'), []));
});
