/**
 * Commands behind the Get Started walkthrough: open a sample article, show a claim's hover,
 * try completion in its front matter, and create `.policynotes.json`. Each also works from
 * the Command Palette.
 */
import * as vscode from 'vscode';
import type { ClaimsCache } from '../claimsCache';

/** A short policy note with one claim of most kinds and a blank line in its front matter. */
const SAMPLE = [
  '---',
  'title: 수출바우처 지원 기업, 2027년까지 3000곳으로 늘린다',
  'categories:',
  '  - News',
  'excerpt: >',
  '  중소벤처기업부가 수출바우처 지원 기업을 2027년까지 3000곳으로 늘린다.',
  '',
  'programs:',
  '  - name: 수출바우처',
  '    agency: 중소벤처기업부',
  '    budget: 1200억 원',
  '    targets:',
  '      - 2027년까지 3000곳',
  '---',
  '',
  '## 개요',
  '',
  '중소벤처기업부는 수출바우처 사업 예산을 1200억 원으로 편성하고, 지원 기업을 2027년까지 3000곳으로 늘린다고 2일 밝혔다.',
  '지난해 참여 기업의 수출액은 전년보다 12.5% 늘었고, 신규 수출 기업 비중은 3.2%p 높아졌다.',
  '',
  '## 신청',
  '',
  '신청은 3월 31일까지 받는다. 선정 기업은 최대 1억 원을 12개월 동안 쓸 수 있고, 해외 전시회 참가비는 지난해의 2배까지 지원한다.',
  '',
].join('\n');

export function registerWalkthroughCommands(claims: ClaimsCache): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('policyNotes.openSampleArticle', openSample),
    vscode.commands.registerCommand('policyNotes.showClaimHover', () => showClaimHover(claims)),
    vscode.commands.registerCommand('policyNotes.tryFrontMatterCompletion', tryCompletion),
  );
}

async function openSample(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: SAMPLE });
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** The sample (or the active article) with the cursor on its first claim, and the claim's hover shown. */
async function showClaimHover(claims: ClaimsCache): Promise<void> {
  const active = vscode.window.activeTextEditor;
  const editor = active?.document.languageId === 'markdown' ? active : await openSample();
  const doc = editor.document;
  const body = doc.getText().indexOf('\n---', 3);
  const claim = claims.get(doc).find((c) => c.start > body);
  if (!claim) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No numeric claim in this article.'));
    return;
  }
  const at = doc.positionAt(claim.start + 1);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('editor.action.showHover');
}

/** The sample's blank front-matter line, with completion opened on it. */
async function tryCompletion(): Promise<void> {
  const active = vscode.window.activeTextEditor;
  const editor = active?.document.languageId === 'markdown' && active.document.lineAt(0).text.startsWith('---') ? active : await openSample();
  const doc = editor.document;
  let line = 1;
  while (line < doc.lineCount && doc.lineAt(line).text.trim() !== '' && doc.lineAt(line).text.trim() !== '---') line++;
  if (line >= doc.lineCount || doc.lineAt(line).text.trim() === '---') {
    // No blank line in the front matter: make one before its closing line.
    await editor.edit((b) => b.insert(new vscode.Position(line, 0), '\n'));
  }
  const at = new vscode.Position(line, 0);
  editor.selection = new vscode.Selection(at, at);
  await vscode.commands.executeCommand('editor.action.triggerSuggest');
}
