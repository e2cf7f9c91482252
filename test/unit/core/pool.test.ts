import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { AnalysisPool } from '../../../src/core/worker/pool';

const note = (body: string) => `---\ntitle: 무역금융\ncategories: [News]\nexcerpt: 요약\n---\n\n${body}\n`;

describe('analysis pool', function () {
  this.timeout(60_000);
  let workerFile = '';

  before(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-pool-'));
    workerFile = path.join(dir, 'worker.js');
    await esbuild.build({
      entryPoints: [path.resolve(__dirname, '../../../src/core/worker/analysisWorker.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      mainFields: ['module', 'main'],
      outfile: workerFile,
      logLevel: 'silent',
    });
  });

  it('analyzes notes in workers, the same as inline', async () => {
    const task = { uri: 'a.md', text: note('무역금융 370조 원을 공급한다. TODO'), config: DEFAULT_CONFIG, lint: { schema: null }, claims: true, summary: true };
    const workers = new AnalysisPool({ workerFile, size: 2 });
    const inline = new AnalysisPool({ workerFile, inline: true });
    try {
      assert.equal(workers.mode, 'workers');
      const [a, b] = [await workers.run(task), await inline.run(task)];
      assert.ok(a.ok && b.ok);
      assert.deepEqual({ ...a.result, ms: 0 }, { ...b.result, ms: 0 });
      assert.deepEqual(
        a.result.issues?.map((i) => i.rule),
        ['placeholder-text'],
      );
      assert.ok(a.result.claims?.some((c) => c.text === '370조 원' && c.value === 370e12));
    } finally {
      await workers.close();
      await inline.close();
    }
  });

  it('runs an urgent note (a document being edited) ahead of the notes queued before it', async () => {
    const pool = new AnalysisPool({ workerFile, size: 1 });
    try {
      const order: string[] = [];
      const run = (uri: string, urgent = false) => pool.run({ uri, text: note('무역금융 370조 원을 공급한다.'), config: DEFAULT_CONFIG, summary: true }, urgent).then(() => void order.push(uri));
      const queued = Array.from({ length: 30 }, (_, i) => run(`n${i}.md`));
      await Promise.all([...queued, run('open.md', true)]);
      assert.ok(order.indexOf('open.md') < order.indexOf('n29.md'), order.join(' '));
      assert.ok(order.indexOf('open.md') <= 8, `answered after at most the notes already posted to the worker: ${order.join(' ')}`);
    } finally {
      await pool.close();
    }
  });

  it('stops a note over its budget with a timeout, then keeps working', async () => {
    const pool = new AnalysisPool({ workerFile, size: 1, budgetMs: 5 });
    try {
      const big = note('수출 1조 2천억 원, 200개 사, 9.0% 증가. '.repeat(60_000));
      const slow = await pool.run({ uri: 'big.md', text: big, config: DEFAULT_CONFIG, lint: { schema: null }, claims: true, summary: true });
      assert.deepEqual(slow, { ok: false, reason: 'timeout', message: 'analysis took longer than 5 ms and was stopped' });
    } finally {
      await pool.close();
    }
    const fresh = new AnalysisPool({ workerFile, size: 1 });
    try {
      const next = await fresh.run({ uri: 'a.md', text: note('본문'), config: DEFAULT_CONFIG, lint: { schema: null } });
      assert.ok(next.ok);
    } finally {
      await fresh.close();
    }
  });

  it('answers the notes posted behind a runaway one in the same worker, in order', async () => {
    const pool = new AnalysisPool({ workerFile, size: 1, budgetMs: 100 });
    try {
      const big = note('수출 1조 2천억 원, 200개 사, 9.0% 증가. '.repeat(200_000));
      const small = (i: number) => ({ uri: `n${i}.md`, text: note(`기업 ${i}개 사를 지원한다.`), config: DEFAULT_CONFIG, claims: true });
      const outcomes = await Promise.all([pool.run({ uri: 'big.md', text: big, config: DEFAULT_CONFIG, claims: true, summary: true }), ...[1, 2, 3, 4, 5].map((i) => pool.run(small(i)))]);
      assert.equal(!outcomes[0]!.ok && outcomes[0]!.reason, 'timeout');
      assert.deepEqual(
        outcomes.slice(1).map((o) => (o.ok ? o.result.claims?.map((c) => c.text) : o.reason)),
        [1, 2, 3, 4, 5].map((i) => [`${i}개 사`]),
      );
    } finally {
      await pool.close();
    }
  });

  it('grows by workers for a long run, and they share the queue', async () => {
    const pool = new AnalysisPool({ workerFile, size: 1 });
    try {
      assert.equal(pool.size, 1);
      const runs = Array.from({ length: 40 }, (_, i) => pool.run({ uri: `n${i}.md`, text: note(`기업 ${i + 1}개 사를 지원한다.`), config: DEFAULT_CONFIG, claims: true }));
      pool.grow(2);
      pool.grow(2);
      assert.equal(pool.size, 2, 'grows once, up to the size asked');
      const outcomes = await Promise.all(runs);
      assert.deepEqual(
        outcomes.map((o) => (o.ok ? o.result.claims?.map((c) => c.text) : o.reason)),
        Array.from({ length: 40 }, (_, i) => [`${i + 1}개 사`]),
      );
    } finally {
      await pool.close();
    }
    pool.grow(3);
    assert.equal(pool.size, 0, 'a closed pool does not grow');
  });

  it('reports a worker that runs out of memory as a crash and replaces it', function () {
    // In a child process (poolOom.child.ts): Node may abort a whole process when one of its
    // workers reaches the heap limit, and that must not end the test run. Such an abort is
    // retried once and reported; the outcome checked is the pool's.
    this.timeout(120_000);
    const child = path.join(__dirname, 'poolOom.child.ts');
    let r = spawnSync(process.execPath, ['--require', 'tsx/cjs', child, workerFile], { encoding: 'utf8' });
    if (r.status !== 0 && /heap out of memory/i.test(r.stderr)) {
      console.log("    (the process aborted at a worker's heap limit; running it again)");
      r = spawnSync(process.execPath, ['--require', 'tsx/cjs', child, workerFile], { encoding: 'utf8' });
    }
    assert.equal(r.status, 0, r.stderr.slice(-2000));
    assert.deepEqual(JSON.parse(r.stdout.trim().split('\n').pop()!), { huge: 'crash', after: ['3개 사'] });
  });
});
