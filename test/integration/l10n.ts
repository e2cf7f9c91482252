/**
 * What a reader sees in the display language: a diagnostic's message and documentation link,
 * a command title and a view name as the workbench shows them (the manifest localized by
 * package.nls.<language>.json), and the claim hover. Run in English by the trusted suite
 * (l10n.test.ts) and in Korean by the Korean suite (l10n.korean.ts).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, fixtureUri, waitFor, waitForDiagnostics } from './helpers';

export interface Expected {
  language: string;
  /** The message of `titel:` in broken.md (frontmatter-schema). */
  unexpectedKey: RegExp;
  commandTitle: string;
  viewName: string;
  hover: RegExp[];
  docsPath: RegExp;
}

export const ENGLISH: Expected = {
  language: 'en',
  unexpectedKey: /^Unexpected key `titel`, expected `title`\.$/,
  commandTitle: 'Lint Workspace',
  viewName: 'Claims',
  hover: [/^\*\*Money\*\*/, /370,000,000,000,000 KRW \(370 trillion won\)/],
  docsPath: /\/docs\/rules\/frontmatter-schema\.md$/,
};

export const KOREAN: Expected = {
  language: 'ko',
  unexpectedKey: /^예기치 않은 키 `titel`이 있습니다\. `title` 키여야 합니다\.$/,
  commandTitle: '작업 영역 검사',
  viewName: '수치',
  hover: [/^\*\*금액\*\*/, /370,000,000,000,000원 \(370조 원\)/],
  docsPath: /\/docs\/rules\/ko\/frontmatter-schema\.md$/,
};

/** The hover's text as rendered (appendText escapes spaces and punctuation). */
function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/\\([()[\]*_`#+.!-])/g, '$1');
}

export function languageSuite(want: Expected): void {
  describe(`display language ${want.language}`, () => {
    it('runs with the expected display language', () => {
      assert.equal(vscode.env.language, want.language);
    });

    it('shows a diagnostic in the display language, linked to the rule page in it', async () => {
      await activateExtension();
      const uri = fixtureUri('articles/broken.md');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const ds = await waitForDiagnostics(uri, (d) => d.some((x) => want.unexpectedKey.test(x.message)), `a diagnostic matching ${want.unexpectedKey}`);
      const d = ds.find((x) => want.unexpectedKey.test(x.message))!;
      const code = d.code as { value: string; target: vscode.Uri };
      assert.equal(code.value, 'frontmatter-schema');
      assert.match(code.target.path, want.docsPath);
      await vscode.workspace.fs.stat(code.target); // the page ships
    });

    it('names a command and a view in the display language', () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      // The manifest as the workbench localized it: a translated title is `{ value, original }`.
      type Text = string | { value: string; original: string };
      const shown = (t: Text | undefined) => (typeof t === 'object' ? t.value : t);
      const contributes = ext.packageJSON.contributes as { commands: { command: string; title: Text }[]; views: Record<string, { id: string; name: Text }[]> };
      assert.equal(shown(contributes.commands.find((c) => c.command === 'policyNotes.lintWorkspace')?.title), want.commandTitle);
      assert.equal(shown(contributes.views.policyNotes!.find((v) => v.id === 'policyNotes.claims')?.name), want.viewName);
    });

    it('explains a claim on hover in the display language', async () => {
      const api = await activateExtension();
      const uri = fixtureUri('articles/export-support.md');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const offset = doc.getText().indexOf('370조 원');
      await waitFor(api.onDidHighlight, () => (api.highlights(uri)?.length ? true : undefined), 'claims of export-support.md');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(offset + 1));
      const text = hoverText(hovers);
      for (const re of want.hover) assert.match(text, re);
    });
  });
}
