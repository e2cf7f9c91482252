/**
 * The Programs view's curation commands in a real VS Code, shared by the trusted and the
 * Restricted Mode suites (`curation.test.ts`, `curation.restricted.ts`): each command is
 * run the way its context menu runs it (with the tree node), writes `.policynotes.json`,
 * and the views follow without a reload; Undo in the file takes a change back.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SummaryNode } from '../../src/vscode/features/summary/nodes';
import type { PolicyNotesApi } from '../../src/vscode/extension';
import { activateExtension, fixtureUri, waitFor } from './helpers';

const CANDIDATE = '도약 바우처';
const FIRST_STEP = '수출 첫걸음';
const FIRST_STEP_PLUS = '수출 첫걸음 지원';

/** Two short articles: a candidate (a phrase ending in 바우처, in one article) and two quoted programs. */
const ARTICLES: Record<string, string> = {
  'curation/smart-factory.md': [
    '---',
    'title: 스마트공장 지원 확대',
    'categories:',
    '  - News',
    'excerpt: 중기부가 스마트공장 지원을 늘린다.',
    'date: 2026-02-10',
    '---',
    '',
    '중소벤처기업부는 2027년까지 도약 바우처 사업으로 300개사를 지원할 계획이다.',
    '',
    `코트라는 ‘${FIRST_STEP}’ 사업으로 2028년까지 150개사의 첫 수출을 돕는다.`,
    '',
  ].join('\n'),
  'curation/first-export.md': [
    '---',
    'title: 첫 수출 기업 지원',
    'categories:',
    '  - News',
    'excerpt: 첫 수출 기업을 돕는다.',
    'date: 2026-03-05',
    '---',
    '',
    `코트라는 ‘${FIRST_STEP_PLUS}’ 사업으로 올해 120개사를 지원할 예정이다.`,
    '',
  ].join('\n'),
};

export function describeCuration(mode: string): void {
  describe(`curating programs from the Programs view (${mode})`, () => {
    let api: PolicyNotesApi;
    const configUri = () => fixtureUri('.policynotes.json');
    let original: Uint8Array;
    const enc = (s: string) => new TextEncoder().encode(s);
    const readConfig = async () =>
      JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri()))) as { programs?: { ignore?: string[]; include?: string[]; aliases?: Record<string, string[]> } };
    const tree = () => api.summaryViews.programs;
    const label = (n: SummaryNode) => String(tree().getTreeItem(n).label);
    /** The Programs view's top-level rows, and the rows under its Candidates node. */
    const rows = () => {
      const roots = tree().getChildren();
      const candidates = roots.find((n) => n.kind === 'candidates');
      return { top: roots.filter((n) => n.kind === 'program'), candidates, under: candidates ? tree().getChildren(candidates) : [] };
    };
    const named = (list: SummaryNode[], name: string) => list.find((n) => label(n) === name);
    /** Resolves once `check` holds for the views with no index run in progress (evaluated on each summary change). */
    const settled = <T>(what: string, check: () => T | undefined) => waitFor(api.onDidChangeSummary, () => (api.indexState().indexing ? undefined : check()), what);

    before(async () => {
      api = await activateExtension();
      await api.indexReady();
      original = await vscode.workspace.fs.readFile(configUri());
      for (const [file, text] of Object.entries(ARTICLES)) await vscode.workspace.fs.writeFile(fixtureUri(file), enc(text));
      await settled('the curation articles in the Programs view', () => named(rows().under, CANDIDATE) && named(rows().top, FIRST_STEP_PLUS));
    });

    afterEach(async () => {
      // Through the document the commands edited (not behind its back), so its text and the disk agree.
      const doc = await vscode.workspace.openTextDocument(configUri());
      const text = new TextDecoder().decode(original);
      if (doc.getText() !== text) {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
        assert.ok(await vscode.workspace.applyEdit(edit));
      }
      if (doc.isDirty) assert.ok(await doc.save());
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await settled('the configuration as it was', () => (named(rows().under, CANDIDATE) && named(rows().top, FIRST_STEP_PLUS) ? true : undefined));
    });

    after(async () => {
      await vscode.workspace.fs.delete(fixtureUri('curation'), { recursive: true });
      await settled('the curation articles gone', () => (named(rows().top, FIRST_STEP) ? undefined : true));
    });

    it('lists a candidate under a collapsed Candidates node, with a count', () => {
      const { candidates, under } = rows();
      const item = tree().getTreeItem(candidates!);
      assert.equal(item.label, `Candidates (${under.length})`);
      assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
      assert.match(String(tree().getTreeItem(named(under, CANDIDATE)!).contextValue), /^candidate/);
      assert.match(String(tree().getTreeItem(named(rows().top, FIRST_STEP)!).contextValue), /^program/);
    });

    it('"Not a Program" writes programs.ignore, drops the program, and Undo brings it back', async () => {
      const node = named(rows().under, CANDIDATE)!;
      assert.equal(await vscode.commands.executeCommand('policyNotes.notAProgram', node), true);
      assert.deepEqual((await readConfig()).programs?.ignore, [CANDIDATE]);
      await settled('the candidate to leave the Programs view', () => (named(rows().under, CANDIDATE) ? undefined : true));
      const target = api.summary()!.targets.find((t) => t.text === '300개사');
      assert.deepEqual([target?.program, target?.programKey], [null, null], 'its target stays, without a program');
      assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri())), /"placeholder-text": "warning"/, 'the rest of the file is kept');

      const doc = await vscode.workspace.openTextDocument(configUri());
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('undo');
      assert.ok(!doc.getText().includes(CANDIDATE), doc.getText());
      assert.ok(await doc.save());
      await settled('the candidate back after Undo', () => named(rows().under, CANDIDATE));
    });

    it('"Mark as Program" writes programs.include and lists the candidate as a declared program', async () => {
      assert.equal(await vscode.commands.executeCommand('policyNotes.markAsProgram', named(rows().under, CANDIDATE)), true);
      assert.deepEqual((await readConfig()).programs?.include, [CANDIDATE]);
      const node = await settled('the candidate among the programs', () => named(rows().top, CANDIDATE));
      assert.equal(node.kind === 'program' && node.program.confidence, 'declared');
      assert.ok(!named(rows().under, CANDIDATE));
    });

    it('"Merge Into…" makes one program an alias of another', async () => {
      const node = named(rows().top, FIRST_STEP_PLUS)!;
      assert.equal(await vscode.commands.executeCommand('policyNotes.mergeProgram', node, FIRST_STEP), true);
      assert.deepEqual((await readConfig()).programs?.aliases, { [FIRST_STEP]: [FIRST_STEP_PLUS] });
      const merged = await settled('the two programs as one', () => (named(rows().top, FIRST_STEP_PLUS) ? undefined : named(rows().top, FIRST_STEP)));
      assert.ok(merged.kind === 'program' && merged.program.aliases.includes(FIRST_STEP_PLUS), JSON.stringify(merged.kind === 'program' && merged.program.aliases));
      assert.equal(merged.kind === 'program' && new Set(merged.program.mentions.map((m) => m.file)).size, 2);
    });

    it('"Rename…" shows the program under the new name, the old one kept as an alias', async () => {
      const renamed = `${FIRST_STEP} 패키지`;
      assert.equal(await vscode.commands.executeCommand('policyNotes.renameProgram', named(rows().top, FIRST_STEP), renamed), true);
      assert.deepEqual((await readConfig()).programs?.aliases, { [renamed]: [FIRST_STEP] });
      await settled('the program under its new name', () => (named(rows().top, FIRST_STEP) ? undefined : named(rows().top, renamed)));
    });

    it('creates .policynotes.json with the decision when the folder has none', async () => {
      const node = named(rows().under, CANDIDATE)!;
      let started = false;
      const over = waitFor(api.onDidChangeSummary, () => ((started ||= api.indexState().indexing) && !api.indexState().indexing ? true : undefined), 'the run after the configuration was deleted');
      await vscode.workspace.fs.delete(configUri());
      await over;
      assert.equal(await vscode.commands.executeCommand('policyNotes.notAProgram', node), true);
      assert.deepEqual(await readConfig(), { programs: { ignore: [CANDIDATE] } });
      await settled('the candidate to leave the Programs view', () => (named(rows().under, CANDIDATE) ? undefined : true));
    });

    it('refuses anything but a program row', async () => {
      assert.equal(await vscode.commands.executeCommand('policyNotes.notAProgram', { kind: 'mention' }), false);
      assert.equal(await vscode.commands.executeCommand('policyNotes.notAProgram', undefined), false);
      assert.deepEqual(await vscode.workspace.fs.readFile(configUri()), original);
    });
  });
}
