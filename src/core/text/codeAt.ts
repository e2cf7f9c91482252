/**
 * `s.charCodeAt(i)`, with the range checked first. The scanners read one character past
 * either end of a string all the time (`NaN` is "no character" to every test they make),
 * and V8's optimizing compiler speculates that `charCodeAt` stays in range: each call site
 * that reads out of range throws its function's optimized code away once, and the function
 * is compiled again. On a cold workspace index that recompilation cost seconds of
 * compiler-thread CPU. With the check here, no read leaves the string.
 */
export function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : NaN;
}
