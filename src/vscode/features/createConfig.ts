/**
 * "Policy Notes: Create Configuration": writes a `.policynotes.json` from a preset (and the
 * schema file it points at) into a workspace folder, as one undoable edit, and opens it.
 * An existing configuration is opened, never overwritten.
 */
import * as vscode from 'vscode';
import { CONFIG_FILE } from '../../core/config';
import { isPresetId, PRESETS, presetFiles, type PresetId } from '../../core/presets';

export const CREATE_CONFIGURATION = 'policyNotes.createConfiguration';

function presetLabel(id: PresetId): { label: string; detail: string } {
  switch (id) {
    case 'article':
      return { label: vscode.l10n.t('Article'), detail: vscode.l10n.t('Articles with the built-in schema: title, categories and excerpt.') };
    case 'press-release':
      return { label: vscode.l10n.t('Press release'), detail: vscode.l10n.t('Ministry press releases: title, ministry and date, plus a schema file to edit.') };
    case 'jekyll-post':
      return { label: vscode.l10n.t('Jekyll post'), detail: vscode.l10n.t('Posts of a Jekyll site under _posts/, with the generated _site/ left out.') };
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Runs the command; `preset` and `folder` skip the pickers (for automation and tests). Resolves to the configuration's URI. */
export async function createConfiguration(preset?: unknown, folder?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const target =
    folder ??
    (vscode.workspace.workspaceFolders?.length === 1
      ? vscode.workspace.workspaceFolders[0]!.uri
      : (await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder for the new configuration') }))?.uri);
  if (!target) {
    if (!vscode.workspace.workspaceFolders?.length) void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: the configuration is written into a workspace folder.'));
    return undefined;
  }
  const configUri = vscode.Uri.joinPath(target, CONFIG_FILE);
  if (await exists(configUri)) {
    await vscode.window.showTextDocument(configUri);
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists in this folder; it is opened instead.', CONFIG_FILE));
    return configUri;
  }
  let id: PresetId | undefined = isPresetId(preset) ? preset : undefined;
  if (!id) {
    const picked = await vscode.window.showQuickPick(
      PRESETS.map((p) => ({ id: p.id, ...presetLabel(p.id) })),
      { placeHolder: vscode.l10n.t('What do the articles in this folder look like?') },
    );
    if (!picked) return undefined;
    id = picked.id;
  }
  const edit = new vscode.WorkspaceEdit();
  const encoder = new TextEncoder();
  for (const file of presetFiles(id)) {
    const uri = vscode.Uri.joinPath(target, ...file.path.split('/'));
    // A schema file of the user's own is kept; the configuration still points at it.
    if (file.path !== CONFIG_FILE && (await exists(uri))) continue;
    edit.createFile(uri, { contents: encoder.encode(file.text), overwrite: false });
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0} in {1}.', CONFIG_FILE, target.fsPath || target.toString()));
    return undefined;
  }
  await vscode.window.showTextDocument(configUri);
  return configUri;
}

export function registerCreateConfiguration(): vscode.Disposable {
  return vscode.commands.registerCommand(CREATE_CONFIGURATION, createConfiguration);
}
