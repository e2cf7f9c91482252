/**
 * Completion in an article's front matter: keys, values, programs and agencies from the
 * schema in effect (built-in or the workspace's) and the workspace index. The items come
 * from `core/frontmatter/complete`; this file words them and hands them to VS Code.
 */
import * as vscode from 'vscode';
import { frontMatterCompletions, type FrontMatterCompletion as Item } from '../../core/frontmatter/complete';
import { workspaceChoices } from '../../core/frontmatter/choices';
import type { Summary } from '../../core/summary';
import type { LoadedConfig } from '../../core/config';
import { isArticle } from './diagnostics';
import { schemaInfoMarkdown } from './frontMatterHover';

/** What the providers need from the extension: the configuration in effect and the index's summary. */
export interface FrontMatterSources {
  configFor(uri: vscode.Uri): Promise<LoadedConfig>;
  summary(): Summary | undefined;
}

const KINDS: Record<Item['kind'], vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  boolean: vscode.CompletionItemKind.Value,
  date: vscode.CompletionItemKind.Value,
  example: vscode.CompletionItemKind.Value,
  program: vscode.CompletionItemKind.Module,
  agency: vscode.CompletionItemKind.Constant,
  item: vscode.CompletionItemKind.Value,
};

export class FrontMatterCompletion implements vscode.CompletionItemProvider {
  /** Characters that open completion by themselves: a space after `key:` or `-`. */
  static readonly triggers = [' ', ':'];

  constructor(private readonly sources: FrontMatterSources) {}

  async provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): Promise<vscode.CompletionItem[] | undefined> {
    if (!isArticle(doc) || !doc.lineAt(0).text.startsWith('---')) return undefined;
    // A space opens completion only right after `key:` or `-`, not in every sentence typed.
    if (context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter && context.triggerCharacter === ' ' && !afterKeyOrDash(doc.lineAt(pos.line).text.slice(0, pos.character)))
      return undefined;
    const loaded = await this.sources.configFor(doc.uri);
    const text = doc.getText();
    const choices = workspaceChoices(this.sources.summary(), loaded.config);
    const items = frontMatterCompletions({ text, offset: doc.offsetAt(pos), schema: loaded.schema.json, programs: choices.programs, agencies: choices.agencies, now: new Date() });
    if (items.length === 0) return undefined;
    return items.map((i) => toItem(doc, i));
  }
}

/** `key: ` or `  - ` before the cursor. */
function afterKeyOrDash(before: string): boolean {
  if (before.endsWith(': ')) return true;
  const t = before.trimStart();
  return t.endsWith('- ') && t.split('- ').join('').trim() === '';
}

function toItem(doc: vscode.TextDocument, i: Item): vscode.CompletionItem {
  const item = new vscode.CompletionItem({ label: i.label, detail: i.required ? ` ${vscode.l10n.t('(required)')}` : undefined, description: describe(i) }, KINDS[i.kind]);
  item.insertText = i.insertText;
  item.range = new vscode.Range(doc.positionAt(i.replace.start), doc.positionAt(i.replace.end));
  item.sortText = i.sortText;
  item.filterText = i.filterText;
  item.keepWhitespace = true;
  if (i.kind === 'key') {
    item.detail = i.required ? vscode.l10n.t('Required key') : vscode.l10n.t('Key');
    if (i.info) item.documentation = schemaInfoMarkdown(i.info, i.label, i.required ?? false);
  } else if (i.kind === 'program') {
    item.detail = i.agency ? vscode.l10n.t('Program of {0}', i.agency) : vscode.l10n.t('Program');
    item.documentation = new vscode.MarkdownString().appendText(
      i.articles === 1 ? vscode.l10n.t('Mentioned in 1 article of this workspace.') : vscode.l10n.t('Mentioned in {0} articles of this workspace.', i.articles ?? 0),
    );
  } else if (i.kind === 'agency') item.detail = vscode.l10n.t('Agency');
  else if (i.kind === 'date') item.detail = vscode.l10n.t('Today');
  else if (i.kind === 'example') item.detail = vscode.l10n.t('Example from the schema');
  else if (i.info?.description) item.documentation = new vscode.MarkdownString().appendText(i.info.description);
  if (i.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: vscode.l10n.t('Suggest values') };
  return item;
}

/** The first sentence of a schema text, shortened to fit beside the label. */
function short(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const first = text.split(/(?<=\.)\s/)[0]!;
  return first.length > 60 ? `${first.slice(0, 59)}…` : first;
}

function describe(i: Item): string | undefined {
  if (i.kind === 'key') return short(i.info?.title ?? i.info?.description);
  if (i.kind === 'program') return i.agency ?? undefined;
  if (i.kind === 'date') return vscode.l10n.t('today');
  return undefined;
}
