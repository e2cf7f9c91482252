// Runs the integration suites inside a real VS Code, twice: in a trusted workspace and in
// Restricted Mode. Host: @vscode/test-electron where a desktop VS Code can be downloaded
// (or is cached), else the VS Code server from code-server driven by Debian's Chromium
// (CONTRIBUTING.md, "Integration tests"). Force one with PN_TEST_HOST=electron|server.
import dns from 'node:dns/promises';
import fs from 'node:fs';
import { format } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { ROOT, CODE_SERVER_VERSION, CHROMIUM_ARGS, chromiumPath, ensureServer, serverVersion, startServer, workbenchUrl } from './lib/vscode-server.mjs';

const OUT = path.join(ROOT, 'out', 'test', 'integration');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'workspace');
const MODES = [
  { name: 'trusted', index: 'index.js', trust: false },
  { name: 'restricted', index: 'restricted.js', trust: true },
  // The display language set to Korean (test/integration/l10n.korean.ts); the trusted suite checks English.
  { name: 'korean', index: 'korean.js', trust: false, locale: 'ko' },
];

async function canDownloadVsCode() {
  try {
    await Promise.race([dns.lookup('update.code.visualstudio.com'), new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), 3000))]);
    return true;
  } catch {
    return false;
  }
}

function copyWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-ws-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

async function runServerMode(mode) {
  const { chromium } = await import('playwright-core');
  const workspace = copyWorkspace();
  const server = await startServer({
    locale: mode.locale,
    settings: { 'security.workspace.trust.enabled': mode.trust, 'security.workspace.trust.startupPrompt': 'never', 'workbench.tips.enabled': false },
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let settle;
    const exited = new Promise((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => settle(code));
    // The workbench's own chatter (gallery lookups on a closed network) goes to a log file;
    // from the suite's first line on, the extension host's console is echoed.
    const logFile = path.join(ROOT, '.vscode-test', `integration-${mode.name}.log`);
    const logStream = fs.createWriteStream(logFile);
    let echo = false;
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      logStream.write(`[${type}] ${line}\n`);
      if (line.startsWith('[integration]')) echo = true;
      if (echo) (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
    });
    const url = workbenchUrl({ port: server.port, folder: workspace, extensionPath: ROOT, testsPath: path.join(OUT, mode.index) });
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 10 * 60_000));
    await page.goto(url);
    const code = await Promise.race([exited, timeout]);
    if (code !== 0) {
      const shot = path.join(ROOT, '.vscode-test', `failure-${mode.name}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      console.error(`[integration] ${mode.name}: ${code === 'timeout' ? 'timed out' : `failed (exit ${code})`}; screenshot: ${path.relative(ROOT, shot)}`);
    }
    if (code !== 0) console.error(`[integration] full log: ${path.relative(ROOT, logFile)}`);
    logStream.end();
    return code === 0;
  } finally {
    await browser.close().catch(() => {});
    server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

async function runElectronMode(mode) {
  const { runTests } = await import('@vscode/test-electron');
  const workspace = copyWorkspace();
  try {
    await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(OUT, mode.index),
      launchArgs: [workspace, '--disable-extensions', ...(mode.trust ? [] : ['--disable-workspace-trust']), ...(mode.locale ? ['--locale', mode.locale] : [])],
    });
    return true;
  } catch (e) {
    console.error(`[integration] ${mode.name}: ${e.message}`);
    return false;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

const wanted = process.env.PN_TEST_HOST;
const host = wanted === 'electron' || wanted === 'server' ? wanted : (await canDownloadVsCode()) ? 'electron' : 'server';
if (host === 'server') {
  ensureServer();
  console.log(`[integration] host: VS Code server (code-server ${CODE_SERVER_VERSION}) in headless Chromium, VS Code ${serverVersion()}`);
} else {
  console.log('[integration] host: desktop VS Code via @vscode/test-electron (stable)');
}
const modes = process.env.PN_TEST_MODE ? MODES.filter((m) => m.name === process.env.PN_TEST_MODE) : MODES;
let ok = true;
for (const mode of modes) {
  console.log(`[integration] running the ${mode.name}-workspace suite`);
  const passed = host === 'server' ? await runServerMode(mode) : await runElectronMode(mode);
  console.log(`[integration] ${mode.name}: ${passed ? 'passed' : 'FAILED'}`);
  ok &&= passed;
}
process.exit(ok ? 0 : 1);
