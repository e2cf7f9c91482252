/**
 * The front matter as an outline entry: one symbol for the block, its keys as children, and
 * below a key holding a sequence of mappings one child per item (named by its `name` or
 * `title`, else its number). Spans are note offsets; the editor maps them to ranges.
 */
import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import type { Span } from '../model';
import type { FrontMatter } from '../parse/frontMatter';

export interface OutlineSymbol {
  name: string;
  /** A short form of a scalar value, for the outline's detail text. */
  detail: string;
  kind: 'block' | 'key' | 'item';
  /** What the symbol covers, and the part to select (the key). */
  span: Span;
  selection: Span;
  children: OutlineSymbol[];
}

const MAX_CHILDREN = 500;
const DETAIL_CHARS = 60;

/** The front matter's symbol, or null without a mapping to show. */
export function frontMatterSymbol(fm: FrontMatter): OutlineSymbol | null {
  const contents = fm.doc?.contents;
  const block: OutlineSymbol = { name: 'front matter', detail: '', kind: 'block', span: fm.span, selection: { start: fm.span.start, end: fm.span.start + 3 }, children: [] };
  if (!isMap(contents)) return contents ? null : block;
  const base = fm.content.start;
  block.children = pairs(contents.items, base);
  return block;
}

function pairs(items: readonly Pair[], base: number): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  for (const pair of items.slice(0, MAX_CHILDREN)) {
    const k = pair.key as YamlNode | null;
    if (!isScalar(k) || !k.range) continue;
    const v = pair.value as YamlNode | null;
    const end = v?.range ? v.range[1] : k.range[1];
    const sym: OutlineSymbol = {
      name: String(k.value),
      detail: isScalar(v) ? short(String(v.value ?? '')) : '',
      kind: 'key',
      span: { start: base + k.range[0], end: base + Math.max(end, k.range[1]) },
      selection: { start: base + k.range[0], end: base + k.range[1] },
      children: [],
    };
    if (isSeq(v)) {
      v.items.slice(0, MAX_CHILDREN).forEach((item, i) => {
        if (!isMap(item) || !(item as YamlNode).range) return;
        const r = (item as YamlNode).range!;
        const named = item.items.find((p) => isScalar(p.key) && (p.key.value === 'name' || p.key.value === 'title'));
        const name = named && isScalar(named.value) ? String(named.value.value) : `#${i + 1}`;
        sym.children.push({ name, detail: '', kind: 'item', span: { start: base + r[0], end: base + r[1] }, selection: { start: base + r[0], end: base + r[1] }, children: pairs(item.items, base) });
      });
    } else if (isMap(v)) sym.children = pairs(v.items, base);
    out.push(sym);
  }
  return out;
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > DETAIL_CHARS ? `${one.slice(0, DETAIL_CHARS - 1)}…` : one;
}
