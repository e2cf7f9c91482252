/**
 * Exact decimal arithmetic for claim values.
 *
 * Korean amounts are written as sums of scaled groups (`1조 4,517억`, `251.8억`). Doing
 * that in floating point gives `25180000000.000004`-style answers, so every value is kept as
 * a BigInt mantissa with a decimal scale, and only the final result is turned into a
 * `number` (exact below 2^53, which covers anything below 9,007조).
 */

/** A decimal number: `int / 10^scale`. `scale` is the count of written fraction digits. */
export interface Dec {
  readonly int: bigint;
  readonly scale: number;
}

/** Zero, with no fraction digits. */
export const ZERO: Dec = { int: 0n, scale: 0 };

/**
 * Builds a decimal from the digits before and after the point, exactly as written, so
 * `9.0` keeps its one fraction digit.
 */
export function decFromDigits(intDigits: string, fracDigits = ''): Dec {
  const digits = (intDigits || '0') + fracDigits;
  return { int: BigInt(digits), scale: fracDigits.length };
}

/** A small non-negative integer as a decimal. */
export function decInt(n: number): Dec {
  return { int: BigInt(n), scale: 0 };
}

/**
 * Multiplies by 10^k (k may be negative). Positive powers first consume written fraction
 * digits, so `251.8` × 10^8 becomes the integer 25180000000 rather than `25180000000.0`.
 */
export function decShift(d: Dec, k: number): Dec {
  if (k >= 0) {
    if (k <= d.scale) return { int: d.int, scale: d.scale - k };
    return { int: d.int * 10n ** BigInt(k - d.scale), scale: 0 };
  }
  return { int: d.int, scale: d.scale - k };
}

/** Exact sum; the result keeps the larger scale. */
export function decAdd(a: Dec, b: Dec): Dec {
  if (a.scale === b.scale) return { int: a.int + b.int, scale: a.scale };
  if (a.scale > b.scale) return { int: a.int + b.int * 10n ** BigInt(a.scale - b.scale), scale: a.scale };
  return { int: a.int * 10n ** BigInt(b.scale - a.scale) + b.int, scale: b.scale };
}

/** The decimal with its sign flipped. */
export function decNeg(d: Dec): Dec {
  return { int: -d.int, scale: d.scale };
}

/** Compares two decimals: negative, zero or positive like `a - b`. */
export function decCompare(a: Dec, b: Dec): number {
  const s = Math.max(a.scale, b.scale);
  const x = a.int * 10n ** BigInt(s - a.scale);
  const y = b.int * 10n ** BigInt(s - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The canonical decimal string: no exponent, no grouping, written fraction digits kept
 * (`9.0` stays `9.0`; `25180000000` has none left after scaling).
 */
export function decToString(d: Dec): string {
  const neg = d.int < 0n;
  let digits = (neg ? -d.int : d.int).toString();
  if (d.scale > 0) {
    if (digits.length <= d.scale) digits = '0'.repeat(d.scale - digits.length + 1) + digits;
    digits = digits.slice(0, digits.length - d.scale) + '.' + digits.slice(digits.length - d.scale);
  }
  return (neg ? '-' : '') + digits;
}
