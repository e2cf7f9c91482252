import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CLAIM_GROUP, GROUP_UNDERLINE } from '../../../src/core/colors/claimStyles';
import { ciede2000, contrast, parseHex, simulate, toLab, type Vision } from '../../../src/core/colors/perception';
import type { ClaimKind } from '../../../src/core/model';

type Theme = 'light' | 'dark' | 'highContrast' | 'highContrastLight';
const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
  contributes: { colors: { id: string; defaults: Record<Theme, string> }[] };
};
const colors = new Map(manifest.contributes.colors.map((c) => [c.id, c.defaults]));

/** Default editor backgrounds of VS Code's themes of each kind (Light/Dark Modern and +, High Contrast). */
const BACKGROUNDS: Record<Theme, string[]> = {
  light: ['#FFFFFF'],
  dark: ['#1F1F1F', '#1E1E1E'],
  highContrast: ['#000000'],
  highContrastLight: ['#FFFFFF'],
};
const VISIONS: Vision[] = ['normal', 'deuteranopia', 'protanopia'];
/** Every kind: CLAIM_GROUP is typed to have one entry per kind. */
const ALL_KINDS = Object.keys(CLAIM_GROUP) as ClaimKind[];

describe('claim colours', () => {
  for (const theme of Object.keys(BACKGROUNDS) as Theme[]) {
    const underline = ALL_KINDS.map((k) => ({ kind: k, hex: colors.get(`policyNotes.claim.${k}Underline`)?.[theme] ?? '' }));

    it(`${theme}: each kind's underline is at least 3:1 against the editor background`, () => {
      for (const { kind, hex } of underline) {
        for (const bg of BACKGROUNDS[theme]) {
          const ratio = contrast(parseHex(hex), parseHex(bg));
          assert.ok(ratio >= 3, `${kind} ${hex} on ${bg}: ${ratio.toFixed(2)}:1`);
        }
      }
    });

    it(`${theme}: every pair of kinds is at least 10 apart (CIEDE2000), normally and with deuteranopia or protanopia`, () => {
      for (const vision of VISIONS) {
        const labs = underline.map((u) => toLab(simulate(parseHex(u.hex), vision)));
        for (let i = 0; i < labs.length; i++) {
          for (let j = i + 1; j < labs.length; j++) {
            const d = ciede2000(labs[i]!, labs[j]!);
            assert.ok(d >= 10, `${vision}: ${underline[i]!.kind} ${underline[i]!.hex} and ${underline[j]!.kind} ${underline[j]!.hex} are ${d.toFixed(1)} apart`);
          }
        }
      }
    });

    it(`${theme}: each kind's background is a tint of its underline colour`, () => {
      for (const { kind, hex } of underline) {
        const bg = colors.get(`policyNotes.claim.${kind}Background`)?.[theme] ?? '';
        assert.equal(bg.slice(0, 7).toUpperCase(), hex.toUpperCase(), kind);
        assert.match(bg, /^#[0-9A-F]{8}$/i, `${kind}: a translucent tint`);
      }
    });
  }

  it('gives each group of kinds its own underline style', () => {
    const groups = [...new Set(ALL_KINDS.map((k) => CLAIM_GROUP[k]))];
    assert.equal(new Set(groups.map((g) => GROUP_UNDERLINE[g])).size, groups.length);
  });
});
