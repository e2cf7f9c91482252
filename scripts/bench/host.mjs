// The workspace index measured inside a real VS Code (server host + headless Chromium):
// the corpus copy and a generated 20,000-article workspace, each indexed cold (fresh
// storage), then warm in the same window (the index restarted from its cache) and in a
// window opened again (a new extension host reading the cache the first saved). Prints a
// line per window.
// PN_BENCH_SCALE=0 skips the generated workspace, PN_BENCH_CORPUS=0 the corpus; PN_HOSTBENCH_QUICK=1 times only the cold index; PN_HOST_CPUPROF=file.cpuprofile writes a CPU
// profile of the extension host's main thread during the cold index (PN_HOST_CPUPROF_WARM: the warm start, PN_HOST_CPUPROF_UPDATE: the one-file update, PN_HOST_CPUPROF_REOPEN: the reopened window).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, CHROMIUM_ARGS, chromiumPath, startServer, workbenchUrl, serverVersion } from '../lib/vscode-server.mjs';

const CORPUS = path.resolve(ROOT, '../shared/corpus/gov-press-md/data');

function generate(count) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-host-gen-'));
  const programs = ['K-수출스타', '수출 바우처', '무역금융', '한류 소비재 수출 하이웨이', '글로벌 강소기업 육성 사업', '무역보험', 'K-수출전사 프로젝트'];
  const agencies = ['산업통상자원부', '중소벤처기업부', '코트라', '한국무역보험공사'];
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, String(Math.floor(i / 1000)));
    if (i % 1000 === 0) fs.mkdirSync(sub);
    const p = programs[i % programs.length];
    const a = agencies[(i * 7) % agencies.length];
    const n = 100 + ((i * 37) % 900);
    const year = 2026 + (i % 5);
    fs.writeFileSync(
      path.join(sub, `note-${i}.md`),
      `---\ntitle: ${p} ${n}개 사 지원\ncategories:\n  - News\nexcerpt: ${a}는 ${year}년까지 ${p}로 ${n}개 사를 지원한다.\ndate: 2025-0${1 + (i % 9)}-1${i % 9}\n---\n\n<p data-ke-size="size16">${a}는 ${year}년까지 ‘${p}’ 사업으로 기업 ${n}개 사를 육성한다고 밝혔다.</p>\n\n올해 예산은 ${n}억 원으로 전년 대비 ${(i % 30) + 1}.5% 늘었다.\n\n문의: ${a} 044-200-${1000 + (i % 8999)}\n`,
    );
  }
  return dir;
}

async function runHost(folder, userDataDir, port) {
  const { chromium } = await import('playwright-core');
  const server = await startServer({ userDataDir, port, settings: { 'security.workspace.trust.enabled': false, 'git.enabled': false, 'remote.autoForwardPorts': false } });
  // The web workbench keeps extension storage in the browser's IndexedDB: a persistent
  // profile per workspace is what lets the second run start warm, as a desktop VS Code would.
  const browser = await chromium.launchPersistentContext(path.join(userDataDir, 'chromium'), { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    let result = null;
    let settle;
    const done = new Promise((r) => (settle = r));
    await page.exposeFunction('codeAutomationExit', (code) => settle(code));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      if (line.startsWith('[hostbench] ')) {
        result = JSON.parse(line.slice(12));
        settle(0); // the result is all we need: do not wait on the workbench's exit call
      } else if (type === 'error' && /policy|hostbench|Error:/i.test(line) && !/ENOTFOUND|gallery/i.test(line)) console.error(`  [host] ${line.slice(0, 500)}`);
    });
    await page.goto(workbenchUrl({ port: server.port, folder, extensionPath: ROOT, testsPath: path.join(ROOT, 'out/test/integration/hostbench.js') }));
    let timer;
    const code = await Promise.race([done, new Promise((r) => (timer = setTimeout(() => r('timeout'), 15 * 60_000)))]);
    clearTimeout(timer); // a pending timer would keep this process alive for 15 minutes
    if (code !== 0) console.error(`  [host] the bench index ended with ${code}`);
    return result && { ...result, port: server.port };
  } finally {
    await browser.close();
    server.stop();
  }
}

function print(label, pass, r) {
  if (!r) return console.log(`${label} ${pass}: no result (see .vscode-test logs)`);
  if (r.quick)
    return console.log(
      `${label} ${pass} (quick): ${r.files} files (${r.analyzed} analyzed) indexed in ${r.indexMs} ms, first summary shown at ${r.firstPartialMs} ms (CPU: extension host ${r.indexCpuMs} ms, whole machine ${r.machineCpuMs} ms; read and analyze ${r.phases?.analyzeMs}); threads ${JSON.stringify(r.threads)}; processes ${JSON.stringify(r.processes)}; longest main-thread block ${r.maxBlockMs} ms`,
    );
  console.log(
    `${label} ${pass}: ${r.files} files (${r.analyzed} analyzed, ${r.fromCache} restored from the cache) indexed in ${r.indexMs} ms, first summary shown at ${r.firstPartialMs} ms (${r.partials} shown while indexing) (CPU: extension host ${r.indexCpuMs} ms, whole machine ${r.machineCpuMs} ms; list ${r.phases?.listMs}, read and analyze ${r.phases?.analyzeMs}, merge ${r.phases?.mergeMs} of which publish ${r.phases?.publishMs}, save cache ${r.phases?.saveMs}); longest main-thread block ${r.maxBlockMs} ms (p99 ${r.p99BlockMs} ms), during 3 re-indexes ${r.maxBlockReindexMs} ms; ` +
      `warm start (cache): summary shown in ${r.warmShownMs} ms, every file checked in ${r.warmMs} ms (list ${r.warmPhases?.listMs}, stat ${r.warmPhases?.analyzeMs}, merge ${r.warmPhases?.mergeMs}; ${r.warmFromCache} from the cache, ${r.warmAnalyzed} analyzed, longest block ${r.maxBlockWarmMs} ms); one-file update ${r.updateMs} ms; longest GC pause ${r.longestGcMs?.cold}/${r.longestGcMs?.reindex}/${r.longestGcMs?.warm} ms (cold/re-index/warm);${r.warmFromCache === 0 ? ` [warm cache: ${r.warmCache}]` : ''} heap ${r.heapBeforeMb} → ${r.heapIndexedMb} MB indexed → ${r.heapAfter3ReindexMb} MB after 3 re-indexes (${Math.round(((r.heapAfter3ReindexMb - r.heapIndexedMb) / r.heapIndexedMb) * 100)}%); ${r.programs} programs, ${r.targets} targets; ` +
      (r.lint ? `Lint Workspace: ${r.lint.files} files, ${r.lint.problems} problems in ${r.lint.ms} ms (longest block ${r.lint.maxBlockMs} ms)` : 'Lint Workspace not timed (over 5,000 files)'),
  );
}

spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--tests'], { stdio: 'inherit' });
console.log(`VS Code ${serverVersion()} server host`);
const workspaces = [];
if (process.env.PN_BENCH_CORPUS === '0') console.log('(corpus skipped: PN_BENCH_CORPUS=0)');
else if (fs.existsSync(CORPUS)) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-host-corpus-'));
  fs.cpSync(CORPUS, copy, { recursive: true });
  workspaces.push(['gov-press-md (2,000)', copy]);
} else console.log('(corpus skipped: ../shared is not present)');
const scale = Number(process.env.PN_BENCH_SCALE ?? 20000);
if (scale > 0) workspaces.push([`generated (${scale})`, generate(scale)]);
for (const [label, folder] of workspaces) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-host-data-'));
  const first = await runHost(folder, userDataDir);
  print(label, 'cold', first);
  if (process.env.PN_HOSTBENCH_QUICK === '1') continue;
  // The window opened again: a new server and extension host, the same profile and storage.
  process.env.PN_HOSTBENCH_PASS = 'reopen';
  const r = first ? await runHost(folder, userDataDir, first.port) : null;
  delete process.env.PN_HOSTBENCH_PASS;
  if (!r) console.log(`${label} reopened: no result`);
  else
    console.log(
      `${label} reopened (new window, cache from the first): summary shown in ${r.shownMs} ms, every file checked in ${r.checkedMs} ms (stat ${r.phases?.analyzeMs}, ${r.fromCache} from the cache, ${r.analyzed} analyzed; ${r.cache}); longest main-thread block ${r.maxBlockMs} ms, longest GC pause ${r.longestGcMs} ms; heap ${r.heapMb} MB`,
    );
  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
