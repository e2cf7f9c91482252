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
  const body = note.text;
  const html = /<img\b[^>]{0,2000}?\bsrc\s*=\s*(["'])([^"'<>]{1,2000})\1/gi;
  const md = /!\[[^\]\n]{0,500}\]\(\s*<?([^)\s>]{1,2000})>?(?:\s+["'][^"'\n]{0,500}["'])?\s*\)/g;
  for (const m of body.slice(note.bodyStart).matchAll(html)) {
    const p = m[2] as string;
    const start = note.bodyStart + (m.index ?? 0) + m[0].lastIndexOf(p);
    if (!REMOTE.test(p)) refs.push({ path: p, start, end: start + p.length });
  }
  for (const m of body.slice(note.bodyStart).matchAll(md)) {
    const p = m[1] as string;
    const start = note.bodyStart + (m.index ?? 0) + m[0].indexOf(p);
    if (!REMOTE.test(p)) refs.push({ path: p, start, end: start + p.length });
  }
  return refs;
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
      .map((r) => ({ start: r.start, end: r.end, message: `Missing image \`${r.path}\`: no such file in the workspace.` }));
  },
};
