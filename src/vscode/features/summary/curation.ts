/**
 * The Programs view's curation commands: "Not a Program", "Mark as Program", "Merge Into…"
 * and "Rename…" on a program's context menu. Each one writes the user's decision into
 * `.policynotes.json` (`programs.ignore`, `programs.include`, `programs.aliases`), so the
 * CLI and every editor of the workspace honour it too, and it is plain data in the repo.
 *
 * The file is the configuration the summary is merged with: the first workspace folder's
 * nearest one (`WorkspaceIndex` merges with it), created when there is none. The change is
 * one `WorkspaceEdit` computed by `core/configEdit.ts` (jsonc-parser's `modify`, so the
 * rest of the file keeps its formatting), then the document is saved: the configuration
 * watcher reloads it and the index merges again, with no reload of the window. Undo in the
 * file's editor takes the change back (save again to apply that). A document with unsaved
 * changes of the user's own is edited but left unsaved: saving it is the user's call.
 *
 * Editing on an explicit command is allowed in Restricted Mode too: the file is data the
 * extension reads there as well (only a front-matter schema it names is not loaded).
 * Commands take the tree node the menu passes; Merge and Rename also take the target name
 * as a second argument (tests, keybindings), else they ask with a quick pick or input box.
 */
import * as vscode from 'vscode';
import { CONFIG_FILE } from '../../../core/config';
import { changedSpan, curateConfigText, type CurationAction } from '../../../core/configEdit';
import type { ProgramSummary } from '../../../core/summary';
import { guardAsync, log } from '../../log';
import type { WorkspaceConfigs } from '../../workspaceConfig';
import { literal } from './filterCommand';
import type { SummarySource } from './source';
import { t } from '../../../core/l10n';

/** Command ids contributed in package.json. */
export const CURATION_COMMANDS = {
  notAProgram: 'policyNotes.notAProgram',
  markAsProgram: 'policyNotes.markAsProgram',
  mergeProgram: 'policyNotes.mergeProgram',
  renameProgram: 'policyNotes.renameProgram',
} as const;

/** The program of a tree node as the menu passes it; anything else (a forged argument) is refused. */
function programOf(node: unknown): ProgramSummary | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const n = node as { kind?: unknown; program?: { name?: unknown } };
  return n.kind === 'program' && typeof n.program?.name === 'string' ? (n.program as ProgramSummary) : undefined;
}

/** The configuration file the merge reads (the first folder's), and whether it exists yet. */
async function configTarget(configs: WorkspaceConfigs): Promise<{ uri: vscode.Uri; exists: boolean } | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const loaded = await configs.forUri(vscode.Uri.joinPath(folder.uri, 'x.md'));
  return loaded.file ? { uri: vscode.Uri.parse(loaded.file), exists: true } : { uri: vscode.Uri.joinPath(folder.uri, CONFIG_FILE), exists: false };
}

/** Applies one curation to the configuration file; false when it was not made (and the user told why). */
export async function curate(configs: WorkspaceConfigs, action: CurationAction): Promise<boolean> {
  const target = await configTarget(configs);
  if (!target) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder to keep program decisions in its {0}.', CONFIG_FILE));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  const doc = target.exists ? await vscode.workspace.openTextDocument(target.uri) : undefined;
  const before = doc?.getText() ?? '';
  const result = curateConfigText(before, action);
  if ('problem' in result) {
    void vscode.window.showErrorMessage(t('Cannot change {0}: {1}', vscode.workspace.asRelativePath(target.uri), result.problem));
    return false;
  }
  if (!doc) {
    edit.createFile(target.uri, { contents: new TextEncoder().encode(`${result.text}\n`) });
  } else {
    if (result.text === before) return true; // already so
    const change = changedSpan(before, result.text);
    edit.replace(target.uri, new vscode.Range(doc.positionAt(change.offset), doc.positionAt(change.offset + change.length)), change.content);
  }
  const wasDirty = doc?.isDirty ?? false;
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(t('Cannot change {0}.', vscode.workspace.asRelativePath(target.uri)));
    return false;
  }
  if (doc && !wasDirty) await doc.save();
  else if (doc) void vscode.window.showInformationMessage(vscode.l10n.t('{0} has unsaved changes: save it to apply this one.', vscode.workspace.asRelativePath(target.uri)));
  log().info(`Programs: ${action.kind} written to ${target.uri.toString()}`);
  return true;
}

/** The program to merge into: the given name, else the user's pick among the others. */
async function mergeTarget(p: ProgramSummary, given: unknown, source: SummarySource): Promise<string | undefined> {
  if (typeof given === 'string') return given;
  const others = (source.summary?.programs ?? []).filter((o) => o.key !== p.key);
  const items = others.map((o) => ({
    label: literal(o.name),
    description: (o.mentions.length === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', o.mentions.length)) + (o.confidence === 'detected' ? ` · ${vscode.l10n.t('candidate')}` : ''),
    name: o.name,
  }));
  const pick = await vscode.window.showQuickPick(items, { title: t('Merge “{0}” Into…', p.name), placeHolder: vscode.l10n.t('The program it is another name of'), matchOnDescription: false });
  return pick?.name;
}

/** The new name: the given one, else what the user types (prefilled with the current name). */
async function newName(p: ProgramSummary, given: unknown): Promise<string | undefined> {
  if (typeof given === 'string') return given;
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Rename “{0}”', p.name),
    prompt: vscode.l10n.t('The name to show; the current one is kept as an alias.'),
    value: p.name,
    validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('Enter a name.') : v.trim() === p.name ? vscode.l10n.t('Enter a different name.') : undefined),
  });
}

/** Registers the four commands. */
export function registerCurationCommands(configs: WorkspaceConfigs, source: SummarySource): vscode.Disposable {
  const run = (title: string, fn: (p: ProgramSummary, arg: unknown) => Promise<boolean>) => (node: unknown, arg: unknown) => {
    const p = programOf(node);
    if (!p) {
      log().warn(`${title}: no program given`);
      return Promise.resolve(false);
    }
    return guardAsync(title, fn(p, arg)).then((ok) => ok === true);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(
      CURATION_COMMANDS.notAProgram,
      run('Not a Program', (p) => curate(configs, { kind: 'ignore', name: p.name })),
    ),
    vscode.commands.registerCommand(
      CURATION_COMMANDS.markAsProgram,
      run('Mark as Program', (p) => curate(configs, { kind: 'include', name: p.name })),
    ),
    vscode.commands.registerCommand(
      CURATION_COMMANDS.mergeProgram,
      run('Merge Into', async (p, arg) => {
        const into = await mergeTarget(p, arg, source);
        return into !== undefined && curate(configs, { kind: 'merge', name: p.name, into });
      }),
    ),
    vscode.commands.registerCommand(
      CURATION_COMMANDS.renameProgram,
      run('Rename', async (p, arg) => {
        const to = await newName(p, arg);
        return to !== undefined && curate(configs, { kind: 'rename', from: p.name, to });
      }),
    ),
  );
}
