/**
 * Local files an article points at, as document links: front-matter string values that are
 * paths (`image: /assets/a.jpg`, any value with a file extension and no scheme), and `src` /
 * `href` of HTML tags in the body. Markdown's own `[..](..)` links are left to VS Code's
 * Markdown extension, which already links them. Resolution (site root or the article's
 * folder) is the host's: these are spans and the paths as written.
 */
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { Span } from '../model';
import type { Note } from '../parse/note';

export interface LocalLink extends Span {
  /** The path as written, without `?query` or `#fragment`. */
  path: string;
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;
/** A value of any key that is a path: no blanks, and the extension of a file an article links to. */
const PATH_LIKE = /^[^\s<>"|*?]{1,300}\.(?:jpe?g|png|gif|svg|webp|avif|pdf|md|markdown|html?|hwpx?|xlsx?|csv|docx?|pptx?|zip|json|txt)$/i;
/** A value of an image key that is a path: no blanks, and a `/` or an extension. */
const PATH_OF_KEY = /^[^\s<>"|*?]{1,300}$/;
/** Keys whose value is a path whatever its extension. */
const PATH_KEYS = new Set(['image', 'feature_image', 'thumbnail', 'og_image', 'header_image', 'file', 'pdf', 'attachment']);
const MAX_LINKS = 2000;

/** Links of a parsed note: front matter first, then the body's HTML attributes. */
export function localLinks(note: Note): LocalLink[] {
  const out: LocalLink[] = [];
  const fm = note.frontMatter;
  if (fm?.doc) {
    const visit = (node: unknown, key: string | null): void => {
      if (out.length >= MAX_LINKS) return;
      if (isMap(node)) for (const pair of node.items) visit(pair.value, isScalar(pair.key) ? String(pair.key.value) : null);
      else if (isSeq(node)) for (const item of node.items) visit(item, key);
      else if (isScalar(node) && typeof node.value === 'string' && (node as YamlNode).range) {
        const raw = node.value.trim();
        const path = raw.split(/[?#]/)[0] ?? '';
        if (!path || REMOTE.test(raw)) return;
        const byKey = PATH_KEYS.has(key ?? '') && PATH_OF_KEY.test(path) && (path.includes('/') || path.includes('.'));
        if (!byKey && !PATH_LIKE.test(path)) return;
        const r = (node as YamlNode).range!;
        const at = note.text.indexOf(path, fm.content.start + r[0]);
        if (at >= 0 && at < fm.content.start + r[1]) out.push({ path, start: at, end: at + path.length });
      }
    };
    visit(fm.doc.contents, null);
  }
  scanHtmlAttributes(note, out);
  return out;
}

/** `src=` and `href=` of body tags (hand-scanned, linear: see image-missing.ts). */
function scanHtmlAttributes(note: Note, out: LocalLink[]): void {
  const text = note.text;
  for (let i = text.indexOf('<', note.bodyStart); i >= 0 && out.length < MAX_LINKS; i = text.indexOf('<', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
    const close = text.indexOf('>', i);
    if (close < 0) return;
    const tag = text.slice(i, close);
    const attr = /\s(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
    for (let m = attr.exec(tag); m; m = attr.exec(tag)) {
      const value = m[1] ?? m[2] ?? m[3] ?? '';
      const path = value.split(/[?#]/)[0] ?? '';
      if (!path || REMOTE.test(value)) continue;
      const start = i + m.index + m[0].lastIndexOf(value);
      out.push({ path, start, end: start + path.length });
    }
    i = close - 1;
  }
}
