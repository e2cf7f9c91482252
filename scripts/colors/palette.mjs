// Searches claim colours for one theme: every colour at least 3:1 against the theme's default
// editor background, and every pair at least 10 apart (CIEDE2000) as seen normally and under
// simulated deuteranopia and protanopia (Machado 2009, culori's filters). Prints the palette;
// package.json's `contributes.colors` holds the chosen ones and test/unit/colors checks them.
//   node scripts/colors/palette.mjs <background hex> [seed hexes...]
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, formatHex, parse, wcagContrast } from 'culori';

const bg = process.argv[2] ?? '#ffffff';
const seeds = process.argv.slice(3);
const N = 9;
const de = differenceCiede2000();
const views = [(c) => c, filterDeficiencyDeuter(1), filterDeficiencyProt(1)];
const MIN_CONTRAST = 3.3;

function rgb(h) { return parse(h); }
const MIN_DISTANCE = 12;
function minDistance(cols) {
  let min = Infinity;
  for (const v of views) {
    const seen = cols.map(v);
    for (let i = 0; i < seen.length; i++) for (let j = i + 1; j < seen.length; j++) min = Math.min(min, de(seen[i], seen[j]));
  }
  return min;
}
// Feasible palettes (contrast and distance met) score by how close they stay to the seed hues.
function score(cols) {
  for (const c of cols) if (wcagContrast(c, bg) < MIN_CONTRAST) return -1e9;
  const min = minDistance(cols);
  if (min < MIN_DISTANCE) return min - 1000;
  return seeds.length ? -cols.reduce((sum, c, i) => sum + (seeds[i] ? de(rgb(seeds[i]), c) : 0), 0) : min;
}
function rand() { return { mode: 'rgb', r: Math.random(), g: Math.random(), b: Math.random() }; }
function clamp(x) { return Math.min(1, Math.max(0, x)); }
function jitter(c, s) { return { mode: 'rgb', r: clamp(c.r + (Math.random() - 0.5) * s), g: clamp(c.g + (Math.random() - 0.5) * s), b: clamp(c.b + (Math.random() - 0.5) * s) }; }
function valid() { let c; do c = rand(); while (wcagContrast(c, bg) < MIN_CONTRAST); return c; }

let best = null, bestScore = -Infinity;
for (let restart = 0; restart < 40; restart++) {
  let cols = Array.from({ length: N }, (_, i) => (seeds[i] && restart % 2 === 0 ? rgb(seeds[i]) : valid()));
  if (restart >= 12) break;
  let s = score(cols);
  for (let step = 0; step < 6000; step++) {
    const i = Math.floor(Math.random() * N);
    const next = cols.slice();
    next[i] = jitter(cols[i], step < 3000 ? 0.3 : 0.08);
    const ns = score(next);
    if (ns >= s) { cols = next; s = ns; }
  }
  if (s > bestScore) { bestScore = s; best = cols; }
}
console.log(JSON.stringify({ bg, min: minDistance(best).toFixed(2), score: bestScore.toFixed(1), colors: best.map((c) => formatHex(c)), contrast: best.map((c) => wcagContrast(c, bg).toFixed(2)) }));
