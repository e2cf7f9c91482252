import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, waitFor } from './helpers';

/** Completion items at a position, as the editor's suggest widget would receive them. */
async function completions(uri: vscode.Uri, pos: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, pos);
  return list.items;
}

function labelOf(i: vscode.CompletionItem): string {
  return typeof i.label === 'string' ? i.label : i.label.label;
}

function docText(i: vscode.CompletionItem): string {
  const d = i.documentation;
  return (typeof d === 'string' ? d : (d?.value ?? '')).replace(/&nbsp;/g, ' ').replace(/\\([()[\]*_`#+.!-])/g, '$1');
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('writing front matter', () => {
  afterEach(closeAll);

  it('completes the missing keys of the workspace schema at a new line, with descriptions', async () => {
    await activateExtension();
    const uri = fixtureUri('typed/draft.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const items = await completions(uri, new vscode.Position(3, 0));
    const ours = items.filter((i) => i.kind === vscode.CompletionItemKind.Property);
    const labels = ours.map(labelOf);
    assert.ok(labels.includes('date') && labels.includes('ministry') && labels.includes('programs'), labels.join(', '));
    assert.ok(!labels.includes('title') && !labels.includes('status'), 'keys already present are not offered');
    assert.match(docText(ours.find((i) => labelOf(i) === 'ministry')!), /Agency that issued the press release/);
    assert.match(docText(ours.find((i) => labelOf(i) === 'date')!), /Day the briefing is published/);
  });

  it('accepting an enum value leaves no frontmatter-schema problem', async () => {
    const api = await activateExtension();
    const uri = fixtureUri('typed/draft.md');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const before = await api.lint(editor.document);
    assert.ok(
      before?.some((i) => i.rule === 'frontmatter-schema'),
      'an empty status is a problem before',
    );
    const items = await completions(uri, new vscode.Position(2, 'status:'.length));
    const review = items.find((i) => labelOf(i) === 'review');
    assert.ok(review, items.map(labelOf).join(', '));
    const range = review.range instanceof vscode.Range ? review.range : review.range!.replacing;
    await editor.edit((b) => b.replace(range, typeof review.insertText === 'string' ? review.insertText : review.insertText!.value));
    assert.equal(editor.document.lineAt(2).text, 'status: review');
    const after = await api.lint(editor.document);
    assert.deepEqual(
      after?.filter((i) => i.rule === 'frontmatter-schema'),
      [],
    );
  });

  it('lists an indexed program under programs:, with its agency', async () => {
    const api = await activateExtension();
    await api.indexReady();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\ntitle: 새 기사\nprograms:\n  - \n---\n\n본문\n' });
    await vscode.window.showTextDocument(doc);
    const items = await completions(doc.uri, new vscode.Position(3, 4));
    const star = items.find((i) => labelOf(i) === 'K-수출스타');
    assert.ok(star, items.map(labelOf).join(', '));
    assert.match(String(star.insertText), /^name: K-수출스타\n {4}agency: \S+/);
  });

  it("shows a declared program's targets and the articles mentioning it on hover", async () => {
    const api = await activateExtension();
    await api.indexReady();
    const uri = fixtureUri('programs/k-star-plan.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const at = doc.positionAt(doc.getText().indexOf('name: K-수출스타') + 'name: K-'.length);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
    const text = hovers
      .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
      .join('\n')
      .replace(/&nbsp;/g, ' ')
      .replace(/\\([()[\]*_`#+.!-])/g, '$1');
    assert.match(text, /Program/);
    assert.match(text, /500개사/, 'a target of the program');
    assert.match(text, /Mentioned in [2-9] article/, text);
  });

  it('explains a key on hover, links the image file and outlines the front matter', async () => {
    await activateExtension();
    const uri = fixtureUri('articles/export-support.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const line = doc
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('excerpt:'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 2));
    const text = hovers
      .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
      .join('\n')
      .replace(/&nbsp;/g, ' ');
    assert.match(text, /Summary shown in lists/);

    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', uri);
    const image = links.find((l) => l.target?.path.endsWith('/assets/img/export.jpg'));
    assert.ok(image, links.map((l) => l.target?.toString()).join(', '));
    assert.equal(doc.getText(image.range), '/assets/img/export.jpg');
    await vscode.commands.executeCommand('vscode.open', image.target);
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input as { uri?: vscode.Uri } | undefined;
    assert.equal(input?.uri?.toString(), fixtureUri('assets/img/export.jpg').toString());

    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const fm = symbols.find((s) => s.name === 'Front matter');
    assert.ok(fm, symbols.map((s) => s.name).join(', '));
    assert.deepEqual(
      fm.children.map((c) => c.name),
      ['title', 'categories', 'excerpt', 'feature_text', 'image', 'date'],
    );
    assert.ok(
      symbols.some((s) => s.name.includes('목표')),
      `the Markdown headings are listed beside it: ${symbols.map((s) => s.name).join(', ')}`,
    );
  });

  it("the walkthrough's sample article shows claims of every group, and its commands run", async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand('policyNotes.openSampleArticle');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.languageId, 'markdown');
    const kinds = await waitFor(
      api.onDidHighlight,
      () => {
        const shown = api.highlights(editor.document.uri);
        const set = new Set(shown?.map((h) => h.kind));
        return ['money', 'count', 'percent', 'percentPoint', 'deadline', 'duration'].every((k) => set.has(k)) ? set : undefined;
      },
      'highlights of the sample article',
    );
    assert.ok(kinds.has('multiple') || kinds.has('date'), [...kinds].join(', '));
    await vscode.commands.executeCommand('policyNotes.tryFrontMatterCompletion');
    assert.equal(editor.document.lineAt(editor.selection.active.line).text, '', 'the cursor sits on the blank front-matter line');
    await vscode.commands.executeCommand('hideSuggestWidget');
    await vscode.commands.executeCommand('policyNotes.createConfiguration');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), fixtureUri('.policynotes.json').toString(), 'the existing configuration is opened, not replaced');
  });
});
