/**
 * The summary as JSON, Markdown and CSV: what `policy-notes summary --format json|md|csv`
 * prints and what the extension's report export writes. Pure: a `Summary` in, a string out.
 *
 * JSON follows docs/design.md's contract exactly, fields in contract order, with extra fields
 * only after them: `{"programs":[{"name","aliases","agencies","mentions":[{"file","line"}],
 * "targets":[T],"confidence"}],"targets":[T],"conflicts":[…],"figures":[T]}` with
 * `T = {"text","program","agency","value","unit","deadline","file","line", "kind","status","deadlineText","sentence"}`.
 * Mentions are listed once per file and line.
 */
import type { Conflict, Figure, ProgramSummary, Summary } from './types';
import { deadlineLabel, t } from '../l10n';

/** The contract record of a figure, contract fields first. */
function figureJson(f: Figure) {
  return {
    text: f.text,
    program: f.program,
    agency: f.agency,
    value: f.value,
    unit: f.unit,
    deadline: f.deadline,
    file: f.file,
    line: f.line,
    kind: f.kind,
    status: f.status,
    deadlineText: f.deadlineText,
    sentence: f.sentence,
  };
}

/** Mentions as `{file, line}`, once per line, in order. */
function mentionLines(p: ProgramSummary): { file: string; line: number }[] {
  const seen = new Set<string>();
  const out: { file: string; line: number }[] = [];
  for (const m of p.mentions) {
    const k = `${m.line}:${m.file}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ file: m.file, line: m.line });
  }
  return out;
}

function conflictJson(c: Conflict) {
  const side = (r: Conflict['a']) => ({ file: r.file, line: r.line, text: r.text, value: r.value, unit: r.unit, deadline: r.deadline });
  return { program: c.program, kind: c.kind, unit: c.unit, reason: c.reason, message: c.message, a: side(c.a), b: side(c.b) };
}

/** The `summary --format json` document (two-space indented, with a final newline). */
export function toJson(summary: Summary): string {
  const doc = {
    programs: summary.programs.map((p) => ({ name: p.name, aliases: p.aliases, agencies: p.agencies, mentions: mentionLines(p), targets: p.targets.map(figureJson), confidence: p.confidence })),
    targets: summary.targets.map(figureJson),
    conflicts: summary.conflicts.map(conflictJson),
    figures: summary.figures.map(figureJson),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Text safe in a Markdown table cell: no pipes, breaks or raw HTML. */
function cell(s: string | number | null): string {
  if (s === null) return '';
  return String(s)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/[\r\n]+/g, ' ')
    .trim();
}

function where(f: { file: string; line: number }): string {
  return `${f.file}:${f.line}`;
}

function table(header: string[], rows: (string | number | null)[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

/** Up to `n` places, then how many more. */
function places(list: readonly { file: string; line: number }[], n: number): string {
  const shown = list.slice(0, n).map(where).join(', ');
  return list.length > n ? t('{0} and {1} more', shown, list.length - n) : shown;
}

function programsSection(s: Summary): string[] {
  if (s.programs.length === 0) return [`## ${t('Programs')}`, '', t('No programs found.'), ''];
  const rows = s.programs.map((p) => {
    const lines = mentionLines(p);
    return [p.name, p.aliases.join(', '), p.agencies.join(', '), lines.length, p.targets.length, places(lines, 3)];
  });
  return [`## ${t('Programs')}`, '', ...table([t('Program'), t('Also written'), t('Agencies'), t('Mentions'), t('Targets'), t('Where')], rows), ''];
}

function figuresTable(figures: readonly Figure[], withStatus: boolean): string[] {
  const header = [t('Figure'), t('Program'), t('Agency'), t('Deadline'), ...(withStatus ? [t('Status')] : []), t('Where'), t('Sentence')];
  const rows = figures.map((f) => [f.text, f.program, f.agency, f.deadline ?? f.deadlineText, ...(withStatus ? [f.status] : []), where(f), f.sentence]);
  return table(header, rows);
}

function conflictsSection(s: Summary): string[] {
  if (s.conflicts.length === 0) return [`## ${t('Conflicts')}`, '', t('No conflicting figures between articles.'), ''];
  const rows = s.conflicts.map((c) => [
    c.program,
    c.reason,
    c.b.deadline ? t('{0} by {1}', c.b.text, deadlineLabel(c.b.deadline)) : c.b.text,
    where(c.b),
    c.a.deadline ? t('{0} by {1}', c.a.text, deadlineLabel(c.a.deadline)) : c.a.text,
    where(c.a),
  ]);
  return [`## ${t('Conflicts')}`, '', ...table([t('Program'), t('Differs in'), t('Statement'), t('Where'), t('Other articles say'), t('Where')], rows), ''];
}

/** The `summary --format md` report. */
export function toMarkdown(summary: Summary): string {
  const s = summary;
  const n = [s.programs.length, s.targets.length, s.conflicts.length, s.notes];
  const intro = t(
    '{0}, {1} and {2} in {3}.',
    n[0] === 1 ? t('{0} program', 1) : t('{0} programs', n[0]!),
    n[1] === 1 ? t('{0} target', 1) : t('{0} targets', n[1]!),
    n[2] === 1 ? t('{0} conflict', 1) : t('{0} conflicts', n[2]!),
    n[3] === 1 ? t('{0} note', 1) : t('{0} notes', n[3]!),
  );
  const lines = [`# ${t('Programs and targets')}`, '', intro, '', ...programsSection(s)];
  lines.push(`## ${t('Targets')}`, '', ...(s.targets.length > 0 ? figuresTable(s.targets, false) : [t('No targets found.')]), '');
  for (const line of conflictsSection(s)) lines.push(line);
  if (s.figures.length > 0) lines.push(`## ${t('Forecasts and results')}`, '', t('Figures stated as a forecast or a past result: not targets.'), '', ...figuresTable(s.figures, true), '');
  return `${lines.join('\n')}`;
}

/** A CSV field (RFC 4180), with spreadsheet formula triggers neutralized. */
function csvField(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The `summary --format csv` table: one row per target, contract fields first. It starts
 * with a UTF-8 byte-order mark: without one, Excel reads the file in the system's legacy
 * code page and shows Hangul garbled.
 */
export function toCsv(summary: Summary): string {
  const header = ['text', 'program', 'agency', 'value', 'unit', 'deadline', 'file', 'line', 'kind', 'status', 'deadlineText'];
  const rows = summary.targets.map((f) => [f.text, f.program, f.agency, f.value, f.unit, f.deadline, f.file, f.line, f.kind, f.status, f.deadlineText]);
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
