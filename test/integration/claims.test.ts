import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, waitFor } from './helpers';

describe('claims in the editor', () => {
  it('highlights claims, explains 370조 원 on hover, and toggles', async () => {
    const api = await activateExtension();
    const uri = fixtureUri('articles/export-support.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const offset = doc.getText().indexOf('370조 원');
    const target = new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + '370조 원'.length));
    const shown = await waitFor(
      api.onDidHighlight,
      () => {
        const h = api.highlights(uri);
        return h?.some((x) => x.range.isEqual(target)) ? h : undefined;
      },
      'a highlight on 370조 원',
    );
    assert.equal(shown.find((x) => x.range.isEqual(target))!.kind, 'money');
    assert.ok(shown.some((x) => x.kind === 'count' && doc.getText(x.range) === '200개 사'));
    assert.ok(shown.some((x) => x.kind === 'percent' && doc.getText(x.range) === '9.0%'));
    assert.ok(!shown.some((x) => doc.getText(x.range).includes('044')), 'the phone number is not a claim');

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, target.start.translate(0, 1));
    // appendText escapes Markdown (spaces become &nbsp;, parentheses get backslashes): read it as rendered.
    const text = hovers
      .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
      .join('\n')
      .replace(/&nbsp;/g, ' ')
      .replace(/\\([()[\]*_`#+.!-])/g, '$1');
    assert.match(text, /370,000,000,000,000 KRW/);
    assert.match(text, /370 trillion won/);

    await vscode.commands.executeCommand('policyNotes.toggleClaimHighlights');
    await waitFor(api.onDidHighlight, () => (api.highlights(uri)?.length === 0 ? true : undefined), 'highlights to be cleared');
    await vscode.commands.executeCommand('policyNotes.toggleClaimHighlights');
    await waitFor(api.onDidHighlight, () => ((api.highlights(uri)?.length ?? 0) > 0 ? true : undefined), 'highlights to return');
  });
});
