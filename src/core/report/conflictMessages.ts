/**
 * Texts of the `program-figure-conflict` diagnostic, one for each side of a conflict.
 *
 * The core's `Conflict.message` names both places by full URI (right for the CLI, which
 * passes display paths, noisy in the editor). Here each side gets its own sentence, in the
 * project's "Unexpected X, expected Y" form on the side that differs and a plain
 * statement on the side most articles agree with, naming the other place by `label`.
 */
import type { Conflict, FigureRef } from '../summary';

/** The diagnostic text at one side, and the text of its related-information link to the other. */
export interface SideText {
  message: string;
  related: string;
}

function stated(r: FigureRef): string {
  return `\`${r.text}\`${r.deadline ? ` by ${r.deadline}` : ''}`;
}

/** Messages for the majority side (`a`) and the differing side (`b`) of a conflict. */
export function conflictMessages(c: Conflict, label: (file: string) => string): { a: SideText; b: SideText } {
  const at = (r: FigureRef) => `${label(r.file)}:${r.line}`;
  if (c.reason === 'deadline') {
    return {
      b: {
        message: `Unexpected deadline \`${c.b.deadline}\` for ${c.program} ${stated({ ...c.b, deadline: null })}, expected \`${c.a.deadline}\` as stated in ${at(c.a)}.`,
        related: `Other deadline: ${stated(c.a)}`,
      },
      a: {
        message: `${c.program} ${stated(c.a)} conflicts with ${stated(c.b)} in ${at(c.b)}.`,
        related: `Other deadline: ${stated(c.b)}`,
      },
    };
  }
  return {
    b: {
      message: `Unexpected ${stated(c.b)} for ${c.program}, expected ${stated(c.a)} as stated in ${at(c.a)}.`,
      related: `Other figure: ${stated(c.a)}`,
    },
    a: {
      message: `${c.program} ${stated(c.a)} conflicts with ${stated(c.b)} in ${at(c.b)}.`,
      related: `Other figure: ${stated(c.b)}`,
    },
  };
}

/** Related places listed on one diagnostic at most; the message gives the full count. */
export const MAX_RELATED = 20;

/**
 * The text of one diagnostic for a statement that conflicts with several others (a figure
 * most articles agree with, and many that differ from it): the first conflict's sentence and
 * how many more there are, each of them a related place.
 */
export function mergedMessage(first: string, others: number): string {
  if (others === 0) return first;
  return `${first} It also conflicts with ${others} other statement${others === 1 ? '' : 's'}: see the related places${others + 1 > MAX_RELATED ? ` (the first ${MAX_RELATED})` : ''}.`;
}
