/**
 * Benchmark of the masked text view (`src/core/parse/mask.ts`) against what it stands in
 * for: a full remark parse (docs/design.md, "Known hazards"). Prints the time of `maskMarkdown`
 * over the whole corpus (first pass, with the JIT still cold, and the best of five warm
 * passes), per MB, and remark's parse time over the first 200 files extrapolated to all.
 *
 * Run: `node scripts/bench.mjs mask` (or `npx tsx scripts/bench/mask.ts`).
 */
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { maskMarkdown } from '../../src/core/parse/mask';
import { stripBom } from '../../src/core/text/decode';
import { corpusFiles, fmt } from './common';

const REMARK_SAMPLE = 200;
const WARM_RUNS = 5;

/** Where the body starts: after a `---` … `---` front matter block, else 0. */
function bodyStart(text: string): number {
  const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!open) return 0;
  const close = /(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const m = close.exec(text);
  return m ? m.index + m[0].length : 0;
}

/** Lets other work run between phases (and keeps a long benchmark interruptible). */
const tick = (): Promise<void> => new Promise((done) => setImmediate(done));

/** Times `maskMarkdown` over the corpus and compares it with a remark parse. */
export async function benchMask(): Promise<void> {
  const files = corpusFiles();
  if (!files) return;
  let bytes = 0;
  const texts = files.map((f) => {
    const raw = readFileSync(f);
    bytes += raw.length;
    return stripBom(raw.toString('utf8'));
  });
  const starts = texts.map(bodyStart);
  const mb = bytes / 1e6;
  const pass = (): number => {
    const t0 = performance.now();
    for (let i = 0; i < texts.length; i++) maskMarkdown(texts[i] as string, starts[i]);
    return performance.now() - t0;
  };

  const cold = pass();
  let warm = Infinity;
  for (let r = 0; r < WARM_RUNS; r++) {
    await tick();
    warm = Math.min(warm, pass());
  }
  console.log(
    `maskMarkdown: ${texts.length} files, ${fmt(mb)} MB: first pass ${fmt(cold, 0)} ms (${fmt(cold / mb)} ms/MB), ` + `warm ${fmt(warm, 0)} ms (${fmt(warm / mb)} ms/MB, best of ${WARM_RUNS})`,
  );

  await tick();
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
  const sample = texts.slice(0, REMARK_SAMPLE);
  const t0 = performance.now();
  for (const text of sample) processor.parse(text);
  const remark = performance.now() - t0;
  const all = (remark * texts.length) / Math.max(1, sample.length);
  console.log(`remark parse: first ${sample.length} files ${fmt(remark, 0)} ms, ~${fmt(all / 1000)} s extrapolated to ${texts.length} ` + `(${fmt(all / warm, 0)}x the warm mask)`);
}

if (typeof require !== 'undefined' && require.main === module) {
  benchMask().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
