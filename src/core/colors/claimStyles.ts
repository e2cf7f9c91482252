/**
 * How claim kinds look apart from their colour: each group of kinds has its own underline
 * style, so a reader who cannot tell two colours apart still tells the groups apart (and the
 * hover names the kind first). The colours themselves are theme colours in package.json
 * (`policyNotes.claim.<kind>Underline` and `…Background`), checked by
 * test/unit/colors/claimColors.test.ts and searched with scripts/colors/palette.mjs.
 */
import type { ClaimKind } from '../model';

export type ClaimGroup = 'amount' | 'ratio' | 'time';

export const CLAIM_GROUP: Readonly<Record<ClaimKind, ClaimGroup>> = {
  money: 'amount',
  count: 'amount',
  quantity: 'amount',
  percent: 'ratio',
  percentPoint: 'ratio',
  multiple: 'ratio',
  date: 'time',
  deadline: 'time',
  duration: 'time',
};

/** CSS border style of each group's underline. */
export const GROUP_UNDERLINE: Readonly<Record<ClaimGroup, 'solid' | 'dashed' | 'dotted'>> = {
  amount: 'solid',
  ratio: 'dashed',
  time: 'dotted',
};
