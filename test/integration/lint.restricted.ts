import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, waitFor, waitForDiagnostics } from './helpers';

describe('lint in Restricted Mode', () => {
  it('still lints with the built-in schema, and does not load the workspace schema', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    await activateExtension();
    const broken = fixtureUri('articles/broken.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(broken));
    await waitForDiagnostics(broken, (d) => d.some((x) => x.message.includes('titel')), 'built-in schema error in Restricted Mode');

    const strict = fixtureUri('strict/note.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(strict));
    const ds = await waitForDiagnostics(strict, (d) => d.length > 0, 'built-in schema diagnostics on strict/note.md');
    assert.ok(!ds.some((d) => d.message.includes('ministry')), 'the workspace schema was not applied');
    const config = fixtureUri('strict/.policynotes.json');
    const note = await waitFor(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(config).find((d) => d.message.includes('Restricted Mode')), 'a note on the config file');
    assert.equal(note.source, 'policy-notes');
  });
});
