/**
 * Yielding to the event loop: long main-thread work (a merge of thousands of notes, the
 * stats of a large workspace) runs in slices, so the editor's host answers in between.
 */

/** Longest stretch of main-thread work before yielding (ms). */
export const SLICE_MS = 8;

/** Resolves in a macrotask of its own: what is queued before (events, messages) runs first. */
export function yieldNow(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A clock for work in slices: `await slice.pause()` yields once the current slice passed
 * `ms`, else resolves at once (no task is queued).
 */
export function slicer(ms = SLICE_MS): { pause(): Promise<void> | undefined; due(): boolean } {
  let start = performance.now();
  return {
    due: () => performance.now() - start > ms,
    pause() {
      if (performance.now() - start <= ms) return undefined;
      return yieldNow().then(() => void (start = performance.now()));
    },
  };
}

/**
 * Runs `fn` over `items`, yielding whenever a stretch of work passes SLICE_MS. The clock is
 * read every 8 items, so costly items (code not yet optimized, in a fresh host) still make
 * short slices.
 */
export async function inSlices<T>(items: readonly T[], fn: (item: T, i: number) => void): Promise<void> {
  let slice = performance.now();
  for (let i = 0; i < items.length; i++) {
    fn(items[i]!, i);
    if ((i & 7) === 7 && performance.now() - slice > SLICE_MS) {
      await yieldNow();
      slice = performance.now();
    }
  }
}
