/**
 * `program-figure-conflict` diagnostics: for each conflict of the workspace summary (two
 * articles stating the same program target differently), a diagnostic at both statements,
 * each with related information pointing at the other.
 *
 * The rule is cross-file, so it cannot run in the per-document linter; it follows the
 * workspace index instead and owns its collection. Conflicts carry offsets, so the text of
 * each involved article is needed to place them: the open document's text, else the file
 * read through `workspace.fs` (only files involved in a conflict are read, and the parsed
 * text is kept while the index's content hash for the file is unchanged). The severity
 * comes from `levelOf` with the file's `.policynotes.json` rules and `policyNotes.rules`,
 * and inline `policy-notes-disable…` comments are honoured as for any other rule.
 */
import * as vscode from 'vscode';
import { levelOf } from '../../core/lint';
import type { RuleLevel } from '../../core/model';
import { parseNote, type Note } from '../../core/parse/note';
import { MAX_RELATED, conflictMessages, mergedMessage, type SideText } from '../../core/report/conflictMessages';
import { engineRuleIds } from '../../core/rules';
import { localizedDocsPath } from '../../core/rules/types';
import { selectSummary, type FigureRef } from '../../core/summary';
import { applySuppressions } from '../../core/suppress';
import { decodeBytes } from '../../core/text/decode';
import { SOURCE, positioner, toRange, toSeverity } from '../convert';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { readBytes } from '../files';
import { log } from '../log';
import { affectsUs, readSettings } from '../settings';
import type { WorkspaceConfigs } from '../workspaceConfig';
import { yieldNow } from '../../core/async';

export const CONFLICT_RULE = 'program-figure-conflict';

/** Work done between yields to the editor, in milliseconds. */
const SLICE_MS = 8;

/** A file's diagnostics as one comparable string (ranges, severity, message, related place). */
function signature(ds: readonly vscode.Diagnostic[]): string {
  const range = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  return ds
    .map((d) => [range(d.range), d.severity, d.message, ...(d.relatedInformation ?? []).map((i) => `${i.location.uri.toString()}@${range(i.location.range)} ${i.message}`)].join('|'))
    .join('\n');
}

/**
 * One diagnostic per place: a statement that conflicts with many (thirty articles each giving
 * a different figure for the same target) gets one problem listing the others as related
 * places, not one problem each at the same spot.
 */
function onePerPlace(ds: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  const byRange = new Map<string, vscode.Diagnostic[]>();
  for (const d of ds) {
    const key = `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
    (byRange.get(key) ?? byRange.set(key, []).get(key)!).push(d);
  }
  return [...byRange.values()].map((group) => {
    if (group.length === 1) return group[0]!;
    // The lead is a conflict this place is the odd one out in (its "Unexpected …, expected …"
    // says what to change), else the first.
    const first = group.find((g) => oddOneOut.has(g)) ?? group[0]!;
    group = [first, ...group.filter((g) => g !== first)];
    const d = new vscode.Diagnostic(first.range, mergedMessage(first.message, group.length - 1), first.severity);
    d.source = first.source;
    d.code = first.code;
    d.relatedInformation = group.flatMap((g) => g.relatedInformation ?? []).slice(0, MAX_RELATED);
    return d;
  });
}

/** Diagnostics at the side of a conflict that differs from the others (its message says what to change, in any language). */
const oddOneOut = new WeakSet<vscode.Diagnostic>();

interface Side {
  ref: FigureRef;
  text: SideText;
  other: FigureRef;
}

export class ConflictDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('policy-notes-conflicts');
  private readonly notes = new Map<string, { hash: string; note: Note }>();
  /** What the collection shows per file, as a signature of its diagnostics. */
  private readonly shown = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [];
  private generation = 0;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly index: WorkspaceIndex,
    private readonly configs: WorkspaceConfigs,
    private readonly label: (file: string) => string,
  ) {
    const refresh = () => void this.update();
    this.disposables.push(
      this.collection,
      index.onDidChange(refresh),
      configs.onDidChange(refresh),
      vscode.workspace.onDidChangeConfiguration((e) => affectsUs(e) && refresh()),
    );
    refresh();
  }

  /** Recomputes every conflict diagnostic from the current summary; a newer run discards an older one. */
  async update(): Promise<void> {
    const full = this.index.summary;
    if (!full || this.index.state.indexing) return;
    // The programs the views show (named and declared): a candidate's figures disagreeing is no problem to report.
    const summary = selectSummary(full, 'named');
    const generation = ++this.generation;
    // In a task of its own: the index tells every listener in one, and the views take theirs.
    await yieldNow();
    if (generation !== this.generation) return;
    const hashes = new Map<string, string>();
    for (const e of this.index.values()) hashes.set(e.uri, e.hash);
    const byFile = new Map<string, vscode.Diagnostic[]>();
    const used = new Set<string>();
    // Each stretch of work is a slice of its own: a large workspace has thousands of conflicts,
    // and of files whose diagnostics changed.
    let slice = performance.now();
    const pause = async (): Promise<boolean> => {
      if (generation !== this.generation) return false;
      if (performance.now() - slice < SLICE_MS) return true;
      await yieldNow();
      slice = performance.now();
      return generation === this.generation; // a newer run carries on from what is shown
    };
    /** The rule's level per folder, for this run (settings and configuration files apply per folder). */
    const levels = new Map<string, Promise<RuleLevel>>();
    const levelAt = (file: string): Promise<RuleLevel> => {
      const dir = file.slice(0, file.lastIndexOf('/'));
      let level = levels.get(dir);
      if (!level) levels.set(dir, (level = this.level(vscode.Uri.parse(file))));
      return level;
    };
    try {
      for (const c of summary.conflicts) {
        const texts = conflictMessages(c, this.label);
        const sides: Side[] = [
          { ref: c.a, text: texts.a, other: c.b },
          { ref: c.b, text: texts.b, other: c.a },
        ];
        for (const side of sides) {
          const d = await this.diagnostic(side, hashes, levelAt);
          if (generation !== this.generation) return;
          used.add(side.ref.file).add(side.other.file);
          if (d && side === sides[1]) oddOneOut.add(d);
          if (d) byFile.set(side.ref.file, [...(byFile.get(side.ref.file) ?? []), d]);
        }
        if (!(await pause())) return;
      }
    } catch (e) {
      log().error(`Conflict diagnostics: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
    if (generation !== this.generation) return;
    for (const key of [...this.notes.keys()]) if (!used.has(key)) this.notes.delete(key);
    // Only files whose diagnostics changed are set (a one-file edit touches a few, not every
    // file in a conflict).
    for (const file of [...this.shown.keys()]) {
      if (byFile.has(file)) continue;
      this.collection.delete(vscode.Uri.parse(file));
      this.shown.delete(file);
      if (!(await pause())) return;
    }
    for (const [file, all] of byFile) {
      const ds = onePerPlace(all);
      const sig = signature(ds);
      if (this.shown.get(file) === sig) continue;
      this.collection.set(vscode.Uri.parse(file), ds);
      this.shown.set(file, sig);
      if (!(await pause())) return;
    }
  }

  /** The diagnostic at one side, or null when the rule is off there, suppressed, or the text is unavailable. */
  private async diagnostic(side: Side, hashes: ReadonlyMap<string, string>, levelAt: (file: string) => Promise<RuleLevel>): Promise<vscode.Diagnostic | null> {
    const level = await levelAt(side.ref.file);
    if (level === 'off') return null;
    const [note, other] = await Promise.all([this.note(side.ref.file, hashes), this.note(side.other.file, hashes)]);
    if (!note || !other) return null;
    const issue = { rule: CONFLICT_RULE, severity: level, start: side.ref.start, end: side.ref.end, message: side.text.message };
    if (applySuppressions(note, [issue]).length === 0) return null;
    const d = new vscode.Diagnostic(toRange(positioner(note.lines), side.ref), side.text.message, toSeverity(level));
    d.source = SOURCE;
    d.code = { value: CONFLICT_RULE, target: vscode.Uri.joinPath(this.extensionUri, localizedDocsPath(CONFLICT_RULE)) };
    const where = new vscode.Location(vscode.Uri.parse(side.other.file), toRange(positioner(other.lines), side.other));
    d.relatedInformation = [new vscode.DiagnosticRelatedInformation(where, side.text.related)];
    return d;
  }

  private async level(uri: vscode.Uri): Promise<RuleLevel> {
    const loaded = await this.configs.forUri(uri);
    return levelOf(CONFLICT_RULE, engineRuleIds[CONFLICT_RULE]?.defaultLevel ?? 'warning', { config: loaded.config, settingsLevels: readSettings(uri).rules });
  }

  /** The parsed text of an indexed article, as the index last read it (cached per content hash). */
  private async note(file: string, hashes: ReadonlyMap<string, string>): Promise<Note | null> {
    const hash = hashes.get(file);
    if (hash === undefined) return null;
    const cached = this.notes.get(file);
    if (cached?.hash === hash) return cached.note;
    const uri = vscode.Uri.parse(file);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file);
    let text: string;
    if (open) text = open.getText();
    else {
      try {
        const decoded = decodeBytes(await readBytes(uri));
        if (!decoded.ok) return null;
        text = decoded.text;
      } catch (e) {
        // Deleted since it was indexed: the index will drop it and fire again.
        log().warn(`Conflict diagnostics: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
        return null;
      }
    }
    const note = parseNote({ uri: file, text });
    this.notes.set(file, { hash, note });
    return note;
  }

  dispose(): void {
    this.generation++;
    for (const d of this.disposables) d.dispose();
  }
}
