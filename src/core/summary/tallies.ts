/** Running tallies of a program's names and agencies: how often each occurs, and where first. */

/**
 * How often a program's surface form or agency occurs, and where first (a position key:
 * file order, then place in the note; agencies of targets after those of mentions, as
 * `buildProgram` counts them). `first` is -1 once the share holding it went away: it is
 * looked up again when the program is next built.
 */
export interface Seen {
  count: number;
  first: number;
  firstOrder: number;
}

/** Positions within a note (mentions or targets) are below this; orders of notes below 2^31. */
export const IN_NOTE = 2 ** 20;
/** Agencies of targets count after every agency of a mention. */
export const TARGET_PHASE = 2 ** 51;

export function position(order: number, index: number): number {
  return order * IN_NOTE + Math.min(index, IN_NOTE - 1);
}

export function tallyOne(map: Map<string, Seen>, value: string, pos: number, order: number, add: boolean): void {
  const e = map.get(value);
  if (add) {
    if (!e) map.set(value, { count: 1, first: pos, firstOrder: order });
    else {
      e.count++;
      if (e.first !== -1 && pos < e.first) {
        e.first = pos;
        e.firstOrder = order;
      }
    }
  } else if (e) {
    if (--e.count === 0) map.delete(value);
    else if (e.firstOrder === order) e.first = -1;
  }
}
