/** Shared helpers for unit tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Joins lines with \n (inline cases stay minimal and readable). */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/** `../shared` beside the checkout, or null (a user's clone has none). */
export const SHARED = path.resolve(__dirname, '../../../shared');

/** Skips the current suite with a message when ../shared is absent. */
export function requireShared(ctx: Mocha.Context, sub = ''): string {
  const p = path.join(SHARED, sub);
  if (!fs.existsSync(p)) {
    console.log(`    (skipped: ${p} is not present; it exists only on the project's own machines)`);
    ctx.skip();
  }
  return p;
}

/** A fresh folder under the system's temp folder holding these files (relative path → content). */
export function tempWorkspace(files: Record<string, string | Buffer>, prefix = 'pn-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}
