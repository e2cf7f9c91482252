/**
 * Hover over front matter: what the schema in effect says of a key or value (title,
 * description, type, allowed values, examples), and for a program's name its targets and
 * the articles that mention it. Rendered untrusted, article text as text.
 */
import * as vscode from 'vscode';
import { frontMatterHover } from '../../core/frontmatter/hover';
import type { SchemaInfo } from '../../core/frontmatter/schemaNav';
import { programKey } from '../../core/summary/normalize';
import type { ProgramSummary, Summary } from '../../core/summary';
import { isArticle } from './diagnostics';
import type { FrontMatterSources } from './frontMatterCompletion';

const MAX_LISTED = 5;

export class FrontMatterHoverProvider implements vscode.HoverProvider {
  constructor(private readonly sources: FrontMatterSources) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!isArticle(doc) || !doc.lineAt(0).text.startsWith('---')) return undefined;
    const loaded = await this.sources.configFor(doc.uri);
    const h = frontMatterHover(doc.getText(), doc.offsetAt(pos), loaded.schema.json);
    if (!h) return undefined;
    const range = new vscode.Range(doc.positionAt(h.span.start), doc.positionAt(h.span.end));
    if (h.program !== undefined) {
      const program = findProgram(this.sources.summary(), h.program);
      if (program) return new vscode.Hover(programMarkdown(program, doc.uri), range);
    }
    // A value's hover lists its allowed values; the key's hover has the rest (and a claim in a
    // title keeps its own hover alone).
    if (h.part === 'value' && h.info.values.length === 0) return undefined;
    return new vscode.Hover(schemaInfoMarkdown(h.info, h.key, h.required), range);
  }
}

/** The schema's word on a key or value, as hover or completion documentation. */
export function schemaInfoMarkdown(info: SchemaInfo, key: string, required: boolean): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown('**');
  md.appendText(info.title ?? key);
  md.appendMarkdown('**');
  const facts: string[] = [];
  if (info.types.length > 0) facts.push(vscode.l10n.t('type: {0}', info.types.join(' | ')));
  if (info.formats.length > 0) facts.push(vscode.l10n.t('format: {0}', info.formats.join(' | ')));
  if (required) facts.push(vscode.l10n.t('required'));
  if (facts.length > 0) {
    md.appendMarkdown(' — ');
    md.appendText(facts.join(', '));
  }
  if (info.description) {
    md.appendMarkdown('\n\n');
    md.appendText(info.description);
  }
  if (info.values.length > 0) {
    md.appendMarkdown('\n\n');
    md.appendText(vscode.l10n.t('Allowed values: {0}', info.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')));
  }
  if (info.examples.length > 0) {
    md.appendMarkdown('\n\n');
    md.appendText(vscode.l10n.t('Examples: {0}', info.examples.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')));
  }
  return md;
}

function findProgram(summary: Summary | undefined, name: string): ProgramSummary | undefined {
  if (!summary) return undefined;
  const key = programKey(name);
  return summary.programs.find((p) => p.key === key || p.name === name || p.aliases.includes(name));
}

function programMarkdown(p: ProgramSummary, here: vscode.Uri): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(`**${vscode.l10n.t('Program')}** `);
  md.appendText(p.name);
  if (p.agencies.length > 0) {
    md.appendMarkdown(' — ');
    md.appendText(p.agencies.join(', '));
  }
  if (p.targets.length > 0) {
    md.appendMarkdown(`\n\n${vscode.l10n.t('Targets:')}\n`);
    for (const t of p.targets.slice(0, MAX_LISTED)) {
      md.appendMarkdown('\n- ');
      md.appendText(t.deadline ? `${t.text} (${t.deadline})` : t.text);
    }
    if (p.targets.length > MAX_LISTED) md.appendMarkdown(`\n- ${vscode.l10n.t('and {0} more', p.targets.length - MAX_LISTED)}`);
  }
  const files = [...new Set(p.mentions.map((m) => m.file))];
  const others = files.filter((f) => f !== here.toString());
  md.appendMarkdown('\n\n');
  md.appendText(files.length === 1 ? vscode.l10n.t('Mentioned in 1 article') : vscode.l10n.t('Mentioned in {0} articles', files.length));
  if (others.length > 0) {
    md.appendText(': ');
    md.appendText(
      others
        .slice(0, MAX_LISTED)
        .map((f) => displayPath(f))
        .join(', ') + (others.length > MAX_LISTED ? `, ${vscode.l10n.t('and {0} more', others.length - MAX_LISTED)}` : ''),
    );
  }
  return md;
}

function displayPath(file: string): string {
  try {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(file));
  } catch {
    return file;
  }
}
