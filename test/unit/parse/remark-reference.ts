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
 * - `link`, `linkReference`, `image`, `imageReference`: everything of the node but its
 *   label text (link text or alt: `[`, `](dest "title")`, `][label]` go); an autolink
 *   `<…>` entirely. Inside the label the children are visited as usual. mdast drops an
 *   image's children (it keeps only the `alt` string), so a small `fromMarkdown` extension
 *   records micromark's `labelText` token and its children on every link and image.
 *
 * Then the lexical pass (`maskLexical`: character references, bare URLs, e-mails), which
 * remark does not know, is applied exactly as `maskMarkdown` applies it.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { markJoined, markRange, maskHtmlTags, maskLexical, renderMask } from '../../../src/core/parse/mask';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
  data?: { labelText?: { start: number; end: number; fragment: MdNode } };
}

/** The slice of mdast-util-from-markdown's compile context that the hook uses. */
interface CompileContext {
  stack: MdNode[];
}

/**
 * A unified plugin adding an `enter.labelText` handler to remark-parse's mdast compiler
 * (there is none by default, so nothing is overridden): it stores the label text's range
 * and its fragment (whose children are the link text or the image's alt) on the node.
 */
function recordLabelText(this: Processor): void {
  const data = this.data() as { fromMarkdownExtensions?: unknown[] };
  const list = (data.fromMarkdownExtensions ??= []);
  list.push({
    enter: {
      labelText(this: CompileContext, token: { start: { offset: number }; end: { offset: number } }) {
        const fragment = this.stack[this.stack.length - 1] as MdNode;
        const node = this.stack[this.stack.length - 2] as MdNode;
        node.data = { ...node.data, labelText: { start: token.start.offset, end: token.end.offset, fragment } };
      },
    },
  });
}

const withFrontMatter = unified().use(remarkParse).use(recordLabelText).use(remarkFrontmatter, ['yaml']);
/**
 * Used when the text has no (closed) front matter. remark-frontmatter 5 has a bug there:
 * after a first line `---` that is not closed, micromark recognizes no block quote or list
 * in the whole document (`---\n> a` is a paragraph; likely
 * micromark/micromark-extension-frontmatter#5). The mask reads such a body as CommonMark,
 * which is what remark-parse alone does.
 */
const plain = unified().use(remarkParse).use(recordLabelText);
/** Parents whose `html` children are HTML blocks; under any other parent `html` is inline. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem']);

const startOf = (n: MdNode): number => n.position?.start.offset ?? 0;
const endOf = (n: MdNode): number => n.position?.end.offset ?? 0;

/** The expected mask of `text` (BOM already removed) according to remark's tree. */
export function remarkMask(text: string): string {
  const flags = new Uint8Array(text.length);
  const processor = frontMatterEnd(text) > 0 ? withFrontMatter : plain;
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
    case 'image':
    case 'imageReference': {
      const label = node.data?.labelText;
      if (!label || text.charCodeAt(s) === 60) {
        markRange(flags, s, e); // an autolink (it has no label)
        return;
      }
      markRange(flags, s, label.start);
      markRange(flags, label.end, e);
      for (const child of label.fragment.children ?? []) visit(text, child, node, flags);
      return;
    }
    default:
      break;
  }
  for (const child of node.children ?? []) visit(text, child, node, flags);
}

/**
 * An HTML block: its value is its source lines without container prefixes, so each value
 * line is the tail of its source line; `maskHtmlTags` runs on the lines (joined as
 * `maskMarkdown` joins them) and its ranges are mapped back through those tails. The value
 * is cut at the source's own line endings: a `\r` line, a blank line and a `\n` line
 * read `\r\n` in the value.
 */
function markHtmlBlock(text: string, node: MdNode, flags: Uint8Array): void {
  const s = startOf(node);
  const source = text.slice(s, endOf(node));
  const value = node.value ?? '';
  const segs: number[] = [];
  const eol = /\r\n|\r|\n/g;
  let at = 0; // in `source`
  let v = 0; // in `value`
  for (;;) {
    const m = eol.exec(source);
    const line = source.slice(at, m ? m.index : source.length);
    const cut = m ? value.indexOf(m[0], v) : value.length;
    let tail = value.slice(v, cut < 0 ? value.length : cut);
    // A tab partly taken by a container prefix shows as spaces in the value: align the
    // rest of the line (leading whitespace cannot change what is a tag).
    if (!line.endsWith(tail)) tail = tail.replace(/^[ \t]+/, '');
    if (!line.endsWith(tail)) throw new Error(`html node at ${s}: value line ${JSON.stringify(tail)} is not the end of ${JSON.stringify(line)}`);
    segs.push(s + at + line.length - tail.length, s + at + line.length);
    if (!m) break;
    at = m.index + m[0].length;
    v = cut < 0 ? value.length : cut + m[0].length;
  }
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
