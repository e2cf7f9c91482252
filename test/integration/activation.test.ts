import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, fixtureUri } from './helpers';

describe('activation (trusted workspace)', () => {
  it('activates on a Markdown article and registers its commands', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'the extension is installed in the development host');
    const doc = await vscode.workspace.openTextDocument(fixtureUri('articles/export-support.md'));
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'markdown');
    const api = await activateExtension();
    assert.equal(ext.isActive, true);
    assert.match(api.version, /^\d+\.\d+\.\d+/);
    const all = await vscode.commands.getCommands(true);
    const declared = (ext.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    assert.ok(declared.length > 0);
    for (const c of declared) assert.ok(all.includes(c), `command ${c} is registered`);
    assert.equal(vscode.workspace.isTrusted, true);
  });
});
