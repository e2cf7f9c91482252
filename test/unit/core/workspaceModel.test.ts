/** The workspace model (core/workspace): notes added, replaced and dropped, merges, conflicts and the cache's form, in plain Node. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_CONFIG, type Config } from '../../../src/core/config';
import { analyze } from '../../../src/core/worker/analyze';
import { CACHE_VERSION, loadModel, serializeModel } from '../../../src/core/workspace/cache';
import { configKey, WorkspaceModel, type IndexEntry } from '../../../src/core/workspace/model';

const config: Config = { ...DEFAULT_CONFIG, programAliases: { 무역금융: ['수출금융'] } };
const PROGRAMS = ['‘K-수출스타’', '‘수출 바우처’', '무역금융', '수출금융', '‘해외 물류 바우처’'];
const AGENCIES = ['산업통상자원부', '중소벤처기업부', '대한무역투자진흥공사'];

/** A note's text from a few choices, so that notes share programs and disagree on figures. */
function noteText(program: number, agency: number, figure: number, year: number): string {
  const p = PROGRAMS[program % PROGRAMS.length]!;
  const a = AGENCIES[agency % AGENCIES.length]!;
  return `---\ntitle: ${p} 지원\ncategories: [News]\nexcerpt: ${a} 발표\ndate: 2025-03-1${year % 10}\n---\n\n${a}는 ${2026 + (year % 4)}년까지 ${p} 사업으로 기업 ${figure}개 사를 지원한다고 밝혔다.\n\n올해 예산은 ${figure * 3}억 원이다.\n`;
}

const analyses = new Map<string, ReturnType<typeof analyze>>();
/** An entry as the index makes it (the same text is analyzed once per test run). */
function entry(uri: string, text: string): IndexEntry {
  let r = analyses.get(text);
  if (!r) analyses.set(text, (r = analyze({ uri, text, config, summary: true, figureKeys: true })));
  // Each entry gets its own copies, as each arrives from a worker.
  const copy = structuredClone(r);
  return { uri, hash: String(text.length), mtime: 1, size: text.length, summary: copy.summary!, figures: copy.figureKeys ?? [], configKey: configKey(config) };
}

/** The merged summary of `entries` built at once, in a fresh model. */
async function bulk(entries: Iterable<IndexEntry>): Promise<unknown> {
  const fresh = new WorkspaceModel();
  for (const e of entries) fresh.put(structuredClone(e));
  await fresh.mergeAll(config);
  return fresh.summary;
}

type Op = { kind: 'put'; file: number; text: [number, number, number, number] } | { kind: 'drop'; file: number } | { kind: 'dropFolder'; folder: number } | { kind: 'merge' };

const uriOf = (file: number) => `file:///ws/${file % 3}/note-${file}.md`;

describe('workspace model (core/workspace)', () => {
  it('keeps the figure map and folder counts up to date as notes come and go', async () => {
    const model = new WorkspaceModel();
    model.put(entry(uriOf(1), noteText(0, 0, 200, 1)));
    model.put(entry(uriOf(4), noteText(0, 1, 200, 1)));
    const key = model.get(uriOf(1))!.figures[0]![0];
    assert.deepEqual(
      model.sameFigure(key, uriOf(1)).map((p) => p.uri),
      [uriOf(4)],
    );
    assert.ok(model.holdsEntries('file:///ws/1'));
    model.dropRemoved(['file:///ws/1/']);
    assert.equal(model.size, 0, 'a deleted folder takes its notes with it');
    assert.deepEqual(model.sameFigure(key, uriOf(1)), []);
    assert.ok(!model.holdsEntries('file:///ws/1'));
  });

  it('merges incrementally to what a bulk rebuild of the same notes gives (property)', async function () {
    this.timeout(120_000);
    const op: fc.Arbitrary<Op> = fc.oneof(
      { weight: 5, arbitrary: fc.record({ kind: fc.constant('put' as const), file: fc.nat(7), text: fc.tuple(fc.nat(4), fc.nat(2), fc.constantFrom(100, 200, 300), fc.nat(3)) }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop' as const), file: fc.nat(7) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropFolder' as const), folder: fc.nat(2) }) },
      { weight: 2, arbitrary: fc.constant({ kind: 'merge' as const }) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const model = new WorkspaceModel();
        await model.mergeAll(config);
        for (const o of ops) {
          if (o.kind === 'put') model.put(entry(uriOf(o.file), noteText(...o.text)));
          else if (o.kind === 'drop') model.drop(uriOf(o.file));
          else if (o.kind === 'dropFolder') model.dropRemoved([`file:///ws/${o.folder}`]);
          // What the index does after a run or a burst of events: a fresh merge when it must, else the incremental one.
          else if (model.needsMerge(config)) await model.mergeAll(config);
          else model.publish();
        }
        if (model.needsMerge(config)) await model.mergeAll(config);
        else model.publish();
        assert.deepEqual(model.summary, await bulk(model.sorted()));
      }),
      { numRuns: 60 },
    );
  });

  it('reconciles notes that change while a merge runs', async () => {
    const model = new WorkspaceModel();
    for (let i = 0; i < 40; i++) model.put(entry(uriOf(i), noteText(i, i, 100 + (i % 3) * 100, i)));
    const merging = model.mergeAll(config);
    model.drop(uriOf(3));
    model.put(entry(uriOf(5), noteText(1, 2, 300, 2)));
    model.put(entry(uriOf(99), noteText(2, 0, 200, 1)));
    await merging;
    if (model.needsMerge(config)) await model.mergeAll(config);
    else model.publish();
    assert.deepEqual(model.summary, await bulk(model.sorted()));
  });

  it('reports conflicting figures between notes, and forgets them with the note', async () => {
    const model = new WorkspaceModel();
    model.put(entry(uriOf(1), noteText(0, 0, 200, 1)));
    model.put(entry(uriOf(2), noteText(0, 0, 300, 1)));
    await model.mergeAll(config);
    const conflicts = model.summary!.conflicts.length;
    assert.ok(conflicts > 0, 'two notes state the same target with different figures');
    model.drop(uriOf(2));
    model.publish();
    assert.equal(model.summary!.conflicts.length, 0);
  });

  it('round-trips through its serialized form, and ignores another version', async () => {
    const model = new WorkspaceModel();
    for (let i = 0; i < 12; i++) model.put(entry(uriOf(i), noteText(i, i, 100, i)));
    await model.mergeAll(config);
    const bytes = Buffer.concat(await serializeModel(model));
    const back = new WorkspaceModel();
    assert.deepEqual(await loadModel(bytes, back), { entries: 12 });
    await back.mergeAll(config);
    assert.deepEqual(back.summary, model.summary);
    assert.deepEqual(back.sorted(), model.sorted());
    const old = Buffer.from(`${JSON.stringify({ version: CACHE_VERSION - 1, entries: 0 })}\n`);
    assert.deepEqual(await loadModel(old, new WorkspaceModel()), { version: CACHE_VERSION - 1 });
    await assert.rejects(loadModel(Buffer.from('not json'), new WorkspaceModel()));
  });
});
