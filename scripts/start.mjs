// `npm start`: the extension at work on the sample workspace `examples/`, in the real VS Code
// server (CONTRIBUTING.md, "Integration tests"). Prints the URL to open; Ctrl-C stops it cleanly.
//   node scripts/start.mjs [--port N] [--folder DIR] [--locale ko] [--screenshot FILE [--open REL_PATH] [--hover TEXT] [--command TITLE [--pick TEXT]] [--sidebar] [--wait MS]]
// With --screenshot it opens the workbench in headless Chromium, saves a picture and exits;
// --command runs a command from the palette by its title first (e.g. "Policy Notes: Lint Workspace");
// --pick then chooses the row of the quick pick the command opened that holds TEXT
// (e.g. --command "Welcome: Open Walkthrough" --pick "Get Started with Policy Notes");
// --sidebar shows the Policy Notes sidebar without opening a file (e.g. a large folder while it is
// indexed: `--folder DIR --sidebar --wait 2500`); --wait is how long to wait before the picture.
// --locale sets the display language (`ko`: the extension's Korean manifest and messages);
// --hover rests the mouse on the first place the opened file shows TEXT (a claim's hover).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, CHROMIUM_ARGS, chromiumPath, ensureServer, serverVersion, startServer, workbenchUrl } from './lib/vscode-server.mjs';

const { values } = parseArgs({
  options: {
    folder: { type: 'string' },
    screenshot: { type: 'string' },
    open: { type: 'string' },
    command: { type: 'string' },
    sidebar: { type: 'boolean' },
    pick: { type: 'string' },
    locale: { type: 'string' },
    hover: { type: 'string' },
    wait: { type: 'string', default: '12000' },
  },
});
const folder = path.resolve(ROOT, values.folder ?? 'examples');

ensureServer();
const server = await startServer({ locale: values.locale, settings: { 'security.workspace.trust.enabled': false, 'git.enabled': false, 'git.openRepositoryInParentFolders': 'never' } });
const url = workbenchUrl({ port: server.port, folder, extensionPath: ROOT });
const stop = () => {
  server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

if (values.screenshot) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    if (values.open) {
      await page.waitForTimeout(3000);
      await page.keyboard.press('Control+P');
      await page.keyboard.type(values.open);
      await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 30_000 });
      await page.keyboard.press('Enter');
      await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
      // Show the Policy Notes sidebar and the Problems panel, as a user would.
      await page.click('.activitybar [aria-label^="Policy Notes"]').catch(() => {});
      await page.keyboard.press('Control+Shift+M');
      await page.click('.monaco-editor .view-lines');
    }
    if (values.sidebar && !values.open) {
      await page.waitForSelector('.activitybar [aria-label^="Policy Notes"]', { timeout: 30_000 });
      await page.click('.activitybar [aria-label^="Policy Notes"]');
    }
    if (values.command) {
      await page.keyboard.press('Control+Shift+P');
      await page.keyboard.type(values.command);
      // The palette lists recent commands before it filters: wait for the one asked for.
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: values.command }).first();
      await row.waitFor({ timeout: 30_000 });
      await row.click();
      if (values.pick) {
        const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: values.pick }).first();
        await pick.waitFor({ timeout: 30_000 });
        await pick.click();
      }
    }
    if (values.hover && values.open) {
      const at = page.locator('.monaco-editor .view-lines span', { hasText: values.hover }).last();
      await at.waitFor({ timeout: 30_000 });
      await page.waitForTimeout(2000);
      await at.hover();
      await page.waitForSelector('.monaco-hover-content', { timeout: 30_000 }).catch(() => {});
    }
    await page.waitForTimeout(Number(values.wait));
    await page.screenshot({ path: values.screenshot });
    console.log(`[start] screenshot saved to ${values.screenshot}`);
  } finally {
    await browser.close();
    stop();
  }
} else {
  console.log(`\nPolicy Notes is running in VS Code ${serverVersion()} (server host) on ${path.relative(ROOT, folder) || '.'}.`);
  console.log(`Open this URL in a browser:\n\n  ${url}\n\nPress Ctrl-C to stop.`);
}
