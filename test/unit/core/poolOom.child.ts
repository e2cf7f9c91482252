/**
 * Run by pool.test.ts in a process of its own: a worker with a 32 MB heap runs out of memory
 * on a huge note, and a light note then goes to its replacement. Node can, rarely, abort the
 * whole process when a worker reaches its heap limit; in a child that abort cannot take the
 * test runner down with it. Prints one JSON line with both outcomes.
 */
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { AnalysisPool } from '../../../src/core/worker/pool';

const note = (body: string) => `---\ntitle: 무역금융\ncategories: [News]\nexcerpt: 요약\n---\n\n${body}\n`;

async function main(workerFile: string): Promise<void> {
  // The pool's workers do not hold the process open; this does, until both answers are in.
  const alive = setInterval(() => {}, 1000);
  const pool = new AnalysisPool({ workerFile, size: 1, maxOldGenerationSizeMb: 32, budgetMs: 20_000 });
  try {
    const huge = await pool.run({ uri: 'huge.md', text: note('수출 1조 2천억 원과 200개 사. '.repeat(400_000)), config: DEFAULT_CONFIG, lint: { schema: null }, claims: true, summary: true });
    const after = await pool.run({ uri: 'a.md', text: note('기업 3개 사를 지원한다.'), config: DEFAULT_CONFIG, claims: true });
    process.stdout.write(`${JSON.stringify({ huge: huge.ok ? 'ok' : huge.reason, after: after.ok ? (after.result.claims ?? []).map((c) => c.text) : `${after.reason}: ${after.message}` })}\n`);
  } finally {
    await pool.close();
    clearInterval(alive);
  }
}

void main(process.argv[2]!);
