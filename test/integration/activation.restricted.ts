import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, fixtureUri } from './helpers';

describe('activation (Restricted Mode)', () => {
  it('runs in an untrusted workspace and registers its commands', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'this suite runs in Restricted Mode');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    assert.equal(ext.packageJSON.capabilities.untrustedWorkspaces.supported, 'limited');
    const doc = await vscode.workspace.openTextDocument(fixtureUri('articles/export-support.md'));
    await vscode.window.showTextDocument(doc);
    await activateExtension();
    assert.equal(ext.isActive, true);
    const all = await vscode.commands.getCommands(true);
    for (const c of (ext.packageJSON.contributes.commands as { command: string }[]).map((x) => x.command)) assert.ok(all.includes(c), `command ${c} is registered`);
  });
});
