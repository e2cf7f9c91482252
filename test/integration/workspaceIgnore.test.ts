/**
 * Ignore files in the editor: Lint Workspace (and the index, which lists articles the same
 * way) leaves out what a folder's `.gitignore` or `.policynotesignore` excludes, as the CLI does.
 * Named to run after lint.test.ts (suites run in file-name order), whose first check needs a
 * closed file that no Lint Workspace has reached yet.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri } from './helpers';

describe('ignore files in the editor', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const BROKEN = '---\ntitle: [수출\n---\n\n본문\n';

  before(async () => {
    await activateExtension();
    await vscode.workspace.fs.writeFile(fixtureUri('ignore-test/.policynotesignore'), enc('skipped/\n'));
    await vscode.workspace.fs.writeFile(fixtureUri('ignore-test/.gitignore'), enc('_site/\n'));
    for (const f of ['ignore-test/kept.md', 'ignore-test/skipped/x.md', 'ignore-test/_site/y.md']) await vscode.workspace.fs.writeFile(fixtureUri(f), enc(BROKEN));
  });

  after(async () => {
    await vscode.workspace.fs.delete(fixtureUri('ignore-test'), { recursive: true, useTrash: false });
  });

  it('Lint Workspace lints what the ignore files leave, and nothing they exclude', async () => {
    const result = await vscode.commands.executeCommand<{ cancelled: boolean }>('policyNotes.lintWorkspace');
    assert.equal(result.cancelled, false);
    const rules = (rel: string) => vscode.languages.getDiagnostics(fixtureUri(rel)).map((d) => (typeof d.code === 'object' ? d.code.value : d.code));
    assert.ok(rules('ignore-test/kept.md').includes('yaml-syntax'), rules('ignore-test/kept.md').join(','));
    assert.deepEqual(rules('ignore-test/skipped/x.md'), []);
    assert.deepEqual(rules('ignore-test/_site/y.md'), []);
  });
});
