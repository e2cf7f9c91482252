import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, quickFixesAt, waitFor, waitForDiagnostics } from './helpers';

const byRule = (ds: vscode.Diagnostic[], rule: string) => ds.filter((d) => typeof d.code === 'object' && d.code.value === rule);

describe('lint in the editor', () => {
  before(async () => {
    await activateExtension();
  });

  it('shows a schema error on the mistyped key, and the quick fix removes it', async () => {
    const uri = fixtureUri('articles/broken.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const ds = await waitForDiagnostics(uri, (d) => byRule(d, 'frontmatter-schema').length > 0, 'frontmatter-schema on broken.md');
    const titel = byRule(ds, 'frontmatter-schema').find((d) => d.message.includes('titel'));
    assert.ok(titel, 'an error names the unexpected key');
    assert.deepEqual([titel.range.start.line, titel.range.start.character, titel.range.end.line, titel.range.end.character], [1, 0, 1, 5]);
    assert.equal(titel.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(titel.source, 'policy-notes');
    assert.match(String((titel.code as { target: vscode.Uri }).target), /docs\/rules\/frontmatter-schema\.md$/);

    const actions = await quickFixesAt(uri, titel.range, 'Rename to `title`');
    const rename = actions.find((a) => a.title === 'Rename to `title`');
    assert.ok(rename?.edit, `rename fix offered; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(rename.edit));
    assert.equal(doc.lineAt(1).text, 'title: 수출 바우처 예산 확대');
    await doc.save();
    await waitForDiagnostics(uri, (d) => byRule(d, 'frontmatter-schema').length === 0, 'the schema error to disappear after the fix and save');
  });

  it('offers one "disable" action per rule and line, none above the front-matter opener, and no "add key" fix that would break a flow mapping', async () => {
    const uri = fixtureUri('articles/flow-front-matter.md');
    writeFileSync(uri.fsPath, '---\n{ "note": "수출" }\n---\n\n담당: TODO, 연락처: TBD\n');
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const ds = await waitForDiagnostics(
        uri,
        (d) => byRule(d, 'frontmatter-schema').filter((x) => x.range.start.line === 0).length >= 2 && byRule(d, 'placeholder-text').length === 2,
        'missing keys at the opener, two placeholders on one line',
      );
      const titlesAt = async (range: vscode.Range) => (await quickFixesAt(uri, range)).map((a) => a.title);
      const atOpener = await titlesAt(byRule(ds, 'frontmatter-schema').find((x) => x.range.start.line === 0)!.range);
      assert.ok(!atOpener.some((t) => t.startsWith('Disable ') || t.startsWith('Add `')), atOpener.join(' | '));
      const placeholders = byRule(ds, 'placeholder-text');
      const onLine = await titlesAt(placeholders[0]!.range.union(placeholders[1]!.range));
      assert.deepEqual(
        onLine.filter((t) => t.startsWith('Disable ')),
        ['Disable placeholder-text for this line'],
        onLine.join(' | '),
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
      await waitForDiagnostics(uri, (d) => d.length === 0, 'the deleted file’s problems to clear');
    }
  });

  it('puts a configuration problem on the setting it is about', async () => {
    const config = fixtureUri('.policynotes.json');
    const original = await vscode.workspace.fs.readFile(config);
    const text = '{\n  "rules": {\n    "placeholder-txt": "off"\n  }\n}\n';
    try {
      await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(text));
      const [d] = await waitForDiagnostics(config, (ds) => byRule(ds, 'config-error').length > 0, 'a config-error on .policynotes.json');
      const doc = await vscode.workspace.openTextDocument(config);
      // A suite before may have left the file open: its model follows the disk in an event of its own.
      await waitFor(vscode.workspace.onDidChangeTextDocument, () => (doc.getText() === text ? true : undefined), 'the open configuration to show the new text');
      assert.equal(doc.getText(d!.range), '"placeholder-txt"');
      assert.match(d!.message, /^Unexpected rule `placeholder-txt`, expected `placeholder-text` or another rule id/);
    } finally {
      await vscode.workspace.fs.writeFile(config, original);
    }
    await waitForDiagnostics(config, (ds) => byRule(ds, 'config-error').length === 0, 'the config-error to clear');
  });

  it('offers to insert front matter, titled from the first heading', async () => {
    const uri = fixtureUri('articles/no-front-matter.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const [d] = byRule(await waitForDiagnostics(uri, (x) => byRule(x, 'frontmatter-missing').length === 1, 'frontmatter-missing'), 'frontmatter-missing');
    const actions = await quickFixesAt(uri, d!.range, 'Insert a front-matter block');
    const insert = actions.find((a) => a.title === 'Insert a front-matter block');
    assert.ok(insert?.edit);
    assert.ok(await vscode.workspace.applyEdit(insert.edit));
    assert.equal(doc.lineAt(1).text, 'title: 인천 수출 역대 최대');
    await doc.save();
    await waitForDiagnostics(uri, (x) => byRule(x, 'frontmatter-missing').length === 0, 'frontmatter-missing to clear');
  });

  it('re-lints open articles when .policynotes.json changes a severity (no reload)', async () => {
    const uri = fixtureUri('articles/export-support.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(doc.lineCount, 0), '\n담당: TODO\n');
    await vscode.workspace.applyEdit(edit);
    await doc.save();
    const before = byRule(await waitForDiagnostics(uri, (d) => byRule(d, 'placeholder-text').length === 1, 'placeholder-text warning'), 'placeholder-text');
    assert.equal(before[0]!.severity, vscode.DiagnosticSeverity.Warning);
    const config = fixtureUri('.policynotes.json');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(JSON.stringify({ rules: { 'placeholder-text': 'error' } })));
    const after = await waitForDiagnostics(uri, (d) => byRule(d, 'placeholder-text')[0]?.severity === vscode.DiagnosticSeverity.Error, 'placeholder-text to become an error');
    assert.equal(byRule(after, 'placeholder-text').length, 1);
  });

  it('applies a workspace schema (trusted) from the nearest .policynotes.json', async () => {
    const uri = fixtureUri('strict/note.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const ds = await waitForDiagnostics(uri, (d) => byRule(d, 'frontmatter-schema').length > 0, 'schema error from strict.schema.json');
    assert.match(byRule(ds, 'frontmatter-schema')[0]!.message, /Missing key `ministry`/);
  });

  it('lints the whole workspace, closed files included', async () => {
    const closed = fixtureUri('articles/closed-only.md');
    assert.equal(vscode.languages.getDiagnostics(closed).length, 0);
    const result = await vscode.commands.executeCommand<{ files: number; problems: number; cancelled: boolean }>('policyNotes.lintWorkspace');
    // Several files are linted at once: the count it reports is every problem it set.
    const shown = vscode.languages
      .getDiagnostics()
      .filter(([uri]) => uri.path.endsWith('.md'))
      .flatMap(([, ds]) => ds.filter((d) => d.source === 'policy-notes' && !(typeof d.code === 'object' && d.code.value === 'program-figure-conflict')));
    assert.equal(result.cancelled, false);
    assert.ok(result.files > 5, `${result.files} files`);
    const perFile = vscode.languages
      .getDiagnostics()
      .filter(([uri]) => uri.path.endsWith('.md'))
      .map(([uri, ds]) => `${uri.path.split('/').pop()}: ${ds.map((d) => (typeof d.code === 'object' ? d.code.value : d.code)).join(',')}`);
    assert.equal(result.problems, shown.length, perFile.join(' | '));
    const ds = await waitFor(
      vscode.languages.onDidChangeDiagnostics,
      () => {
        const d = byRule(vscode.languages.getDiagnostics(closed), 'frontmatter-schema');
        return d.length > 0 ? d : undefined;
      },
      'diagnostics on a closed file',
    );
    assert.match(ds[0]!.message, /categories/);
    assert.equal(ds[0]!.range.start.line, 2);
  });

  it('lints closed files the pool reads itself: binary, non-UTF-8 and too large ones get their rule, at the file’s start', async () => {
    const files = {
      'binary-file': { uri: fixtureUri('articles/zz-binary.md'), bytes: Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]) },
      encoding: { uri: fixtureUri('articles/zz-latin1.md'), bytes: Buffer.from('---\ntitle: caf\xe9\n---\n', 'latin1') },
      'file-too-large': { uri: fixtureUri('articles/zz-large.md'), bytes: Buffer.from(`---\ntitle: 큰 파일\n---\n\n${'abcd '.repeat(1_100_000)}\n`) },
    };
    for (const f of Object.values(files)) writeFileSync(f.uri.fsPath, f.bytes);
    try {
      await vscode.commands.executeCommand('policyNotes.lintWorkspace');
      for (const [rule, f] of Object.entries(files)) {
        const ds = vscode.languages.getDiagnostics(f.uri).filter((d) => d.source === 'policy-notes');
        assert.deepEqual(
          ds.map((d) => (typeof d.code === 'object' ? d.code.value : d.code)),
          [rule],
          f.uri.path,
        );
        assert.equal(ds[0]!.range.start.line, 0);
      }
      assert.match(vscode.languages.getDiagnostics(files['file-too-large'].uri)[0]!.message, /File too large \(\d+ bytes\), expected at most 5242880/);
    } finally {
      for (const f of Object.values(files)) rmSync(f.uri.fsPath, { force: true });
    }
  });
});
