/**
 * Runs mocha inside the extension host. Each index (trusted, restricted) picks its suites
 * by file name; the first line says which VS Code ran them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import Mocha from 'mocha';

export async function runSuites(pattern: RegExp, label: string): Promise<void> {
  console.log(
    `[integration] ${label} suite inside VS Code ${vscode.version} (${vscode.env.appHost}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web UI' : 'desktop UI'}), workspace trusted: ${vscode.workspace.isTrusted}`,
  );
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const grep = process.env.PN_TEST_GREP;
  if (grep) mocha.grep(grep);
  const dir = __dirname;
  for (const f of fs.readdirSync(dir).sort()) if (pattern.test(f)) mocha.addFile(path.join(dir, f));
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
