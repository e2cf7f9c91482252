import * as assert from 'node:assert/strict';
import { ciede2000, contrast, parseHex, simulate, toLab } from '../../../src/core/colors/perception';

/** Sharma, Wu and Dalal (2005), Table 1: L*a*b* of each pair and their CIEDE2000 difference. */
const SHARMA: [number, number, number, number, number, number, number][] = [
  [50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425],
  [50.0, 3.1571, -77.2803, 50.0, 0.0, -82.7485, 2.8615],
  [50.0, 2.8361, -74.02, 50.0, 0.0, -82.7485, 3.4412],
  [50.0, -1.3802, -84.2814, 50.0, 0.0, -82.7485, 1.0],
  [50.0, -1.1848, -84.8006, 50.0, 0.0, -82.7485, 1.0],
  [50.0, -0.9009, -85.5211, 50.0, 0.0, -82.7485, 1.0],
  [50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669],
  [50.0, -1.0, 2.0, 50.0, 0.0, 0.0, 2.3669],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0009, 7.1792],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.001, 7.1792],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0011, 7.2195],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0012, 7.2195],
  [50.0, -0.001, 2.49, 50.0, 0.0009, -2.49, 4.8045],
  [50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492],
  [50.0, 2.5, 0.0, 61.0, -5.0, 29.0, 22.8977],
  [50.0, 2.5, 0.0, 56.0, -27.0, -3.0, 31.903],
  [50.0, 2.5, 0.0, 58.0, 24.0, 15.0, 19.4535],
  [50.0, 2.5, 0.0, 50.0, 3.1736, 0.5854, 1.0],
  [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
  [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
  [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
  [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
  [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
  [36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
  [90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
  [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
  [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
  [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
];

describe('colour perception', () => {
  it('computes CIEDE2000 as the Sharma 2005 test data', () => {
    for (const [l1, a1, b1, l2, a2, b2, expected] of SHARMA) {
      const got = ciede2000([l1, a1, b1], [l2, a2, b2]);
      assert.ok(Math.abs(got - expected) < 5e-5, `${[l1, a1, b1, l2, a2, b2].join(', ')}: ${got} != ${expected}`);
      assert.ok(Math.abs(ciede2000([l2, a2, b2], [l1, a1, b1]) - got) < 1e-9, 'symmetric');
    }
  });

  it('computes WCAG contrast and CIELAB of known colours', () => {
    assert.equal(contrast(parseHex('#000000'), parseHex('#ffffff')), 21);
    assert.ok(Math.abs(contrast(parseHex('#767676'), parseHex('#ffffff')) - 4.54) < 0.01);
    const white = toLab(parseHex('#ffffff'));
    assert.ok(Math.abs(white[0] - 100) < 1e-3 && Math.abs(white[1]) < 1e-3 && Math.abs(white[2]) < 1e-3);
    const red = toLab(parseHex('#ff0000'));
    assert.ok(Math.abs(red[0] - 53.24) < 0.01 && Math.abs(red[1] - 80.09) < 0.01 && Math.abs(red[2] - 67.2) < 0.01, red.join(', '));
  });

  it('simulates deuteranopia and protanopia with the Machado 2009 matrices in linear RGB', () => {
    // Greys stay grey (each matrix row sums to 1), and red and green collapse towards one hue.
    for (const v of ['deuteranopia', 'protanopia'] as const) {
      const grey = simulate(parseHex('#808080'), v);
      for (const c of grey) assert.ok(Math.abs(c - 128 / 255) < 0.003, `${v}: ${grey.join(', ')}`);
      const red = toLab(simulate(parseHex('#d32f2f'), v));
      const green = toLab(simulate(parseHex('#388e3c'), v));
      assert.ok(ciede2000(red, green) < ciede2000(toLab(parseHex('#d32f2f')), toLab(parseHex('#388e3c'))) / 2, v);
    }
  });
});
