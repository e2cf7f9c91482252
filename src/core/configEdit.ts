/**
 * The edits the Programs view's curation commands make to `.policynotes.json`: mark a name
 * "not a program" (`programs.ignore`) or a program (`programs.include`), merge one program
 * into another or rename one (`programs.aliases`). Each is computed with jsonc-parser's
 * `modify`, so what the user wrote elsewhere in the file keeps its place and formatting,
 * and is returned as the new text plus one minimal replacement (`changedSpan`), so the
 * editor applies one small edit that Undo takes back.
 *
 * Names are compared by `programKey`, as the merge compares them: `수출 바우처 사업` is
 * already in a list holding `수출바우처`, and is not added twice. Pure: no I/O, no `vscode`.
 */
import { applyEdits, modify, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import { programKey } from './summary/normalize';
import { t } from './l10n';

/** One curation command's change. */
export type CurationAction =
  /** "Not a Program": add `name` to `programs.ignore` (and take it out of `programs.include`). */
  | { kind: 'ignore'; name: string }
  /** "Mark as Program": add `name` to `programs.include` (and take it out of `programs.ignore`). */
  | { kind: 'include'; name: string }
  /** "Merge Into…": `name` (and the aliases configured for it) become aliases of `into`. */
  | { kind: 'merge'; name: string; into: string }
  /** "Rename…": `to` becomes the canonical name, `from` (and its configured aliases) its aliases. */
  | { kind: 'rename'; from: string; to: string };

/** A replacement of `length` code units at `offset` by `content` (jsonc-parser's `Edit`). */
export interface TextChange {
  offset: number;
  length: number;
  content: string;
}

/** The text as it parses, or null when it does not (the user must fix it first). */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Indentation and line ends as the file has them (two spaces and `\n` for a new file). */
function formatting(text: string): FormattingOptions {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 4 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** A document being edited: its text, changed one `modify` at a time. */
class Draft {
  constructor(public text: string) {}

  private get programs(): Record<string, unknown> {
    const root = parsed(this.text);
    return isRecord(root) && isRecord(root.programs) ? root.programs : {};
  }

  /** `programs.<field>` as a list of strings (non-strings kept as they are). */
  list(field: 'ignore' | 'include'): unknown[] {
    const v = this.programs[field];
    return Array.isArray(v) ? v : [];
  }

  aliases(): Record<string, unknown> {
    const v = this.programs.aliases;
    return isRecord(v) ? v : {};
  }

  set(path: JSONPath, value: unknown): void {
    this.text = applyEdits(this.text, modify(this.text, path, value, { formattingOptions: formatting(this.text) }));
  }

  /** Removes the items of `programs.<field>` that name `name`. */
  remove(field: 'ignore' | 'include', name: string): void {
    const key = programKey(name);
    const items = this.list(field);
    for (let i = items.length - 1; i >= 0; i--) if (typeof items[i] === 'string' && programKey(items[i] as string) === key) this.set(['programs', field, i], undefined);
  }

  /** Appends `name` to `programs.<field>` (creating the list) unless it names it already. */
  add(field: 'ignore' | 'include', name: string): void {
    const key = programKey(name);
    const items = this.list(field);
    if (items.some((x) => typeof x === 'string' && programKey(x) === key)) return;
    if (Array.isArray(this.programs[field])) this.set(['programs', field, -1], name);
    else this.set(['programs', field], [name]);
  }

  /** The key of the `programs.aliases` entry for the program named `name`, if one is configured. */
  entryFor(name: string): string | undefined {
    const key = programKey(name);
    return Object.keys(this.aliases()).find((k) => programKey(k) === key);
  }

  /** The configured aliases of an entry (strings only). */
  aliasesOf(entry: string | undefined): string[] {
    const v = entry === undefined ? undefined : this.aliases()[entry];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  }

  /**
   * Makes `names` aliases of the program named `canonical`: appended to its entry (spelled
   * as configured), or a new entry under `canonical`. Names with its key, or already listed
   * there, are skipped.
   */
  alias(canonical: string, names: readonly string[]): void {
    const entry = this.entryFor(canonical);
    const seen = new Set([programKey(canonical), ...this.aliasesOf(entry).map(programKey)]);
    const fresh = names.filter((n) => {
      const k = programKey(n);
      if (k === '' || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (entry !== undefined && Array.isArray(this.aliases()[entry])) for (const n of fresh) this.set(['programs', 'aliases', entry, -1], n);
    else if (fresh.length > 0 || entry === undefined) this.set(['programs', 'aliases', entry ?? canonical], fresh);
  }
}

/** Why the file cannot be edited as it is, or null when it can. */
function unusable(text: string): string | null {
  const root = parsed(text);
  if (root === undefined) return t('The configuration file is not valid JSON; fix it first.');
  if (!isRecord(root)) return t('The configuration file does not hold a JSON object; fix it first.');
  if (root.programs !== undefined && !isRecord(root.programs)) return t('`{0}` in the configuration file is not an object; fix it first.', 'programs');
  const p = (root.programs ?? {}) as Record<string, unknown>;
  for (const field of ['ignore', 'include'] as const)
    if (p[field] !== undefined && !Array.isArray(p[field])) return t('`{0}` in the configuration file is not a list; fix it first.', `programs.${field}`);
  if (p.aliases !== undefined && !isRecord(p.aliases)) return t('`{0}` in the configuration file is not an object; fix it first.', 'programs.aliases');
  return null;
}

/**
 * The configuration text after `action`, or why it cannot be made. An empty text is an
 * empty object (a file about to be created). A byte order mark is kept.
 *
 * @example
 * curateConfigText('{}', { kind: 'ignore', name: '특별 프로그램' });
 * // { text: '{\n  "programs": {\n    "ignore": [\n      "특별 프로그램"\n    ]\n  }\n}' }
 */
export function curateConfigText(text: string, action: CurationAction): { text: string } | { problem: string } {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const body = text.slice(bom.length).trim() === '' ? '{}' : text.slice(bom.length);
  const problem = unusable(body);
  if (problem) return { problem };
  const draft = new Draft(body);
  switch (action.kind) {
    case 'ignore':
    case 'include': {
      if (programKey(action.name) === '') return { problem: t('The name is empty.') };
      draft.remove(action.kind === 'ignore' ? 'include' : 'ignore', action.name);
      draft.add(action.kind, action.name);
      break;
    }
    case 'merge': {
      if (programKey(action.name) === programKey(action.into)) return { problem: t('`{0}` and `{1}` are already one program.', action.name, action.into) };
      const own = draft.entryFor(action.name);
      const moved = [action.name, ...draft.aliasesOf(own)];
      if (own !== undefined) draft.set(['programs', 'aliases', own], undefined);
      draft.alias(action.into, moved);
      break;
    }
    case 'rename': {
      const to = action.to.trim();
      if (programKey(to) === '') return { problem: t('The new name is empty.') };
      if (to === action.from) return { problem: t('The new name is the same as the old one.') };
      const own = draft.entryFor(action.from);
      const moved = [action.from, ...draft.aliasesOf(own)];
      if (own !== undefined) draft.set(['programs', 'aliases', own], undefined);
      draft.alias(to, moved);
      break;
    }
  }
  return { text: bom + draft.text };
}

/**
 * The one replacement that turns `before` into `after`: everything between their common
 * start and common end. Applied as a single edit, so Undo restores the file in one step and
 * the rest of the document (and the cursor in it) does not move.
 */
export function changedSpan(before: string, after: string): TextChange {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { offset: start, length: before.length - start - end, content: after.slice(start, after.length - end) };
}
