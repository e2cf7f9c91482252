import assert from 'node:assert/strict';
import { loadConfigAsync, loadConfigSync, type ConfigIo, type SchemaPlace } from '../../../src/core/configLoad';

const SCHEMA = JSON.stringify({ type: 'object', required: ['title'], properties: { title: { type: 'string' } } });

/** An in-memory file system: `files` by location; schemas are found beside the configuration in `/ws`. */
function memoryIo(files: Record<string, string>, places: Record<string, SchemaPlace> = {}, trusted = true): ConfigIo<string, SchemaPlace> {
  return {
    readText(location) {
      const text = files[location];
      if (text === undefined) throw new Error(`ENOENT: ${location}`);
      return text;
    },
    locateSchema: (baseDir, rel) => places[rel] ?? (files[`${baseDir}/${rel}`] !== undefined ? { location: `${baseDir}/${rel}` } : { problem: 'outside' }),
    trusted,
  };
}

/** The same steps over the same files, synchronously (the CLI) and asynchronously (the editor). */
async function both(files: Record<string, string>, places?: Record<string, SchemaPlace>, trusted?: boolean) {
  const io = memoryIo(files, places, trusted);
  const sync = loadConfigSync('/ws/.policynotes.json', '/ws', io);
  const async = await loadConfigAsync('/ws/.policynotes.json', '/ws', { ...io, readText: async (l) => io.readText(l), locateSchema: async (b, r) => io.locateSchema(b, r) });
  assert.deepEqual({ ...async.loaded, schema: null }, { ...sync.loaded, schema: null }, 'the CLI and the editor load the same configuration');
  assert.deepEqual(async.issues, sync.issues);
  return sync;
}

describe('configuration loading (one loader, I/O passed in)', () => {
  it('loads a configuration and its schema', async () => {
    const r = await both({ '/ws/.policynotes.json': JSON.stringify({ frontMatter: { schema: 'schemas/fm.json' }, rules: { 'line-too-long': 'off' } }), '/ws/schemas/fm.json': SCHEMA });
    assert.deepEqual(r.issues, []);
    assert.equal(r.loaded.config.rules['line-too-long'], 'off');
    assert.deepEqual(r.loaded.schemaText, { source: 'schemas/fm.json', text: SCHEMA });
  });

  it('refuses a schema outside the workspace, a folder, an escape and an unreadable one, at the setting', async () => {
    const config = (schema: string) => ({ '/ws/.policynotes.json': JSON.stringify({ frontMatter: { schema } }, null, 2) });
    const cases: [Record<string, string>, Record<string, SchemaPlace>, RegExp][] = [
      [config('linked.json'), { 'linked.json': { problem: 'outside' } }, /was not found inside the workspace/],
      [config('dir'), { dir: { problem: 'not-a-file' } }, /is not a file/],
      [config('../up.json'), {}, /leads outside the workspace/],
      [config('gone.json'), { 'gone.json': { location: '/ws/gone.json' } }, /cannot be read/],
      [{ ...config('bad.json'), '/ws/bad.json': '{ not json' }, {}, /./],
    ];
    for (const [files, places, message] of cases) {
      const r = await both(files, places);
      assert.equal(r.issues.length, 1, JSON.stringify(files));
      assert.match(r.issues[0]!.message, message);
      assert.equal(r.loaded.schemaText, null, 'the built-in schema is used');
      assert.equal(r.text.slice(r.issues[0]!.span!.start, r.issues[0]!.span!.end), '"schema"', 'placed at the setting');
    }
  });

  it('loads no workspace schema in Restricted Mode, and says so', async () => {
    const r = await both({ '/ws/.policynotes.json': JSON.stringify({ frontMatter: { schema: 'fm.json' } }), '/ws/fm.json': SCHEMA }, {}, false);
    assert.match(r.issues[0]!.message, /^Restricted Mode/);
    assert.equal(r.loaded.schemaText, null);
  });

  it('falls back to the defaults when the configuration cannot be read', async () => {
    const r = await both({});
    assert.match(r.issues[0]!.message, /^Cannot read the configuration: ENOENT/);
    assert.equal(r.issues[0]!.span, null);
    assert.deepEqual(r.loaded.config.include, ['**/*.md', '**/*.markdown']);
  });
});
