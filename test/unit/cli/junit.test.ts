/** `lint --format junit`: well-formed XML whatever the message holds, clean files as passing cases. */
import assert from 'node:assert/strict';
import { formatJunit, xmlEscape } from '../../../src/cli/format/junit';
import type { LintRecord } from '../../../src/cli/format/records';

const rec = (file: string, severity: LintRecord['severity'], message: string, rule = 'frontmatter-schema'): LintRecord => ({
  file,
  line: 2,
  column: 1,
  endLine: 2,
  endColumn: 5,
  severity,
  rule,
  message,
});

describe('cli: junit format', () => {
  it('has a failing case per error or warning and a passing case per clean file', () => {
    const xml = formatJunit([rec('a.md', 'error', 'Missing key `title`.'), rec('a.md', 'warning', 'Placeholder'), rec('a.md', 'info', 'Spacing')], ['a.md', 'b.md']);
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="policy-notes" tests="3" failures="2">/);
    assert.equal((xml.match(/<failure /g) ?? []).length, 2);
    assert.match(xml, /<testsuite name="b.md" tests="1" failures="0" errors="0">\n {4}<testcase classname="b.md" name="policy-notes"\/>/);
    assert.doesNotMatch(xml, /Spacing/);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const xml = formatJunit([rec('x&<y>.md', 'error', 'Bad `<img onerror="x">` ]]> \u0001 \uD800 end')], ['x&<y>.md']);
    assert.ok(!xml.includes('\u0001') && !xml.includes('\uD800'));
    assert.match(xml, /x&amp;&lt;y&gt;\.md/);
    assert.match(xml, /&lt;img onerror=&quot;x&quot;&gt;/);
    assert.equal(xmlEscape("한글 'q'"), '한글 &apos;q&apos;');
  });
});
