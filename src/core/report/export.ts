/**
 * The report's export: the same text `policy-notes summary --format md|csv|json` prints
 * when run at the workspace root. The editor's index keys notes by URI and holds them in
 * the order it read them; the CLI names files by their path relative to where it runs and
 * reads them in sorted order. So the export renames every note's places to the
 * workspace-relative path, sorts the notes as the CLI does, merges them again with the
 * same configuration, and formats the result with the CLI's own formatters.
 */
import { mergeSummaries, selectSummary, toCsv, toJson, toMarkdown, type Confidence, type MergeConfig, type NoteSummary, type Summary } from '../summary';
import type { ExportFormat } from './messages';

const FORMATTERS: Readonly<Record<ExportFormat, (s: Summary) => string>> = { md: toMarkdown, csv: toCsv, json: toJson };

/** File extension and dialog filter name per format. */
export const EXPORT_FILES: Readonly<Record<ExportFormat, { extension: string; name: string }>> = {
  md: { extension: 'md', name: 'Markdown' },
  csv: { extension: 'csv', name: 'CSV' },
  json: { extension: 'json', name: 'JSON' },
};

/** A copy of a note summary whose places name the file by `label(file)`. */
export function relabelNote(note: NoteSummary, label: (file: string) => string): NoteSummary {
  const file = label(note.file);
  return {
    ...note,
    file,
    programs: note.programs.map((m) => ({ ...m, file })),
    figures: note.figures.map((f) => ({ ...f, file })),
  };
}

/**
 * The export text of `notes` in `format`, identical to the CLI's output for the same files
 * (with `--min-confidence minConfidence`) when `label` gives the paths the CLI would print.
 */
export function exportSummary(notes: readonly NoteSummary[], config: MergeConfig, format: ExportFormat, label: (file: string) => string, minConfidence: Confidence = 'named'): string {
  const relabeled = notes.map((n) => relabelNote(n, label)).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return FORMATTERS[format](selectSummary(mergeSummaries(relabeled, config), minConfidence));
}
