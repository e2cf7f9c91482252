/**
 * "Create Configuration" in a real VS Code: a preset writes `.policynotes.json` and its
 * schema into a folder and opens it, the articles there are linted by it at once, and an
 * existing configuration is opened, never overwritten.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, waitForDiagnostics } from './helpers';

describe('Create Configuration', () => {
  const folder = () => fixtureUri('new-site');
  const enc = (s: string) => new TextEncoder().encode(s);
  const dec = (b: Uint8Array) => new TextDecoder().decode(b);

  before(async () => {
    await activateExtension();
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder(), '_posts'));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false });
  });

  it('writes the preset and its schema, opens the configuration, and lints by it', async () => {
    const created = await vscode.commands.executeCommand<vscode.Uri>('policyNotes.createConfiguration', 'jekyll-post', folder());
    assert.equal(created?.toString(), vscode.Uri.joinPath(folder(), '.policynotes.json').toString());
    const config = JSON.parse(dec(await vscode.workspace.fs.readFile(created!)));
    assert.match(config.$schema, /policynotes\.schema\.json$/);
    assert.equal(config.frontMatter.schema, 'schemas/jekyll-post.schema.json');
    const schema = JSON.parse(dec(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder(), 'schemas', 'jekyll-post.schema.json'))));
    assert.ok(schema.required.includes('layout'));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), created!.toString());

    // A post without `layout` breaks the Jekyll schema, not the built-in one.
    const post = vscode.Uri.joinPath(folder(), '_posts', '2026-03-04-voucher.md');
    await vscode.workspace.fs.writeFile(post, enc('---\ntitle: 수출 바우처 확대\n---\n\n올해 지원 기업은 1,000개 사이다.\n'));
    await vscode.window.showTextDocument(post);
    const diags = await waitForDiagnostics(post, (d) => d.some((x) => /`layout`/.test(x.message)), 'the Jekyll schema to report the missing layout');
    assert.ok(!diags.some((d) => /`excerpt`/.test(d.message)), 'the built-in schema does not apply');
  });

  it('opens an existing configuration instead of overwriting it', async () => {
    const uri = vscode.Uri.joinPath(folder(), '.policynotes.json');
    const mine = '{\n  // mine\n  "rules": {}\n}\n';
    await vscode.workspace.fs.writeFile(uri, enc(mine));
    const result = await vscode.commands.executeCommand<vscode.Uri>('policyNotes.createConfiguration', 'article', folder());
    assert.equal(result?.toString(), uri.toString());
    assert.equal(dec(await vscode.workspace.fs.readFile(uri)), mine);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
  });
});
