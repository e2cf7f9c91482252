import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { commands: { command: string }[]; walkthroughs: { steps: { id: string; description: string; media: { markdown?: string; image?: string }; completionEvents?: string[] }[] }[] };
};

describe('walkthrough', () => {
  const steps = manifest.contributes.walkthroughs.flatMap((w) => w.steps);
  const commands = new Set(manifest.contributes.commands.map((c) => c.command));

  it('has media that exist and buttons that run declared commands', () => {
    assert.ok(steps.length >= 5);
    for (const s of steps) {
      const media = s.media.markdown ?? s.media.image;
      assert.ok(media && fs.existsSync(path.join(ROOT, media)), `${s.id}: ${media}`);
      for (const m of s.description.matchAll(/\(command:([\w.]+)\)/g)) {
        assert.ok(commands.has(m[1]!) || m[1]!.startsWith('workbench.'), `${s.id}: ${m[1]}`);
      }
      for (const e of s.completionEvents ?? []) {
        const cmd = /^onCommand:(.+)$/.exec(e);
        if (cmd) assert.ok(commands.has(cmd[1]!), `${s.id}: ${e}`);
      }
    }
  });
});
