/** Issues → the `lint` JSON records of docs/design.md (1-based lines and columns, end exclusive). */
import type { Issue } from '../../core/model';
import type { LineCol } from '../../core/text/lines';

/** One lint finding as the CLI contract prints it. */
export interface LintRecord {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
}

/** Converts issues of one file; `lines` is null for files that could not be read. */
export function toRecords(file: string, issues: readonly Issue[], lines: { positionAt(offset: number): LineCol } | null): LintRecord[] {
  return issues.map((i) => {
    const s = lines ? lines.positionAt(i.start) : { line: 0, character: 0 };
    const e = lines ? lines.positionAt(i.end) : { line: 0, character: 0 };
    return { file, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, severity: i.severity, rule: i.rule, message: i.message };
  });
}
