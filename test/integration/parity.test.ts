/**
 * One finding for one file, whichever way it is linted: the editor's diagnostics of an open
 * document, "Lint Workspace" on closed files, and the CLI (`policy-notes lint --format json`)
 * over the same folder. The fixtures (test/fixtures/parity) mix ordinary and hostile files:
 * a normal article, unclosed front matter, missing images, a file over the size limit of
 * their folder's configuration, and a binary file.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, fixtureUri } from './helpers';

/** A finding as all three compare it: rule, 1-based line, message. */
type Finding = string;
const finding = (rule: string, line: number, message: string): Finding => `${rule} @${line}: ${message}`;

describe('one way to lint a file (editor, Lint Workspace, CLI)', () => {
  const folder = () => fixtureUri('parity');
  let names: string[] = [];

  before(() => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const source = path.join(ext.extensionUri.fsPath, 'test', 'fixtures', 'parity');
    cpSync(source, folder().fsPath, { recursive: true });
    names = readdirSync(source)
      .filter((n) => n.endsWith('.md'))
      .sort();
  });

  after(() => rmSync(folder().fsPath, { recursive: true, force: true }));

  it('gives the same findings for ordinary and hostile files all three ways', async function () {
    this.timeout(120_000);
    const api = await activateExtension();
    const uriOf = (name: string) => vscode.Uri.joinPath(folder(), name);
    const shown = (name: string): Finding[] =>
      vscode.languages
        .getDiagnostics(uriOf(name))
        .filter((d) => d.source === 'policy-notes' && typeof d.code === 'object' && d.code.value !== 'program-figure-conflict')
        .map((d) => finding(String((d.code as { value: string }).value), d.range.start.line + 1, d.message))
        .sort();

    // Lint Workspace first, while no fixture is open: each is read as a closed file.
    assert.ok(names.every((n) => !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uriOf(n).toString())));
    const run = await vscode.commands.executeCommand<{ cancelled: boolean }>('policyNotes.lintWorkspace');
    assert.equal(run.cancelled, false);
    const workspace = new Map(names.map((n) => [n, shown(n)]));

    // The CLI over the same folder, from the workspace's root.
    const cli = spawnSync(process.execPath, [path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri.fsPath, 'dist', 'cli.js'), 'lint', '--format', 'json', 'parity'], {
      cwd: vscode.workspace.workspaceFolders![0]!.uri.fsPath,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    assert.ok(cli.status === 0 || cli.status === 1, `the CLI ran (exit ${cli.status}): ${cli.stderr}`);
    const records = JSON.parse(cli.stdout) as { file: string; line: number; rule: string; message: string }[];
    const fromCli = new Map(
      names.map((n) => [
        n,
        records
          .filter((r) => r.file === `parity/${n}`)
          .map((r) => finding(r.rule, r.line, r.message))
          .sort(),
      ]),
    );

    // Each document opened in the editor and linted there.
    const opened = new Map<string, Finding[]>();
    for (const name of names) {
      let doc: vscode.TextDocument;
      try {
        doc = await vscode.workspace.openTextDocument(uriOf(name));
      } catch {
        continue; // the editor does not open a binary file as text: only the other two lint it
      }
      let issues = await api.lint(doc);
      // Undefined when a lint the opening scheduled overtook this one: ask again.
      for (let i = 0; !issues && i < 5; i++) issues = await api.lint(doc);
      assert.ok(issues, name);
      opened.set(name, issues.map((x) => finding(x.rule, doc.positionAt(x.start).line + 1, x.message)).sort());
      assert.deepEqual(shown(name), opened.get(name), `${name}: the editor shows what it linted`);
    }

    for (const name of names) {
      assert.deepEqual(workspace.get(name), fromCli.get(name), `${name}: Lint Workspace and the CLI`);
      if (opened.has(name)) assert.deepEqual(opened.get(name), fromCli.get(name), `${name}: the open document and the CLI`);
    }
    // The hostile cases are there, and each file gave findings (no file silently dropped).
    const rules = (name: string) => fromCli.get(name)!.map((f) => f.split(' ')[0]);
    assert.deepEqual(rules('too-large.md'), ['file-too-large']);
    assert.deepEqual(rules('binary.md'), ['binary-file']);
    assert.ok(rules('unclosed.md').includes('frontmatter-unclosed'));
    assert.ok(rules('missing-image.md').includes('image-missing'));
    assert.ok(!opened.has('binary.md') || opened.get('binary.md')!.length === 1);
    assert.ok(opened.has('too-large.md') && opened.has('normal.md'), 'the text files were opened');
    for (const name of names) assert.ok(fromCli.get(name)!.length > 0, `${name} has findings`);
  });
});
