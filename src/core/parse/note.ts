/**
 * A parsed note: the one value every feature (lint, claims, summary) starts from.
 * Parsing is cheap and linear: a strict front-matter split, the `yaml` document of the
 * block, and, on first use, a masked "prose" view for claim recognition. No Markdown tree
 * is built here (docs/design.md, "Known hazards"); `mask.ts` proves its reading equals remark's.
 */
import { isMap, isScalar, isSeq, visit as yamlVisit, type Document } from 'yaml';
import type { Issue, NoteInput, Span } from '../model';
import { LineIndex } from '../text/lines';
import { parseFrontMatter, type FrontMatter } from './frontMatter';
import { maskMarkdown } from './mask';

/** A note ready for analysis. Offsets are into `text`. */
export interface Note {
  uri: string;
  /**
   * The note's text exactly as given: decoded text without the encoding's BOM, which is what
   * VS Code's TextDocument holds and what `decodeBytes` returns. A second BOM is content.
   */
  text: string;
  frontMatter: FrontMatter | null;
  /** Offset of the Markdown body (after the front matter, if any). */
  bodyStart: number;
  /** Problems found while parsing, keyed by the parse rules' ids. */
  parseIssues: Issue[];
  /** Line/column mapping, built on first use. */
  readonly lines: LineIndex;
  /**
   * The text with everything that is not prose blanked out, at unchanged offsets: HTML
   * tags, code, URLs and link destinations of the body, and all of the front matter but its
   * string values (titles and excerpts state figures too). Built on first use.
   */
  readonly prose: string;
  /** The body's prose view alone (front matter entirely blanked). */
  readonly bodyProse: string;
}

/** Parses a note. Never throws on any text. */
export function parseNote(input: NoteInput): Note {
  const text = input.text;
  const fm = parseFrontMatter(text);
  let lines: LineIndex | undefined;
  let bodyProse: string | undefined;
  let prose: string | undefined;
  const maskStart = fm.foreign ? Math.max(fm.bodyStart, fm.foreign.end) : fm.bodyStart;
  return {
    uri: input.uri,
    text,
    frontMatter: fm.frontMatter,
    bodyStart: fm.bodyStart,
    parseIssues: fm.issues,
    get lines() {
      return (lines ??= new LineIndex(text));
    },
    get bodyProse() {
      return (bodyProse ??= maskMarkdown(text, maskStart));
    },
    get prose() {
      if (prose === undefined) {
        const body = this.bodyProse;
        const values = fm.frontMatter?.doc ? stringValueSpans(fm.frontMatter.doc, fm.frontMatter.content.start) : [];
        prose = values.length === 0 ? body : overlay(body, text, values);
      }
      return prose;
    },
  };
}

/** Spans (note offsets) of the source text of every string scalar value in the front matter. */
export function stringValueSpans(doc: Document, base: number): Span[] {
  const spans: Span[] = [];
  yamlVisit(doc, {
    Pair(_key, pair) {
      const v = pair.value;
      if (isScalar(v) && typeof v.value === 'string' && v.range) spans.push({ start: base + v.range[0], end: base + v.range[1] });
      if (isSeq(v)) {
        for (const item of v.items) {
          if (isScalar(item) && typeof item.value === 'string' && item.range) spans.push({ start: base + item.range[0], end: base + item.range[1] });
        }
      }
      return isMap(v) || isSeq(v) ? undefined : yamlVisit.SKIP;
    },
  });
  return spans;
}

/** Copies `spans` of `source` into `masked` (both of the same length). */
function overlay(masked: string, source: string, spans: Span[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < pos) continue;
    parts.push(masked.slice(pos, s.start), blankQuotesAndMarkers(source.slice(s.start, s.end)));
    pos = s.end;
  }
  parts.push(masked.slice(pos));
  return parts.join('');
}

/** Block-scalar indicators and quotes around a YAML value are not prose. */
function blankQuotesAndMarkers(src: string): string {
  return src.replace(/^[>|][+-]?\d?/, (m) => ' '.repeat(m.length)).replace(/^["']|["']$/g, ' ');
}

/** 1-based line and column of an offset, as the CLI prints and the contracts define. */
export function oneBased(note: Note, offset: number): { line: number; column: number } {
  const p = note.lines.positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}
