// Searches claim colours for one theme: every colour at least 3:1 against the theme's default
// editor background(s), every pair at least 10 apart (CIEDE2000) as seen normally and with
// simulated deuteranopia and protanopia, staying as close to the seed hues as that allows.
// Margins above those limits absorb rounding. package.json's `contributes.colors` holds the
// chosen ones; test/unit/colors/claimColors.test.ts checks them.
//   npx tsx scripts/colors/palette.ts <background[,background…]> <seed hexes in kind order…>
import { ciede2000, contrast, minDistance, parseHex, toHex, toLab, type Rgb, type Vision } from '../../src/core/colors/perception';

const backgrounds = (process.argv[2] ?? '#ffffff').split(',').map(parseHex);
const seeds = process.argv.slice(3).map(parseHex);
const N = seeds.length;
const MIN_CONTRAST = 3.3;
const MIN_DISTANCE = 12;
const VISIONS: Vision[] = ['normal', 'deuteranopia', 'protanopia'];

const okContrast = (c: Rgb): boolean => backgrounds.every((bg) => contrast(c, bg) >= MIN_CONTRAST);
const distance = (cols: Rgb[]): number => Math.min(...VISIONS.map((v) => minDistance(cols, v).distance));
function score(cols: Rgb[]): number {
  if (!cols.every(okContrast)) return -1e9;
  const d = distance(cols);
  if (d < MIN_DISTANCE) return d - 1000;
  return -cols.reduce((sum, c, i) => sum + ciede2000(toLab(seeds[i]!), toLab(c)), 0);
}
const clamp = (x: number): number => Math.min(1, Math.max(0, x));
const jitter = (c: Rgb, s: number): Rgb => [clamp(c[0] + (Math.random() - 0.5) * s), clamp(c[1] + (Math.random() - 0.5) * s), clamp(c[2] + (Math.random() - 0.5) * s)];

let best: Rgb[] = seeds;
let bestScore = -Infinity;
for (let restart = 0; restart < 8; restart++) {
  let cols = seeds.map((s) => jitter(s, restart === 0 ? 0 : 0.2));
  let s = score(cols);
  for (let step = 0; step < 8000; step++) {
    const i = Math.floor(Math.random() * N);
    const next = cols.slice();
    next[i] = jitter(cols[i]!, step < 4000 ? 0.25 : 0.05);
    const ns = score(next);
    if (ns >= s) [cols, s] = [next, ns];
  }
  if (s > bestScore) [best, bestScore] = [cols, s];
}
console.log(JSON.stringify({ distance: distance(best).toFixed(2), colors: best.map(toHex), contrast: best.map((c) => Math.min(...backgrounds.map((bg) => contrast(c, bg))).toFixed(2)) }));
