/**
 * `policyNotes.scope` in a real VS Code: with `auto`, a README that no configuration covers
 * and that has no front matter is neither linted nor indexed and gets no status bar item,
 * while articles (under a configuration, or with article front matter) are; set to `all`,
 * the README is linted again without a reload.
 *
 * The fixture workspace has a configuration at its root, which covers every file: the
 * suite moves it aside for its duration, and puts it back after.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PolicyNotesApi } from '../../src/vscode/extension';
import { activateExtension, fixtureUri, waitFor, waitForDiagnostics } from './helpers';

describe('Scope: only articles are linted and indexed', () => {
  let api: PolicyNotesApi;
  const enc = (s: string) => new TextEncoder().encode(s);
  const rootConfig = () => fixtureUri('.policynotes.json');
  const asideConfig = () => fixtureUri('policynotes.json.aside');
  const readme = () => fixtureUri('tools/README.md');
  const frontMatterArticle = () => fixtureUri('tools/notes/voucher-brief.md');
  const configured = () => fixtureUri('typed/draft.md');
  const statusFor = (uri: vscode.Uri, visible: boolean, what: string) =>
    waitFor(
      api.onDidUpdateStatusBar,
      () => {
        const s = api.statusBar();
        const active = vscode.window.activeTextEditor?.document.uri.toString() === uri.toString();
        return active && s.visible === visible && (!visible || s.uri === uri.toString()) ? s : undefined;
      },
      what,
    );

  before(async () => {
    api = await activateExtension();
    await vscode.workspace.fs.writeFile(readme(), enc('# Build tools\n\nRun the build script before a release.\n'));
    await vscode.workspace.fs.writeFile(frontMatterArticle(), enc('---\ntitle: 수출 바우처 확대\ndate: 2026-03-04\n---\n\n올해 바우처 지원 기업은 1,000개 사로 늘어난다.\n'));
  });

  after(async () => {
    await vscode.workspace.getConfiguration('policyNotes').update('scope', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(fixtureUri('tools'), { recursive: true, useTrash: false });
    if (!(await exists(rootConfig()))) await vscode.workspace.fs.rename(asideConfig(), rootConfig());
    await api.reindex();
  });

  it('lints a README under a configuration, and leaves it alone once none covers it', async () => {
    const doc = await vscode.workspace.openTextDocument(readme());
    await vscode.window.showTextDocument(doc);
    const before = await waitForDiagnostics(readme(), (d) => d.length > 0, 'the README to be linted under the root configuration');
    assert.ok(
      before.some((d) => d.code !== undefined),
      'it has problems of a rule',
    );
    await statusFor(readme(), true, 'the status bar item in the README while a configuration covers it');

    await vscode.workspace.fs.rename(rootConfig(), asideConfig());
    await waitForDiagnostics(readme(), (d) => d.length === 0, 'the README problems to be cleared once no configuration covers it');
    assert.deepEqual(await api.lint(doc), [], 'linting it now finds nothing to lint');
    await statusFor(readme(), false, 'the status bar item to be hidden in the README');
  });

  it('indexes and lints articles, not the README', async () => {
    await api.reindex();
    await api.indexReady();
    assert.equal(api.indexed(readme()), false, 'the README is not indexed');
    assert.equal(api.indexed(frontMatterArticle()), true, 'an article by its front matter is indexed');
    assert.equal(api.indexed(configured()), true, 'an article under its own configuration is indexed');

    const doc = await vscode.workspace.openTextDocument(frontMatterArticle());
    await vscode.window.showTextDocument(doc);
    const issues = await api.lint(doc);
    assert.ok(Array.isArray(issues), 'the article is linted');
    const shown = await statusFor(frontMatterArticle(), true, 'the status bar item in the article');
    assert.match(shown.tooltip, /built-in schema/);
    assert.match(shown.text, new RegExp(`\\b${issues!.length}$`), 'the item counts its problems');
    assert.deepEqual(api.statusBarMenu().length, 2, 'no configuration to open: create one, or lint the workspace');

    await vscode.window.showTextDocument(configured());
    const typed = await statusFor(configured(), true, 'the status bar item in an article under a configuration');
    assert.match(typed.tooltip, /typed\.schema\.json/, 'the workspace schema by its file name');
    assert.equal(api.statusBarMenu().length, 3, 'its configuration can be opened');
  });

  it('lints and indexes the README once the scope is all, without a reload', async () => {
    await vscode.window.showTextDocument(readme());
    await vscode.workspace.getConfiguration('policyNotes').update('scope', 'all', vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(readme(), (d) => d.length > 0, 'the README to be linted with the scope set to all');
    await statusFor(readme(), true, 'the status bar item in the README with the scope set to all');
    await api.reindex();
    await api.indexReady();
    assert.equal(api.indexed(readme()), true, 'the README is indexed');
  });
});

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}
