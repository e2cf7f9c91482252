/**
 * The reference side of the mask parity proof: the mask `maskMarkdown` must produce,
 * computed from remark's own tree (`unified().use(remarkParse).use(remarkFrontmatter)`),
 * node by node with `position.start.offset`/`end.offset`:
 *
 * - `yaml`, `code`, `inlineCode`, `definition`: the whole node;
 * - `html` inside a paragraph or heading (raw inline HTML): the whole node;
 * - `html` as a block: `maskHtmlTags` over the node's value (its lines without container
 *   prefixes), mapped back to the source. That function is shared with `mask.ts` on
 *   purpose: what is proven here is WHERE code, HTML and link syntax are, i.e. the block
 *   and inline structure, not the HTML tag tokenizer, which is our own definition;
 * - `link`, `linkReference`: everything of the node not covered by its children (the text
 *   stays, `[`, `](dest "title")`, `][label]` go); an autolink `<…>` entirely;
 * - `image`, `imageReference`: everything but the alt text between `![` and its `]`.
 *
 * Then the lexical pass (`maskLexical`: character references, bare URLs, e-mails), which
 * remark does not know, is applied exactly as `maskMarkdown` applies it.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { markJoined, markRange, maskHtmlTags, maskLexical, renderMask } from '../../../src/core/parse/mask';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
/** Parents whose `html` children are HTML blocks; under any other parent `html` is inline. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem']);
const LINE = /\r\n|\r|\n/;

const startOf = (n: MdNode): number => n.position?.start.offset ?? 0;
const endOf = (n: MdNode): number => n.position?.end.offset ?? 0;

/** The expected mask of `text` (BOM already removed) according to remark's tree. */
export function remarkMask(text: string): string {
  const flags = new Uint8Array(text.length);
  visit(text, processor.parse(text) as MdNode, undefined, flags);
  maskLexical(text, flags);
  return renderMask(text, flags);
}

function visit(text: string, node: MdNode, parent: MdNode | undefined, flags: Uint8Array): void {
  const s = startOf(node);
  const e = endOf(node);
  switch (node.type) {
    case 'yaml':
    case 'code':
    case 'inlineCode':
    case 'definition':
      markRange(flags, s, e);
      return;
    case 'html':
      if (parent && FLOW_PARENTS.has(parent.type)) markHtmlBlock(text, node, flags);
      else markRange(flags, s, e);
      return;
    case 'link':
    case 'linkReference':
      if (text.charCodeAt(s) === 60) {
        markRange(flags, s, e); // autolink
        return;
      }
      markOutside(flags, s, e, (node.children ?? []).map((c) => [startOf(c), endOf(c)]));
      break;
    case 'image':
    case 'imageReference':
      markOutside(flags, s, e, [[s + 2, altEnd(text, s + 2)]]);
      return;
    default:
      break;
  }
  for (const child of node.children ?? []) visit(text, child, node, flags);
}

/** Marks `[s, e)` except the (ordered, disjoint) ranges `keep`. */
function markOutside(flags: Uint8Array, s: number, e: number, keep: number[][]): void {
  let at = s;
  for (const [a, b] of keep) {
    markRange(flags, at, a as number);
    at = Math.max(at, b as number);
  }
  markRange(flags, at, e);
}

/** The `]` closing an image's alt text that starts at `i` (after `![`): brackets balance. */
function altEnd(text: string, i: number): number {
  let depth = 1;
  for (let k = i; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 92) k++;
    else if (c === 91) depth++;
    else if (c === 93 && --depth === 0) return k;
  }
  return i;
}

/**
 * An HTML block: its value is its source lines without container prefixes, so each value
 * line is the tail of its source line; `maskHtmlTags` runs on the value and its ranges
 * are mapped back through those line tails.
 */
function markHtmlBlock(text: string, node: MdNode, flags: Uint8Array): void {
  const s = startOf(node);
  const source = text.slice(s, endOf(node)).split(LINE);
  const value = (node.value ?? '').split(LINE);
  if (source.length !== value.length) throw new Error(`html node at ${s}: ${source.length} source lines, ${value.length} value lines`);
  const segs: number[] = [];
  let at = s;
  source.forEach((line, k) => {
    const v = value[k] as string;
    if (!line.endsWith(v)) throw new Error(`html node at ${s}: value line ${JSON.stringify(v)} is not the end of ${JSON.stringify(line)}`);
    segs.push(at + line.length - v.length, at + line.length);
    at += line.length;
    at += text.startsWith('\r\n', at) ? 2 : 1;
  });
  markJoined(text, segs, maskHtmlTags, flags);
}

/**
 * Where the Markdown body starts: after a YAML front matter block opened by `---` on the
 * first line and closed by a `---` line (spaces or tabs may follow either), as
 * remark-frontmatter reads it; 0 without one.
 */
export function frontMatterEnd(text: string): number {
  const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!open) return 0;
  const close = /(?:^|\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const m = close.exec(text);
  return m ? m.index + m[0].length : 0;
}
