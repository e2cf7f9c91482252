/**
 * Lint speed: the engine in-process and the CLI end to end over the press-release corpus
 * and a generated corpus, beside markdownlint-cli2 on the same files in the same run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { lintNote } from '../../src/core/lint';
import { parseNote } from '../../src/core/parse/note';
import { compileSchemaText } from '../../src/core/schema';
import { ROOT, corpusFiles, fmt, percentile, rng, tmpDir } from './common';

function generate(count: number): string {
  const dir = tmpDir('pn-bench-lint-');
  const r = rng(7);
  const programs = ['K-수출스타', '수출 바우처', '무역금융', '한류 소비재 수출 하이웨이', '글로벌 강소기업'];
  for (let i = 0; i < count; i++) {
    const p = programs[Math.floor(r() * programs.length)];
    const n = Math.floor(r() * 900) + 100;
    const body = Array.from(
      { length: 12 },
      (_, k) => `<p data-ke-size="size16">${p} 사업은 ${2025 + (k % 5)}년까지 ${n + k}개 사를 지원하고 예산 ${n}억 원, 전년 대비 ${(r() * 20).toFixed(1)}% 늘린다.</p>`,
    ).join('\n\n');
    fs.writeFileSync(
      path.join(dir, `article-${i}.md`),
      `---\ntitle: ${p} ${n}개 사 지원\ncategories:\n  - News\nexcerpt: ${p} 지원 확대\ndate: 2025-0${1 + (i % 9)}-1${i % 9}\n---\n\n# ${p}\n\n${body}\n`,
    );
  }
  return dir;
}

function timeCommand(cmd: string, args: string[], cwd: string): number {
  const t = process.hrtime.bigint();
  spawnSync(cmd, args, { cwd, stdio: 'ignore', maxBuffer: 1 << 30 });
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function engine(files: string[], schemaFile?: string): { ms: number; bytes: number; perFile: number[]; issues: number } {
  const schema = schemaFile ? compileSchemaText(fs.readFileSync(schemaFile, 'utf8'), schemaFile) : undefined;
  const opts = schema && 'schema' in schema ? { schema: schema.schema } : {};
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  const perFile: number[] = [];
  let issues = 0;
  const t = process.hrtime.bigint();
  for (const text of texts) {
    const s = process.hrtime.bigint();
    issues += lintNote(parseNote({ uri: '', text }), opts).length;
    perFile.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, bytes: texts.reduce((a, s) => a + Buffer.byteLength(s), 0), perFile, issues };
}

function report(label: string, files: string[], cwd: string, cliArgs: string[], schemaFile?: string): void {
  const e = engine(files, schemaFile);
  const mb = e.bytes / 1048576;
  console.log(`${label}: ${files.length} files, ${fmt(mb, 2)} MB`);
  console.log(
    `  engine (parse + all rules): ${fmt(e.ms)} ms = ${fmt(files.length / (e.ms / 1000), 0)} files/s, ${fmt(mb / (e.ms / 1000), 1)} MB/s; per file p50 ${fmt(percentile(e.perFile, 50), 2)} ms, p95 ${fmt(percentile(e.perFile, 95), 2)} ms, max ${fmt(Math.max(...e.perFile), 1)} ms; ${e.issues} issues`,
  );
  const cli = timeCommand(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'lint', ...cliArgs, '--format', 'json'], cwd);
  console.log(`  policy-notes lint (CLI, wall): ${fmt(cli, 0)} ms = ${fmt(files.length / (cli / 1000), 0)} files/s, ${fmt(mb / (cli / 1000), 1)} MB/s`);
  const mdl = path.join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
  if (fs.existsSync(mdl)) {
    const peer = timeCommand(process.execPath, [mdl, '**/*.md'], cwd);
    console.log(`  markdownlint-cli2 (same files, wall): ${fmt(peer, 0)} ms = ${fmt(files.length / (peer / 1000), 0)} files/s → policy-notes CLI is ${fmt(peer / cli, 1)}× faster`);
  }
}

export async function benchLint(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) throw new Error('run `npm run build` first');
  const files = corpusFiles();
  if (files) {
    const dataDir = path.dirname(path.dirname(path.dirname(path.dirname(files[0]!))));
    const schema = path.join(ROOT, 'examples/press-releases/schemas/press-release.schema.json');
    report('gov-press-md corpus (press-release schema)', files, dataDir, ['.', '--config', path.join(ROOT, 'examples/press-releases/.policynotes.json')], schema);
  }
  const gen = generate(2000);
  const genFiles = fs.readdirSync(gen).map((f) => path.join(gen, f));
  report('generated corpus (built-in schema)', genFiles, gen, ['.']);
  fs.rmSync(gen, { recursive: true, force: true });
}
