/**
 * Texts of the `program-figure-conflict` diagnostic, one for each side of a conflict.
 *
 * The core's `Conflict.message` names both places by full URI (right for the CLI, which
 * passes display paths, noisy in the editor). Here each side gets its own sentence, in the
 * project's "Unexpected X, expected Y" form on the side that differs and a plain
 * statement on the side most articles agree with, naming the other place by `label`.
 */
import type { Conflict, FigureRef } from '../summary';
import { deadlineLabel, t } from '../l10n';

/** The diagnostic text at one side, and the text of its related-information link to the other. */
export interface SideText {
  message: string;
  related: string;
}

function stated(r: FigureRef): string {
  return r.deadline ? t('`{0}` by {1}', r.text, deadlineLabel(r.deadline)) : `\`${r.text}\``;
}

/** Messages for the majority side (`a`) and the differing side (`b`) of a conflict. */
export function conflictMessages(c: Conflict, label: (file: string) => string): { a: SideText; b: SideText } {
  const at = (r: FigureRef) => `${label(r.file)}:${r.line}`;
  if (c.reason === 'deadline') {
    return {
      b: {
        message: t('Unexpected deadline `{0}` for {1} {2}, expected `{3}` as stated in {4}.', c.b.deadline ?? '', c.program, stated({ ...c.b, deadline: null }), c.a.deadline ?? '', at(c.a)),
        related: t('Other deadline: {0}', stated(c.a)),
      },
      a: {
        message: t('{0} {1} conflicts with {2} in {3}.', c.program, stated(c.a), stated(c.b), at(c.b)),
        related: t('Other deadline: {0}', stated(c.b)),
      },
    };
  }
  return {
    b: {
      message: t('Unexpected {0} for {1}, expected {2} as stated in {3}.', stated(c.b), c.program, stated(c.a), at(c.a)),
      related: t('Other figure: {0}', stated(c.a)),
    },
    a: {
      message: t('{0} {1} conflicts with {2} in {3}.', c.program, stated(c.a), stated(c.b), at(c.b)),
      related: t('Other figure: {0}', stated(c.b)),
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
  const more =
    others === 1
      ? t('It also conflicts with 1 other statement: see the related places.')
      : others + 1 > MAX_RELATED
        ? t('It also conflicts with {0} other statements: see the related places (the first {1}).', others, MAX_RELATED)
        : t('It also conflicts with {0} other statements: see the related places.', others);
  return `${first} ${more}`;
}
