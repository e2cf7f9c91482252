/**
 * Sharing the strings of note summaries that arrive as copies: a worker's answer or a line of
 * the index cache gives every mention and figure its own copy of the note's URI, of its
 * sentence and of names such as `무역금융`. The workspace index holds thousands of notes, so
 * it keeps one copy of each instead (about a fifth less heap for 20,000 notes; less for the
 * garbage collector to walk). Values never change: only which copy holds them.
 */
import type { NoteSummary } from './types';

/** Short strings longer than this are not worth a table entry. */
const SHORT = 64;

/** The copy of `s` the table holds, adding `s` when it holds none. */
function firstCopy(table: Map<string, string>, s: string): string {
  const hit = table.get(s);
  if (hit !== undefined) return hit;
  table.set(s, s);
  return s;
}

/**
 * A sharer with its own table of short strings (cleared when it holds `limit` of them).
 * Call it on a note summary before the index keeps it: in place, it returns the same note.
 */
export function createStringSharer(limit = 50_000): { note(n: NoteSummary): NoteSummary; string(s: string): string } {
  const table = new Map<string, string>();
  const short = (s: string): string => {
    if (s.length > SHORT) return s;
    if (table.size >= limit && !table.has(s)) table.clear();
    return firstCopy(table, s);
  };
  // Anything but a string (null, or a field a producer left out) is kept as it is.
  const maybe = (s: string | null): string | null => (typeof s === 'string' ? short(s) : s);
  return {
    string: short,
    note(n) {
      const sentences = new Map<string, string>();
      const sentence = (s: string): string => firstCopy(sentences, s);
      for (const m of n.programs) {
        m.file = n.file;
        m.sentence = sentence(m.sentence);
        m.name = short(m.name);
        m.key = short(m.key);
        m.agency = maybe(m.agency);
      }
      for (const f of n.figures) {
        f.file = n.file;
        f.sentence = sentence(f.sentence);
        f.text = short(f.text);
        f.program = maybe(f.program);
        f.programKey = maybe(f.programKey);
        f.agency = maybe(f.agency);
        f.unit = maybe(f.unit);
        f.deadline = maybe(f.deadline);
        f.deadlineText = maybe(f.deadlineText);
      }
      return n;
    },
  };
}
