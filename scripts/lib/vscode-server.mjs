// Provisions and starts the real VS Code server (shipped inside the npm package
// `code-server`) for integration tests and `npm start` on machines that cannot download a
// desktop VS Code. The recipe is the one CONTRIBUTING.md describes: Debian's ripgrep is
// handed to @vscode/ripgrep through its download cache, so nothing is fetched but npm
// packages. Everything lands in `.vscode-test/server/` (git-ignored) and is reused.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_VERSION = '4.100.3'; // VS Code 1.100.3; the last release for Node 20
const SERVER_DIR = path.join(ROOT, '.vscode-test', 'server');
const VSCODE_DIR = path.join(SERVER_DIR, 'node_modules', 'code-server', 'lib', 'vscode');
const RIPGREP_VERSIONS = ['1.15.9', '1.15.10', '1.15.11', '1.15.12', '1.15.13', '1.15.14', '1.16.0', '1.16.1', '1.17.0', '1.17.1', '1.18.0'];
const RG_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

/** Fails with one line naming what to install when a system tool is missing. */
export function requireTool(name, debPackage) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  if (found.status !== 0) {
    throw new Error(`${name} not found: install it with "apt-get install -y ${debPackage}" (Debian) and retry.`);
  }
  return found.stdout.trim();
}

/** The VS Code version the provisioned server runs, read from its product.json. */
export function serverVersion() {
  const product = JSON.parse(fs.readFileSync(path.join(VSCODE_DIR, 'package.json'), 'utf8'));
  return product.version;
}

/** Installs code-server into `.vscode-test/server/` once; returns the server-main.js path. */
export function ensureServer(log = console.log) {
  const main = path.join(VSCODE_DIR, 'out', 'server-main.js');
  if (fs.existsSync(main)) return main;
  const rg = requireTool('rg', 'ripgrep');
  log(`[vscode-server] provisioning code-server@${CODE_SERVER_VERSION} into ${path.relative(ROOT, SERVER_DIR)} (one time, about 90 s)`);
  // @vscode/ripgrep looks in this cache before it downloads; give it Debian's rg.
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'pn-rg-'));
  fs.copyFileSync(rg, path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  const tmp = process.env.TMPDIR || '/tmp';
  for (const v of RIPGREP_VERSIONS) {
    const dir = path.join(tmp, `vscode-ripgrep-cache-${v}`);
    fs.mkdirSync(dir, { recursive: true });
    const target = path.join(dir, RG_ASSET);
    if (!fs.existsSync(target)) execFileSync('tar', ['-czf', target, '-C', stage, 'rg']);
  }
  fs.mkdirSync(SERVER_DIR, { recursive: true });
  if (!fs.existsSync(path.join(SERVER_DIR, 'package.json'))) {
    fs.writeFileSync(path.join(SERVER_DIR, 'package.json'), JSON.stringify({ name: 'pn-vscode-server', private: true }, null, 2));
  }
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: SERVER_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
  });
  if (result.status !== 0 || !fs.existsSync(main)) {
    throw new Error(`code-server install failed (exit ${result.status}); it needs the Debian packages ripgrep, libkrb5-dev and a C++ toolchain.`);
  }
  return main;
}

/** A free loopback TCP port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server on loopback without a token and resolves once it listens.
 * Returns {port, proc, stop()}.
 */
/**
 * Makes `locale` the display language of a server started on `dataDir`, offline. The web
 * workbench takes its language from the server (`--locale`), and the server serves a
 * language only from a language pack listed in `<user data>/languagepacks.json`. An empty
 * pack (no translations: VS Code's own UI stays English) is enough for `vscode.env.language`
 * to be `locale`, so an extension loads its `package.nls.<locale>.json` and
 * `l10n/bundle.l10n.<locale>.json` as on a desktop with the language pack installed.
 */
function useDisplayLanguage(dataDir, locale) {
  const packDir = path.join(dataDir, 'pn-language-pack');
  fs.mkdirSync(packDir, { recursive: true });
  const translations = path.join(packDir, 'main.i18n.json');
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const packs = {
    [locale]: {
      hash: `pn-${locale}-1`,
      extensions: [{ extensionIdentifier: { id: `policy-notes.test-language-pack-${locale}` }, version: '1.0.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  fs.writeFileSync(path.join(dataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

export async function startServer({ userDataDir, log = () => {}, settings = {}, port: wantedPort, locale } = {}) {
  const main = ensureServer();
  // A given port lets a second session reopen the same workspace (its storage is keyed by the server's address).
  const port = wantedPort ?? (await freePort());
  const dataDir = userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pn-vscode-'));
  const userDir = path.join(dataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  const userSettings = { 'workbench.startupEditor': 'none', 'extensions.autoCheckUpdates': false, 'update.mode': 'none', 'telemetry.telemetryLevel': 'off', ...settings };
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify(userSettings, null, 2));
  // Machine settings live in the server data dir.
  fs.mkdirSync(path.join(dataDir, 'data', 'Machine'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'data', 'Machine', 'settings.json'), JSON.stringify(userSettings, null, 2));
  const localeArgs = locale && locale !== 'en' ? ['--locale', locale] : [];
  if (localeArgs.length > 0) useDisplayLanguage(dataDir, locale);
  const proc = spawn(
    process.execPath,
    [
      main,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--server-data-dir',
      path.join(dataDir, 'data'),
      '--user-data-dir',
      dataDir,
      ...localeArgs,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    },
  );
  await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`VS Code server did not start in 60 s:\n${out}`)), 60_000);
    const onData = (chunk) => {
      const s = chunk.toString();
      out += s;
      log(s);
      if (out.includes('Extension host agent listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`VS Code server exited with ${code} before listening:\n${out}`));
    });
  });
  const stop = () => {
    try {
      process.kill(-proc.pid, 'SIGTERM');
    } catch {
      proc.kill('SIGTERM');
    }
  };
  return { port, proc, dataDir, stop };
}

/** The workbench URL that loads `extensionPath` (and optionally a test index) on `folder`. */
export function workbenchUrl({ port, folder, extensionPath, testsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['skipWelcome', 'true'],
  ];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Debian's Chromium, or a clear one-line error. */
export function chromiumPath() {
  for (const p of [process.env.PN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (p && fs.existsSync(p)) return p;
  }
  return requireTool('chromium', 'chromium');
}
