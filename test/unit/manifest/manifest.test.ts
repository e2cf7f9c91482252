/** The extension manifest and packaging rules. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { engineRuleIds, rules } from '../../../src/core/rules';
import { version } from '../../../src/cli/main';

const ROOT = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
/** The English text of a manifest string: `%key%` resolves through package.nls.json. */
const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const english = (s: string | undefined) => (s === undefined ? '' : s.replace(/^%([^%]+)%$/, (m, k: string) => nls[k] ?? m));
const sources = fs
  .readdirSync(path.join(ROOT, 'src/vscode'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => fs.readFileSync(path.join(e.parentPath, e.name), 'utf8'))
  .join('\n');

describe('manifest', () => {
  it('activates on Markdown and on a config file, never on *', () => {
    assert.deepEqual([...pkg.activationEvents].sort(), ['onLanguage:markdown', 'workspaceContains:.policynotes.json']);
  });

  it('takes every title, name, description and welcome text from package.nls.json', () => {
    const strings: string[] = [pkg.displayName, pkg.description, pkg.capabilities.untrustedWorkspaces.description];
    for (const c of pkg.contributes.commands) strings.push(c.title, c.category);
    for (const p of Object.values(pkg.contributes.configuration.properties) as Record<string, unknown>[]) {
      for (const f of ['description', 'markdownDescription']) if (typeof p[f] === 'string') strings.push(p[f] as string);
      if (Array.isArray(p.enumDescriptions)) strings.push(...(p.enumDescriptions as string[]));
    }
    for (const c of pkg.contributes.colors) strings.push(c.description);
    for (const v of Object.values(pkg.contributes.views).flat() as { name: string; contextualTitle?: string }[]) strings.push(v.name, v.contextualTitle ?? '%category%');
    for (const w of pkg.contributes.viewsWelcome) strings.push(w.contents);
    for (const w of (pkg.contributes.walkthroughs ?? []) as { title: string; description: string; steps: { title: string; description: string }[] }[]) {
      strings.push(w.title, w.description, ...w.steps.flatMap((s) => [s.title, s.description]));
    }
    for (const s of strings) {
      assert.match(s, /^%[^%]+%$/, `${s} is not a %key%`);
      assert.ok(s.slice(1, -1) in nls, `${s} is missing from package.nls.json`);
    }
    assert.equal(pkg.l10n, './l10n');
  });

  it('ships the l10n bundles and the manifest translations', () => {
    for (const entry of ['l10n/', 'package.nls*.json', 'docs/rules/']) assert.ok((pkg.files as string[]).includes(entry), entry);
  });

  it('registers every contributed command in code, and categorizes it', () => {
    for (const c of pkg.contributes.commands) {
      assert.equal(english(c.category), 'Policy Notes', c.command);
      assert.ok(sources.includes(`'${c.command}'`) || sources.includes(`"${c.command}"`), `${c.command} is registered in src/vscode`);
    }
  });

  it('declares untrusted-workspace support, and restricts every setting that names a path or pattern', () => {
    const cap = pkg.capabilities.untrustedWorkspaces;
    assert.equal(cap.supported, 'limited');
    const restricted = new Set(cap.restrictedConfigurations);
    for (const [key, schema] of Object.entries(pkg.contributes.configuration.properties) as [string, { description?: string; markdownDescription?: string }][]) {
      const text = `${english(schema.description)} ${english(schema.markdownDescription)}`;
      if (/\b(?:path|glob|pattern|regex)/i.test(text)) assert.ok(restricted.has(key), `${key} must be restricted`);
    }
  });

  it('offers the curation commands on program rows only (Mark as Program on candidates), never in the palette', () => {
    const items = pkg.contributes.menus['view/item/context'] as { command: string; when: string }[];
    const when = (id: string) => items.find((i) => i.command === `policyNotes.${id}`)?.when ?? '';
    const matches = (clause: string, viewItem: string) => new RegExp(/viewItem =~ \/(.*)\//.exec(clause)![1]!).test(viewItem);
    for (const id of ['notAProgram', 'mergeProgram', 'renameProgram']) {
      for (const v of ['program', 'program.conflict', 'candidate', 'candidate.conflict']) assert.ok(matches(when(id), v), `${id} on ${v}`);
      for (const v of ['candidates', 'target', 'mention', 'agency', 'programs']) assert.ok(!matches(when(id), v), `${id} not on ${v}`);
    }
    assert.ok(matches(when('markAsProgram'), 'candidate.conflict') && !matches(when('markAsProgram'), 'program') && !matches(when('markAsProgram'), 'candidates'));
    const palette = pkg.contributes.menus.commandPalette as { command: string; when: string }[];
    for (const id of ['notAProgram', 'markAsProgram', 'mergeProgram', 'renameProgram']) assert.equal(palette.find((p) => p.command === `policyNotes.${id}`)?.when, 'false', id);
  });

  it('contributes a colour per claim kind, for light, dark and high contrast', () => {
    const ids = pkg.contributes.colors.map((c: { id: string }) => c.id);
    for (const kind of ['money', 'count', 'percent', 'percentPoint', 'multiple', 'quantity', 'date', 'deadline', 'duration']) assert.ok(ids.includes(`policyNotes.claim.${kind}Background`));
    for (const c of pkg.contributes.colors) for (const theme of ['light', 'dark', 'highContrast']) assert.ok(c.defaults[theme], `${c.id} ${theme}`);
  });

  it('has documentation for every rule and engine id', () => {
    for (const id of [...rules.map((r) => r.id), ...Object.keys(engineRuleIds)]) assert.ok(fs.existsSync(path.join(ROOT, 'docs/rules', `${id}.md`)), id);
  });

  it('points at files that exist (grammar, snippets, JSON schema, icons)', () => {
    const c = pkg.contributes;
    for (const p of [
      ...c.grammars.map((g: { path: string }) => g.path),
      ...c.snippets.map((s: { path: string }) => s.path),
      ...c.jsonValidation.map((j: { url: string }) => j.url),
      pkg.icon,
      ...c.viewsContainers.activitybar.map((v: { icon: string }) => v.icon),
    ]) {
      assert.ok(fs.existsSync(path.join(ROOT, p)), p);
    }
    JSON.parse(fs.readFileSync(path.join(ROOT, c.grammars[0].path), 'utf8'));
  });

  it('ships only bundles and assets (the `files` list serves npm and vsce alike)', () => {
    assert.ok(Array.isArray(pkg.files) && pkg.files.length > 0, 'a files list');
    for (const entry of pkg.files as string[]) assert.ok(!/^(?:src|test|scripts|\.ci|node_modules)\b|\.map$/.test(entry), entry);
    assert.ok(!fs.existsSync(path.join(ROOT, '.vscodeignore')), 'one list: a .vscodeignore would be a second one');
  });

  it('declares no runtime dependency: the bundles contain what they use', () => {
    assert.deepEqual(Object.keys(pkg.dependencies ?? {}), []);
    assert.match(pkg.engines.node, /^>=\s*20/);
  });

  it('reports the package version from the CLI', () => {
    assert.equal(version(), pkg.version);
    assert.match(fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'), new RegExp(`## \\[${pkg.version.replace(/\./g, '\\.')}\\]`));
  });
});
