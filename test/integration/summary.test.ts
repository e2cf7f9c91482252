import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PolicyNotesApi } from '../../src/vscode/extension';
import { activateExtension, fixtureUri, waitFor, waitForDiagnostics } from './helpers';

const RULE = 'program-figure-conflict';
const byRule = (ds: vscode.Diagnostic[]) => ds.filter((d) => typeof d.code === 'object' && d.code.value === RULE);
const iconId = (item: vscode.TreeItem) => (item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined);

describe('workspace summary in the editor', () => {
  let api: PolicyNotesApi;

  before(async () => {
    api = await activateExtension();
    await api.indexReady();
  });

  it('lists the fixture programs, flags the conflict and shows article text literally', async () => {
    const tree = api.summaryViews.programs;
    const roots = tree.getChildren();
    const items = roots.map((n) => tree.getTreeItem(n));
    const labels = items.map((i) => i.label);
    for (const name of ['K-수출스타', '무역금융', '수출 바우처']) assert.ok(labels.includes(name), `${name} in ${labels.join(' | ')}`);
    // docs/design.md, case H24: plain strings, never Markdown, in labels and tooltips.
    const odd = items.find((i) => String(i.label).includes('</script>'));
    assert.equal(odd?.label, '$(zap) </script><script>alert(1)</script>');
    assert.ok(items.every((i) => i.tooltip === undefined || typeof i.tooltip === 'string'));

    const kstar = roots[labels.indexOf('K-수출스타')]!;
    assert.equal(iconId(tree.getTreeItem(kstar)), 'warning');
    const targets = tree.getChildren(kstar).map((n) => ({ node: n, item: tree.getTreeItem(n) }));
    const by2030 = targets.find((t) => t.item.label === '500개사' && String(t.item.description).includes('by 2030'));
    assert.ok(by2030, targets.map((t) => `${t.item.label} ${t.item.description}`).join(' | '));
    assert.equal(iconId(by2030.item), 'warning');
    assert.ok(targets.some((t) => t.item.label === 'Mentions'));

    // Clicking the target opens the article with the figure selected.
    const cmd = by2030.item.command!;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), fixtureUri('programs/k-star-revision.md').toString());
    assert.equal(editor.document.getText(editor.selection), '500개사');

    const years = api.summaryViews.targets.getChildren().map((n) => api.summaryViews.targets.getTreeItem(n).label);
    assert.equal(years.at(-1), 'No deadline');
    assert.ok(years.includes('2030') && years.includes('2031'));
    const agencies = api.summaryViews.agencies.getChildren().map((n) => api.summaryViews.agencies.getTreeItem(n).label);
    assert.ok(agencies.includes('산업통상자원부') && !agencies.includes('산업부'), agencies.join(' | '));
  });

  it('filters every view and shows the filter in the view description', async () => {
    const { source, programs, views } = api.summaryViews;
    source.setFilter({ year: '2030' });
    try {
      assert.deepEqual(
        programs.getChildren().map((n) => programs.getTreeItem(n).label),
        ['K-수출스타'],
      );
      assert.match(String(views[0]!.description), /2030/);
      source.setFilter({ text: '존재하지 않는 사업' });
      assert.equal(programs.getChildren().length, 0);
      assert.equal(views[0]!.message, 'No programs match the filter.');
    } finally {
      source.setFilter({});
    }
    assert.equal(views[0]!.description, undefined);
  });

  it('warns about the conflicting deadlines at both places, each pointing at the other', async () => {
    const revision = fixtureUri('programs/k-star-revision.md');
    const [b] = byRule(await waitForDiagnostics(revision, (ds) => byRule(ds).length === 1, `${RULE} on k-star-revision.md`));
    const doc = await vscode.workspace.openTextDocument(revision);
    const offset = doc.getText().indexOf('2030년까지 500개사') + '2030년까지 '.length;
    assert.ok(b!.range.isEqual(new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + '500개사'.length))), JSON.stringify(b!.range));
    assert.equal(b!.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(b!.source, 'policy-notes');
    assert.match(b!.message, /^Unexpected deadline `2030` for K-수출스타 `500개사`, expected `2031`/);
    assert.match(String((b!.code as { target: vscode.Uri }).target), /docs\/rules\/program-figure-conflict\.md$/);

    // The other side is one of the two articles saying 2031; its diagnostic points back.
    const related = b!.relatedInformation![0]!.location;
    assert.match(related.uri.path, /programs\/(k-star-plan|trade-finance)\.md$/);
    const other = await vscode.workspace.openTextDocument(related.uri);
    assert.match(other.getText(related.range), /500개사$/);
    const [a] = byRule(await waitForDiagnostics(related.uri, (ds) => byRule(ds).length === 1, `${RULE} on the other side`));
    assert.ok(a!.range.isEqual(related.range));
    assert.equal(a!.relatedInformation![0]!.location.uri.toString(), revision.toString());
    assert.ok(a!.relatedInformation![0]!.location.range.isEqual(b!.range));
  });

  it('gives a statement that conflicts with several others one diagnostic, listing each of them', async () => {
    const revision = fixtureUri('programs/k-star-revision.md');
    const [b] = byRule(await waitForDiagnostics(revision, (ds) => byRule(ds).length === 1, `${RULE} on k-star-revision.md`));
    const majority = b!.relatedInformation![0]!.location.uri;
    const extra = [2028, 2029].map((year) => ({ uri: fixtureUri(`programs/k-star-${year}.md`), year }));
    for (const { uri, year } of extra) {
      const text = `---\ntitle: K-수출스타 ${year}\ncategories:\n  - News\nexcerpt: 일정\ndate: 2025-10-0${year - 2027}\n---\n\n코트라는 ‘K-수출스타’ 사업으로 ${year}년까지 500개사를 육성한다.\n`;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    }
    try {
      await waitFor(api.onDidChangeSummary, () => (api.summary()?.conflicts.length === 3 ? true : undefined), 'three conflicts');
      const [merged, ...rest] = byRule(await waitForDiagnostics(majority, (ds) => byRule(ds)[0]?.relatedInformation?.length === 3, 'one diagnostic with three related places'));
      assert.equal(rest.length, 0, 'one diagnostic at the place, not three');
      assert.match(merged!.message, / It also conflicts with 2 other statements: see the related places\.$/);
      const related = merged!.relatedInformation!.map((r) => r.location.uri.toString()).sort();
      assert.deepEqual(related, [revision, ...extra.map((e) => e.uri)].map(String).sort());
    } finally {
      for (const { uri } of extra) await vscode.workspace.fs.delete(uri);
    }
    await waitFor(api.onDidChangeSummary, () => (api.summary()?.conflicts.length === 1 ? true : undefined), 'the one conflict again');
    await waitForDiagnostics(majority, (ds) => byRule(ds).length === 1 && byRule(ds)[0]!.relatedInformation!.length === 1, 'the single diagnostic again');
  });

  it('opens the report webview, and its message handler refuses anything outside the index', async () => {
    await vscode.commands.executeCommand('policyNotes.openSummaryReport');
    const isReport = (t: vscode.Tab) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('policyNotes.summaryReport') && t.label === 'Policy Notes Summary';
    await waitFor(vscode.window.tabGroups.onDidChangeTabs, () => (vscode.window.tabGroups.all.some((g) => g.tabs.some(isReport)) ? true : undefined), 'the report tab');
    const report = api.summaryViews.report;
    assert.equal(report.current?.webview.options.enableCommandUris, false);
    // docs/design.md, case H25.
    assert.equal(await report.handleMessage({ type: 'reveal', file: 'file:///etc/passwd', start: 0, end: 1 }), 'refused');
    assert.equal(await report.handleMessage({ t: 'open', uri: 'file:///etc/passwd' }), 'ignored');
    assert.equal(await report.handleMessage({ type: 'command', command: 'workbench.action.terminal.new' }), 'ignored');
    assert.equal(await report.handleMessage(null), 'ignored');
    assert.equal(await report.handleMessage({ type: 'reveal', file: 'x'.repeat(10 * 1024 * 1024), start: 0, end: 1 }), 'ignored');
    assert.notEqual(vscode.window.activeTextEditor?.document.uri.path, '/etc/passwd');
    assert.equal(await report.handleMessage({ type: 'ready' }), 'sent');
    const plan = fixtureUri('programs/k-star-plan.md').toString();
    assert.equal(await report.handleMessage({ type: 'reveal', file: plan, start: 0, end: 3 }), 'revealed');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), plan);

    const out = fixtureUri('summary-export.csv');
    await report.exportTo('csv', out);
    const bytes = await vscode.workspace.fs.readFile(out);
    await vscode.workspace.fs.delete(out);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark, for Excel');
    const csv = new TextDecoder().decode(bytes);
    assert.match(csv, /^text,program,agency,value,unit,deadline,file,line,kind,status,deadlineText\r\n/);
    assert.match(csv, /500개사,K-수출스타,대한무역투자진흥공사,500,개사,2030,programs\/k-star-revision\.md,12,/);
  });

  it('updates the summary, the views and the diagnostics when an article is edited and saved', async () => {
    const uri = fixtureUri('programs/k-star-revision.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const replace = async (from: string, to: string) => {
      const at = doc.getText().indexOf(from);
      assert.ok(at >= 0, from);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + from.length)), to);
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(await doc.save());
    };
    await replace('2030년까지 500개사', '2031년까지 500개사');
    await waitFor(api.onDidChangeSummary, () => (api.summary()?.conflicts.length === 0 ? true : undefined), 'the conflict to go away');
    await waitForDiagnostics(uri, (ds) => byRule(ds).length === 0, `${RULE} to clear`);
    const tree = api.summaryViews.programs;
    const kstar = tree.getChildren().find((n) => tree.getTreeItem(n).label === 'K-수출스타')!;
    assert.notEqual(iconId(tree.getTreeItem(kstar)), 'warning');

    await replace('2031년까지 500개사', '2030년까지 500개사');
    await waitFor(api.onDidChangeSummary, () => (api.summary()?.conflicts.length === 1 ? true : undefined), 'the conflict to return');
    // Diagnostics are set per changed file: both places get theirs back.
    const [back] = byRule(await waitForDiagnostics(uri, (ds) => byRule(ds).length === 1, `${RULE} to return`));
    await waitForDiagnostics(back!.relatedInformation![0]!.location.uri, (ds) => byRule(ds).length === 1, `${RULE} to return at the other place`);
  });
});

describe('workspace index configuration', () => {
  it('applies program aliases from .policynotes.json without a reload, and drops them again', async () => {
    const api = await activateExtension();
    await api.indexReady();
    const names = () => api.summary()!.programs.map((p) => p.name);
    assert.ok(names().includes('수출 바우처') && names().includes('무역금융'), names().join(' | '));
    const configUri = fixtureUri('.policynotes.json');
    const original = await vscode.workspace.fs.readFile(configUri);
    const config = JSON.parse(new TextDecoder().decode(original)) as Record<string, unknown>;
    try {
      await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode(JSON.stringify({ ...config, programs: { aliases: { 무역금융: ['수출 바우처'] } } })));
      await waitFor(api.onDidChangeSummary, () => (!names().includes('수출 바우처') && !api.indexState().indexing ? true : undefined), 'the alias to merge 수출 바우처 into 무역금융');
      const merged = api.summary()!.programs.find((p) => p.name === '무역금융');
      assert.ok(merged?.aliases.includes('수출 바우처'), JSON.stringify(merged?.aliases));
    } finally {
      await vscode.workspace.fs.writeFile(configUri, original);
    }
    await waitFor(api.onDidChangeSummary, () => (names().includes('수출 바우처') && !api.indexState().indexing ? true : undefined), 'the alias to go away');
  });
});

describe('workspace index size limit', () => {
  it('leaves out the articles over policyNotes.maxFileSize, without a reload, and takes them back', async () => {
    const api = await activateExtension();
    await api.indexReady();
    const names = () => api.summary()!.programs.map((p) => p.name);
    const total = api.indexState().total;
    const long = fixtureUri('programs/long-note.md');
    const text = `---\ntitle: 긴 글\ncategories:\n  - News\nexcerpt: 물류\n---\n\n코트라는 ‘해외 물류 바우처’ 사업으로 2027년까지 300개사를 지원한다.\n\n${'지원 내용은 지역별로 나누어 안내한다.\n\n'.repeat(60)}`;
    await vscode.workspace.fs.writeFile(long, new TextEncoder().encode(text)); // about 3.5 KB
    const settings = () => vscode.workspace.getConfiguration('policyNotes');
    try {
      await waitFor(api.onDidChangeSummary, () => (names().includes('해외 물류 바우처') && !api.indexState().indexing ? true : undefined), 'the long note in the index');
      await settings().update('maxFileSize', 2048, vscode.ConfigurationTarget.Workspace);
      await waitFor(api.onDidChangeSummary, () => (!names().includes('해외 물류 바우처') && !api.indexState().indexing ? true : undefined), 'the long note to leave the index');
      assert.ok(names().includes('K-수출스타'), 'the short articles stay');
      await settings().update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor(api.onDidChangeSummary, () => (names().includes('해외 물류 바우처') && !api.indexState().indexing ? true : undefined), 'the long note to come back');
    } finally {
      await settings().update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(long);
    }
    await waitFor(api.onDidChangeSummary, () => (!names().includes('해외 물류 바우처') && !api.indexState().indexing ? true : undefined), 'the long note deleted');
    await api.reindex(); // a full run again, so the next tests find as many entries as files
    assert.equal(api.indexState().total, total);
  });
});

describe('workspace index cache', () => {
  it('writes the index cache to workspace storage, and a restart reads it instead of re-analyzing', async () => {
    const api = await activateExtension();
    await api.indexReady();
    const before = api.summary()!;
    const total = api.indexState().total;
    await api.restartIndex(); // saves the cache, forgets everything, starts again from it
    const cache = api.indexState().cache.split(' ')[0]!;
    assert.match(cache, /index-v3\.json$/);
    const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(cache))).split('\n');
    assert.equal((JSON.parse(lines[0]!) as { version: number }).version, 3);
    const uris = lines.slice(1).map((l) => (JSON.parse(l) as { uri: string }).uri);
    assert.ok(uris.length >= total, `${uris.length} entries for ${total} files`);
    const state = api.indexState();
    assert.equal(state.fromCache, uris.length, state.cache);
    assert.equal(state.analyzed, 0, 'nothing changed, so nothing is analyzed again');
    assert.ok(state.startMs.cachedSummary > 0 && state.startMs.verified >= state.startMs.cachedSummary);
    assert.deepEqual(
      api.summary()!.programs.map((p) => [p.name, p.targets.length]),
      before.programs.map((p) => [p.name, p.targets.length]),
    );
    assert.deepEqual(api.summary()!.conflicts.length, before.conflicts.length);
  });

  it('at a start, finds by stat the file that changed since the cache was written, and analyzes only that one', async () => {
    const api = await activateExtension();
    await api.indexReady();
    const before = api.summary()!;
    await api.restartIndex(); // the cache now holds every file as it is
    const cache = vscode.Uri.parse(api.indexState().cache.split(' ')[0]!);
    const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(cache)).split('\n');
    // As if the file had been edited while the window was closed: another time and content
    // hash in the cache, and a summary that lost its programs.
    const i = lines.findIndex((l, n) => n > 0 && (JSON.parse(l) as { summary: { programs: unknown[] } }).summary.programs.length > 0);
    assert.ok(i > 0, 'an entry with program mentions');
    const entry = JSON.parse(lines[i]!) as { uri: string; mtime: number; hash: string; summary: { programs: unknown[]; figures: unknown[] } };
    lines[i] = JSON.stringify({ ...entry, mtime: entry.mtime - 5000, hash: 'stale', summary: { ...entry.summary, programs: [], figures: [] } });
    await vscode.workspace.fs.writeFile(cache, new TextEncoder().encode(lines.join('\n')));
    await api.restartIndex();
    const state = api.indexState();
    assert.equal(state.fromCache, lines.length - 1, state.cache);
    assert.equal(state.analyzed, 1, 'only the file whose time differs is read and analyzed again');
    assert.deepEqual(
      api.summary()!.programs.map((p) => [p.name, p.targets.length, p.mentions.length]),
      before.programs.map((p) => [p.name, p.targets.length, p.mentions.length]),
    );
  });

  it('tells listeners of the summary read from the cache before the run that checks every file', async () => {
    const api = await activateExtension();
    await api.indexReady();
    // Listeners (conflict diagnostics, the report) skip a summary while the index is indexing.
    const seen: { indexing: boolean; summary: boolean; cachedSummary: number; verified: number }[] = [];
    const sub = api.onDidChangeSummary(() => {
      const s = api.indexState();
      seen.push({ indexing: s.indexing, summary: api.summary() !== undefined, cachedSummary: s.startMs.cachedSummary, verified: s.startMs.verified });
    });
    try {
      await api.restartIndex();
      await api.indexReady();
    } finally {
      sub.dispose();
    }
    assert.ok(
      seen.some((e) => e.summary && !e.indexing && e.cachedSummary > 0 && e.verified === 0),
      `an event with the cached summary while not indexing: ${JSON.stringify(seen)}`,
    );
  });
});

describe('a long index run, and the watcher', () => {
  const NAME = '수출 점검 바우처';
  const MARK = '점검 표지 플랫폼';
  const N = 450;
  const enc = (s: string) => new TextEncoder().encode(s);
  const bulkNote = (i: number) => `---\ntitle: 점검 ${i}\ndate: 2026-03-02\n---\n\n중소벤처기업부는 2027년까지 ‘${NAME}’ 사업으로 기업 200개 사를 지원한다.\n`;
  const markNote = (n: number) => `---\ntitle: 표지 ${n}\ndate: 2026-03-02\n---\n\n산업통상자원부는 ‘${MARK} ${n}’ 사업을 운영한다.\n`;

  it('leaves excluded files out, shows a long run’s progress and what it has so far, and follows a folder renamed, moved and deleted', async function () {
    this.timeout(240_000);
    const api = await activateExtension();
    await api.indexReady();
    const names = () => api.summary()?.programs.map((p) => p.name) ?? [];
    const mentions = (prefix = '') =>
      api
        .summary()
        ?.programs.find((p) => p.name === NAME)
        ?.mentions.filter((m) => m.file.includes(`/${prefix}`)).length ?? 0;
    /** Resolves once `check` holds with no run in progress (evaluated on each summary change). */
    const settled = (what: string, check: () => boolean) => waitFor(api.onDidChangeSummary, () => (!api.indexState().indexing && check() ? true : undefined), what, 120_000);
    const configUri = fixtureUri('.policynotes.json');
    const original = await vscode.workspace.fs.readFile(configUri);
    const config = JSON.parse(new TextDecoder().decode(original)) as Record<string, unknown>;
    /** Runs `trigger` and resolves once the index run it starts is over. */
    const runAfter = async (what: string, trigger: () => Thenable<unknown>) => {
      let started = false;
      const over = waitFor(api.onDidChangeSummary, () => ((started ||= api.indexState().indexing) && !api.indexState().indexing ? true : undefined), what, 120_000);
      await trigger();
      await over;
    };
    const bulk = fixtureUri('bulk');
    const moved = fixtureUri('bulk-moved');
    const again = fixtureUri('bulk.v2'); // a dot in a folder's name: still a folder
    const marks = [1, 2].map((n) => fixtureUri(`mark-${n}.md`));
    try {
      await runAfter('the run with bulk/ excluded', () => vscode.workspace.fs.writeFile(configUri, enc(JSON.stringify({ ...config, exclude: ['**/node_modules/**', '**/.git/**', 'bulk/**'] }))));
      // One excluded file and one article after it: once the article is in, the watcher's
      // report of the excluded file has been handled too, and it must have stayed out.
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(bulk, 'note-0.md'), enc(bulkNote(0)));
      await vscode.workspace.fs.writeFile(marks[0]!, enc(markNote(1)));
      await settled('the first marker article', () => names().includes(`${MARK} 1`));
      assert.ok(!names().includes(NAME), 'an excluded file reported by the watcher is no article');
      await Promise.all(Array.from({ length: N - 1 }, (_, i) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(bulk, `note-${i + 1}.md`), enc(bulkNote(i + 1)))));
      await vscode.workspace.fs.writeFile(marks[1]!, enc(markNote(2)));
      await settled('the second marker article', () => names().includes(`${MARK} 2`));
      assert.equal(mentions(), 0);

      // Included again: one run analyzes the 450 new notes, shows its progress in the views,
      // and the summary of what it has so far before it ends.
      const seen: { mentions: number; messages: (string | undefined)[]; done: number; total: number }[] = [];
      const sub = api.onDidChangeSummary(() => {
        const s = api.indexState();
        if (s.indexing) seen.push({ mentions: mentions(), messages: api.summaryViews.views.map((v) => v.message), done: s.done, total: s.total });
      });
      try {
        await vscode.workspace.fs.writeFile(configUri, original);
        await settled(`all ${N} notes of bulk/`, () => mentions('bulk/') === N);
      } finally {
        sub.dispose();
      }
      const state = api.indexState();
      assert.ok(state.partials >= 1, JSON.stringify(state));
      assert.ok(state.done <= state.total, 'no file counted twice');
      assert.ok(state.firstPartialMs > 0);
      const partial = seen.filter((e) => e.mentions > 0 && e.mentions < N);
      assert.ok(partial.length > 0, `a summary with part of the notes while indexing: ${JSON.stringify(seen.map((e) => e.mentions))}`);
      // The views tell how far the run is (unless its last files were in by the time it showed them).
      const midway = partial.filter((e) => e.done < e.total);
      assert.ok(midway.length > 0, JSON.stringify(seen));
      for (const e of midway) for (const m of e.messages) assert.match(String(m), /^Indexing articles: [\d,]+ of [\d,]+…$/);
      assert.deepEqual(
        api.summaryViews.views.map((v) => v.message),
        [undefined, undefined, undefined],
        'the progress message goes once the run is over',
      );

      // A folder renamed, then deleted, from the editor: the watcher reports the folder alone.
      // Its files' problems (from Lint Workspace) go with it.
      const linted = vscode.Uri.joinPath(bulk, 'note-7.md');
      await vscode.commands.executeCommand('policyNotes.lintWorkspace');
      assert.ok(vscode.languages.getDiagnostics(linted).length > 0, 'Lint Workspace reported the bulk notes');
      const rename = new vscode.WorkspaceEdit();
      rename.renameFile(bulk, moved);
      assert.ok(await vscode.workspace.applyEdit(rename));
      await settled('the notes under their new folder', () => mentions('bulk-moved/') === N && mentions('bulk/') === 0);
      assert.deepEqual(vscode.languages.getDiagnostics(linted), [], 'no problems left at the old place');
      // Moved again behind the editor's back (as `mv` in a terminal would): the watcher
      // reports the old folder deleted and the new one created.
      await vscode.workspace.fs.rename(moved, again);
      await settled('the notes under the folder moved outside the editor', () => mentions('bulk.v2/') === N && mentions('bulk-moved/') === 0);
      await vscode.commands.executeCommand('policyNotes.lintWorkspace');
      const movedNote = vscode.Uri.joinPath(again, 'note-7.md');
      assert.ok(vscode.languages.getDiagnostics(movedNote).length > 0);
      const del = new vscode.WorkspaceEdit();
      del.deleteFile(again, { recursive: true });
      assert.ok(await vscode.workspace.applyEdit(del));
      await settled('the notes of the deleted folder gone', () => mentions() === 0);
      assert.deepEqual(vscode.languages.getDiagnostics(movedNote), [], 'no problems left for the deleted folder');
    } finally {
      await vscode.workspace.fs.writeFile(configUri, original);
      for (const uri of [bulk, moved, again, ...marks]) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
    }
    await settled('the workspace as it was', () => mentions() === 0 && !names().some((n) => n.startsWith(MARK)));
  });
});
