/** Localization: bundles complete in both languages, Korean particles, Korean messages and values. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveParticles } from '../../../src/core/l10n/particles';
import { currentLocale, deadlineLabel, localeOf, setLocale, t } from '../../../src/core/l10n';
import { localeFromEnv, useLocale } from '../../../src/core/l10n/load';
import { findClaims } from '../../../src/core/claims';
import { explainValue, koreanWords } from '../../../src/core/explain';
import { lintNote } from '../../../src/core/lint';
import { parseNote } from '../../../src/core/parse/note';
import { localizedDocsPath } from '../../../src/core/rules/types';
import { main } from '../../../src/cli/main';
import { memoryIo } from '../../../src/cli/io';
import type { LintRecord } from '../../../src/cli/format/records';
import { tempWorkspace } from '../helpers';

const root = path.resolve(__dirname, '../../..');
const json = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, string | { message: string }>;
const text = (v: string | { message: string }) => (typeof v === 'string' ? v : v.message);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Both bundles have the same keys, and each translation the placeholders of its original. */
function assertSameShape(enFile: string, koFile: string, keyIsText: boolean) {
  const en = json(enFile);
  const ko = json(koFile);
  assert.deepEqual(Object.keys(ko).filter((k) => !(k in en)), [], `${koFile} has keys ${enFile} lacks`);
  assert.deepEqual(Object.keys(en).filter((k) => !(k in ko)), [], `${koFile} lacks keys of ${enFile}`);
  for (const k of Object.keys(en)) {
    const want = placeholders(keyIsText ? k : text(en[k]!));
    assert.deepEqual(placeholders(text(ko[k]!)), want, `placeholders of ${JSON.stringify(k)} in ${koFile}`);
    assert.ok(text(ko[k]!).trim() !== '', `empty translation of ${k}`);
  }
}

describe('l10n: bundles', () => {
  it('the English bundle lists every message of the source', async () => {
    const script = pathToFileURL(path.join(root, 'scripts/l10n.mjs')).href;
    const { englishBundle } = (await import(script)) as { englishBundle(): string };
    assert.equal(fs.readFileSync(path.join(root, 'l10n/bundle.l10n.json'), 'utf8'), englishBundle(), 'run node scripts/l10n.mjs');
  });

  it('the Korean bundle translates every message with the same placeholders, and nothing else', () => {
    assertSameShape('l10n/bundle.l10n.json', 'l10n/bundle.l10n.ko.json', true);
  });

  it('every rule page has a Korean page beside it, and a diagnostic links to the reader\'s one', () => {
    const pages = fs.readdirSync(path.join(root, 'docs/rules')).filter((f) => f.endsWith('.md'));
    assert.ok(pages.length > 20);
    for (const page of pages) {
      const ko = fs.readFileSync(path.join(root, 'docs/rules/ko', page), 'utf8');
      assert.ok(ko.startsWith(`# ${page.slice(0, -3)}\n`), page);
      assert.match(ko, /기본 심각도|[가-힣]{4}/, page);
    }
    assert.equal(localizedDocsPath('yaml-syntax', 'ko'), 'docs/rules/ko/yaml-syntax.md');
    assert.equal(localizedDocsPath('yaml-syntax', 'en'), 'docs/rules/yaml-syntax.md');
  });

  it('package.nls.ko.json translates every manifest string with the same placeholders', () => {
    assertSameShape('package.nls.json', 'package.nls.ko.json', false);
  });
});

describe('l10n: particles', () => {
  const cases: [string, string][] = [
    ['`source`이(가) 없습니다', '`source`가 없습니다'],
    ['`title`이(가) 없습니다', '`title`이 없습니다'],
    ['`name`을(를) 쓰기', '`name`을 쓰기'],
    ['`date`은(는)', '`date`는'],
    ['키이(가)', '키가'],
    ['값이(가)', '값이'],
    ['`1`이(가)', '`1`이'],
    ['`2`이(가)', '`2`가'],
    ['`10`이(가)', '`10`이'],
    ['`2025-13-02`이(가)', '`2025-13-02`가'],
    ['`370조`이(가)', '`370조`가'],
    ['`1000000000000`이(가)', '`1000000000000`가'],
    ['`L`이(가)', '`L`이'],
    ['`L`(으)로', '`L`로'],
    ['`M`(으)로', '`M`으로'],
    ['`CSV`와(과)', '`CSV`와'],
    ['`image.png`이(가)', '`image.png`가'],
    ['`200만 원`(으)로', '`200만 원`으로'],
    ['`서울`(으)로', '`서울`로'],
    ['`file`(으)로', '`file`로'],
    ['`deadline`을(를)', '`deadline`을'],
    ['`0.5`이(가)', '`0.5`가'],
  ];
  for (const [written, want] of cases) {
    it(`${written} → ${want}`, () => assert.equal(resolveParticles(written), want));
  }
});

describe('l10n: locale choice', () => {
  it('takes --locale, then LC_ALL, LC_MESSAGES and LANG, else English', () => {
    assert.equal(localeFromEnv('ko', { LANG: 'en_US.UTF-8' }), 'ko');
    assert.equal(localeFromEnv(undefined, { LANG: 'ko_KR.UTF-8' }), 'ko');
    assert.equal(localeFromEnv(undefined, { LC_ALL: 'C', LANG: 'ko_KR.UTF-8' }), 'en');
    assert.equal(localeFromEnv(undefined, { LC_MESSAGES: 'ko_KR', LANG: 'en_US' }), 'ko');
    assert.equal(localeFromEnv(undefined, {}), 'en');
    assert.equal(localeOf('ja'), 'en');
  });
});

describe('l10n: Korean text from the core', () => {
  afterEach(() => setLocale('en'));

  it('rule findings read Korean with agreeing particles; English is unchanged', () => {
    const note = parseNote({ uri: 'a.md', text: '---\ntitle: 수출\ncategories: [News]\nexcerpt: 요약\ndate: 2025-13-02\n---\n\n본문 TODO\n' });
    const en = lintNote(note).map((i) => i.message);
    useLocale('ko');
    assert.equal(currentLocale(), 'ko');
    const ko = lintNote(note).map((i) => i.message);
    assert.equal(ko.length, en.length);
    assert.ok(ko.includes('예기치 않은 날짜 `2025-13-02`가 있습니다. 실제 날짜(YYYY-MM-DD)가 필요합니다.'), ko.join('\n'));
    assert.ok(ko.includes('자리 표시자 `TODO`가 남아 있습니다. 최종 텍스트가 필요합니다.'), ko.join('\n'));
    assert.ok(en.includes('Unexpected placeholder `TODO`, expected the final text.'));
  });

  it('writes deadlines as a Korean reader does, and keeps ISO for English', () => {
    assert.equal(deadlineLabel('2027'), '2027');
    useLocale('ko');
    assert.equal(deadlineLabel('2027'), '2027년');
    assert.equal(deadlineLabel('2025-12'), '2025년 12월');
    assert.equal(deadlineLabel('2025-03-05'), '2025년 3월 5일');
    assert.equal(deadlineLabel('향후 5년'), '향후 5년');
    assert.equal(t('by {0}', deadlineLabel('2027')), '2027년까지');
  });

  it('explains values in Korean digit groups and units', () => {
    useLocale('ko');
    const explain = (s: string) => findClaims(s, { anchorYear: 2025 }).map((c) => explainValue(c));
    assert.deepEqual(explain('무역금융 370조 원'), ['370,000,000,000,000원 (370조 원)']);
    assert.deepEqual(explain('금리 0.5%p 인상'), ['0.5%p (0.5퍼센트포인트)']);
    assert.deepEqual(explain('3~5년 이내'), ['3~5년']);
    assert.equal(koreanWords(1.2345e12), '1조 2,345억');
    assert.equal(koreanWords(12000), '1만 2,000');
    setLocale('en');
    assert.deepEqual(explain('무역금융 370조 원'), ['370,000,000,000,000 KRW (370 trillion won)']);
  });

  it('words the schema validator\'s own texts in Korean too (ajv-i18n), and JSON types by their Korean names', () => {
    const note = parseNote({ uri: 'a.md', text: '---\ntitle: ""\ncategories: News\nexcerpt: 요약\n---\n\n본문\n' });
    useLocale('ko');
    const ko = lintNote(note).map((i) => i.message);
    assert.ok(ko.some((m) => m.startsWith('`title`에 예기치 않은') && m.includes('최소 1글자')), ko.join('\n'));
    assert.ok(ko.some((m) => m.includes('배열이 필요합니다')), ko.join('\n'));
  });

  it('a string with no translation falls back to English', () => {
    useLocale('ko');
    assert.equal(t('No translation {0}', 1), 'No translation 1');
  });
});

describe('l10n: CLI', () => {
  afterEach(() => setLocale('en'));
  const note = '---\ntitle: 수출\ncategories: News\nexcerpt: 요약\ndate: 2025-13-02\n---\n\n수출 200만원 TODO\n';

  it('LANG=ko_KR.UTF-8 prints Korean; --locale overrides the environment', async () => {
    const cwd = tempWorkspace({ 'a.md': note }, 'pn-l10n-');
    const ko = memoryIo(cwd, { LANG: 'ko_KR.UTF-8', PN_WORKERS: '0' });
    assert.equal(await main(['lint', 'a.md'], ko), 1);
    assert.match(ko.out, /자리 표시자 `TODO`가 남아 있습니다/);
    assert.match(ko.out, /오류 \d+개, 경고 \d+개, 정보 \d+개/);
    const en = memoryIo(cwd, { LANG: 'ko_KR.UTF-8', PN_WORKERS: '0' });
    await main(['lint', '--locale', 'en', 'a.md'], en);
    assert.match(en.out, /Unexpected placeholder `TODO`/);
    const help = memoryIo(cwd, { LC_ALL: 'ko_KR.UTF-8' });
    assert.equal(await main(['--help'], help), 0);
    assert.match(help.out, /종료 코드: 0 /);
  });

  it('--format json is byte-identical between locales except the message fields', async () => {
    const cwd = tempWorkspace({ 'a.md': note, 'b.md': '# 제목\n\n본문\n' }, 'pn-l10n-');
    const run = async (locale: string) => {
      const io = memoryIo(cwd, { PN_WORKERS: '0' });
      await main(['lint', '--locale', locale, '--format', 'json', '.'], io);
      return io.out;
    };
    const [en, ko] = [await run('en'), await run('ko')];
    assert.notEqual(en, ko);
    assert.ok((JSON.parse(en) as LintRecord[]).length > 3);
    // The same bytes once the message strings are emptied.
    const strip = (out: string) => out.replace(/"message": "(?:[^"\\]|\\.)*"/g, '"message": ""');
    assert.equal(strip(ko), strip(en));
    const koMessages = (JSON.parse(ko) as LintRecord[]).map((r) => r.message);
    assert.ok(koMessages.every((m) => /[가-힣]/.test(m)), koMessages.join('\n'));
  });
});
