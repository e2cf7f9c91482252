/** URI texts as the workspace model keys files: `scheme://authority/path`, `/`-separated. */

/**
 * Calls `fn` with the text of each folder above a URI's text, nearest first
 * (`file:///a/b/c.md` → `file:///a/b`, `file:///a`, …), until it returns true; whether it did.
 */
export function someParent(uriText: string, fn: (parent: string) => boolean | void): boolean {
  for (let i = uriText.lastIndexOf('/'); i > 0; i = uriText.lastIndexOf('/', i - 1)) if (fn(uriText.slice(0, i)) === true) return true;
  return false;
}
