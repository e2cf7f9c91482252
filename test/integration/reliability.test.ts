/** Adversarial cases that need the real host: a BOM (14), rapid edits and deletion mid-lint (29). */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, waitFor, waitForDiagnostics } from './helpers';

describe('reliability in the host', () => {
  it('14: a BOM file puts 9.0% where the CLI does (4:1)', async () => {
    const api = await activateExtension();
    const uri = fixtureUri('articles/bom.md');
    await vscode.workspace.fs.writeFile(uri, new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('---\ntitle: 가\n---\n9.0%\n')]));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const shown = await waitFor(api.onDidHighlight, () => api.highlights(uri)?.find((h) => h.kind === 'percent'), 'the 9.0% highlight');
    assert.deepEqual([shown.range.start.line + 1, shown.range.start.character + 1], [4, 1]);
  });

  it('29: 50 quick edits publish only the final version; deleting the file clears its diagnostics', async () => {
    const api = await activateExtension();
    await vscode.workspace.getConfiguration('policyNotes').update('lint.run', 'onType', vscode.ConfigurationTarget.Global);
    try {
      const uri = fixtureUri('articles/typing.md');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntitle: 입력 중\ncategories: [News]\nexcerpt: 요약\n---\n\n'));
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc);
      for (let i = 0; i < 50; i++) await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), i % 10 === 9 ? 'TODO ' : '가'));
      const final = doc.version;
      const want = (await api.lint(doc))!.filter((i) => i.rule === 'placeholder-text').length;
      assert.equal(want, 5);
      const ds = await waitForDiagnostics(uri, (d) => d.filter((x) => (x.code as { value: string }).value === 'placeholder-text').length === want, 'diagnostics of the final version');
      assert.equal(doc.version, final);
      assert.ok(ds.every((d) => d.range.end.isBeforeOrEqual(doc.positionAt(doc.getText().length))));
      await doc.save();
      await vscode.workspace.fs.delete(uri);
      await waitForDiagnostics(uri, (d) => d.length === 0, 'no diagnostics left for the deleted file');
    } finally {
      await vscode.workspace.getConfiguration('policyNotes').update('lint.run', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
