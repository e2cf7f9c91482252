/**
 * Document links to local files (front-matter paths, `src`/`href` in the body's HTML) and
 * the front matter in the Outline and breadcrumbs. Paths resolve as image-missing resolves
 * them: `/assets/...` from the workspace folder, others from the article's folder.
 */
import * as vscode from 'vscode';
import { localLinks } from '../../core/frontmatter/links';
import { frontMatterSymbol, type OutlineSymbol } from '../../core/frontmatter/symbols';
import { parseNote } from '../../core/parse/note';
import { isArticle } from './diagnostics';

export class LocalFileLinks implements vscode.DocumentLinkProvider {
  provideDocumentLinks(doc: vscode.TextDocument): vscode.DocumentLink[] | undefined {
    if (!isArticle(doc)) return undefined;
    const note = parseNote({ uri: doc.uri.toString(), text: doc.getText() });
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    const out: vscode.DocumentLink[] = [];
    for (const l of localLinks(note)) {
      let target: vscode.Uri;
      try {
        const path = decodeURI(l.path);
        target = path.startsWith('/') ? vscode.Uri.joinPath(folder?.uri ?? doc.uri, path) : vscode.Uri.joinPath(doc.uri, '..', path);
      } catch {
        continue; // a malformed %-escape: no link
      }
      const link = new vscode.DocumentLink(new vscode.Range(doc.positionAt(l.start), doc.positionAt(l.end)), target);
      link.tooltip = vscode.l10n.t('Open {0}', vscode.workspace.asRelativePath(target));
      out.push(link);
    }
    return out;
  }
}

export class FrontMatterSymbols implements vscode.DocumentSymbolProvider {
  provideDocumentSymbols(doc: vscode.TextDocument): vscode.DocumentSymbol[] | undefined {
    if (!isArticle(doc) || !doc.lineAt(0).text.startsWith('---')) return undefined;
    const fm = parseNote({ uri: doc.uri.toString(), text: doc.getText() }).frontMatter;
    const sym = fm ? frontMatterSymbol(fm) : null;
    if (!sym) return undefined;
    return [toSymbol(doc, { ...sym, name: vscode.l10n.t('Front matter') })];
  }
}

const KINDS: Record<OutlineSymbol['kind'], vscode.SymbolKind> = {
  block: vscode.SymbolKind.Namespace,
  key: vscode.SymbolKind.Property,
  item: vscode.SymbolKind.Object,
};

function toSymbol(doc: vscode.TextDocument, s: OutlineSymbol): vscode.DocumentSymbol {
  const range = new vscode.Range(doc.positionAt(s.span.start), doc.positionAt(s.span.end));
  const sel = new vscode.Range(doc.positionAt(s.selection.start), doc.positionAt(s.selection.end));
  const sym = new vscode.DocumentSymbol(s.name || ' ', s.detail, KINDS[s.kind], range, range.contains(sel) ? sel : range);
  sym.children = s.children.map((c) => toSymbol(doc, c));
  return sym;
}
