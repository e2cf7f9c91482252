/**
 * image-missing: a local image path (front-matter `image`/`feature_image`, `<img src>`,
 * `![](...)`) that does not exist in the workspace. URLs are never fetched. The host
 * resolves the paths `imageRefs` lists (Jekyll-style `/assets/...` from the workspace
 * root, others from the article's folder) and passes the missing ones in.
 */
import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import type { Span } from '../model';
import type { Note } from '../parse/note';
import type { Rule } from './types';
import { t } from '../l10n';

/** A local image reference and where it is written. */
export interface ImageRef extends Span {
  path: string;
}

const IMAGE_KEYS = new Set(['image', 'feature_image', 'thumbnail', 'og_image', 'header_image']);
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

/** Every local image path the note refers to. */
export function imageRefs(note: Note): ImageRef[] {
  const refs: ImageRef[] = [];
  const fm = note.frontMatter;
  if (fm && isMap(fm.doc?.contents)) {
    for (const pair of fm.doc.contents.items) {
      const k = pair.key as YamlNode | null;
      const v = pair.value as YamlNode | null;
      if (isScalar(k) && IMAGE_KEYS.has(String(k.value)) && isScalar(v) && typeof v.value === 'string' && v.range) {
        const raw = v.value.trim();
        const at = note.text.indexOf(raw, fm.content.start + v.range[0]);
        if (raw && !REMOTE.test(raw)) refs.push({ path: raw, start: at >= 0 ? at : fm.content.start + v.range[0], end: at >= 0 ? at + raw.length : fm.content.start + v.range[1] });
      }
    }
  }
  scanHtmlImages(note, refs);
  scanMarkdownImages(note, refs);
  return refs;
}

/**
 * `<img ... src=...>` in the body. A hand scanner (the ReDoS gate rejects `/<img[^>]*>/g`:
 * quadratic over many unclosed tags): when no `>` follows an `<img`, none follows later ones.
 */
function scanHtmlImages(note: Note, refs: ImageRef[]): void {
  const text = note.text;
  const lower = text.toLowerCase();
  for (let i = lower.indexOf('<img', note.bodyStart); i >= 0; i = lower.indexOf('<img', i + 4)) {
    const close = text.indexOf('>', i);
    if (close < 0) return;
    const tag = text.slice(i, close);
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag);
    const p = src ? (src[1] ?? src[2] ?? src[3] ?? '') : '';
    if (!p || REMOTE.test(p)) continue;
    const start = i + src!.index + src![0].lastIndexOf(p);
    refs.push({ path: p, start, end: start + p.length });
  }
}

/**
 * `![alt](path ...)` in the body (alt text on one line). The next `](` and the next line
 * break are found once and reused while they lie ahead, so the scan stays linear even over
 * thousands of unclosed `![`.
 */
function scanMarkdownImages(note: Note, refs: ImageRef[]): void {
  const text = note.text;
  const ahead = (cached: number, needle: string, from: number): number => {
    if (cached >= from) return cached; // still ahead (Infinity: there is none)
    const k = text.indexOf(needle, from);
    return k < 0 ? Infinity : k;
  };
  let close = -1;
  let newline = -1;
  for (let i = text.indexOf('![', note.bodyStart); i >= 0; i = text.indexOf('![', i + 2)) {
    close = ahead(close, '](', i + 2);
    if (close === Infinity) return;
    newline = ahead(newline, '\n', i);
    if (newline < close) {
      i = newline - 1; // resume after the line break (the loop adds 2 to an index one before it)
      continue;
    }
    let start = close + 2;
    if (text[start] === '<') start++;
    let end = start;
    while (end < text.length && !/[)\s>]/.test(text[end]!)) end++;
    const p = text.slice(start, end);
    if (p && !REMOTE.test(p)) refs.push({ path: p, start, end });
    i = close; // every `![` before this `](` shares it
  }
}

export const imageMissing: Rule = {
  id: 'image-missing',
  description: 'Local image paths must exist in the workspace (URLs are not checked).',
  defaultLevel: 'warning',
  tags: ['links', 'images'],
  check(ctx) {
    const missing = ctx.missingImages;
    if (!missing || missing.size === 0) return [];
    return imageRefs(ctx.note)
      .filter((r) => missing.has(r.path))
      .map((r) => ({ start: r.start, end: r.end, message: t('Missing image `{0}`: no such file in the workspace.', r.path) }));
  },
};
