/**
 * JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure): one test suite
 * per file, one failing test case per finding (errors and warnings; infos are left out, as
 * they never fail a run), and one passing case for a file with none, so a report lists
 * every file checked.
 */
import type { LintRecord } from './records';

/** Characters XML 1.0 cannot carry at all (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/F). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(s: string): string {
  return s.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** `files` are every file checked, as printed, so clean files show as passing. */
export function formatJunit(records: readonly LintRecord[], files: readonly string[]): string {
  const byFile = new Map<string, LintRecord[]>(files.map((f) => [f, []]));
  for (const r of records) if (r.severity !== 'info') (byFile.get(r.file) ?? byFile.set(r.file, []).get(r.file)!).push(r);
  const failures = [...byFile.values()].reduce((n, rs) => n + rs.length, 0);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="policy-notes" tests="${[...byFile.values()].reduce((n, rs) => n + Math.max(1, rs.length), 0)}" failures="${failures}">`];
  for (const [file, rs] of byFile) {
    const f = xmlEscape(file);
    out.push(`  <testsuite name="${f}" tests="${Math.max(1, rs.length)}" failures="${rs.length}" errors="0">`);
    if (rs.length === 0) out.push(`    <testcase classname="${f}" name="policy-notes"/>`);
    for (const r of rs) {
      const where = `${r.file}:${r.line}:${r.column}`;
      out.push(`    <testcase classname="${f}" name="${xmlEscape(`${r.rule} at ${r.line}:${r.column}`)}">`);
      out.push(`      <failure type="${r.severity}" message="${xmlEscape(r.message)}">${xmlEscape(`${where} ${r.severity} ${r.message} [${r.rule}]`)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
}
