/**
 * `.policynotes.json` for the editor: the nearest one above a document within its
 * workspace folder, read through `workspace.fs` (virtual workspaces work), with the schema
 * it names, and the `policyNotes.maxFileSize` setting folded into its size limit. Changes to
 * either file or to that setting, and a grant of workspace trust, fire `onDidChange` so open
 * articles are re-linted and the index re-checked without a reload. In Restricted Mode the
 * workspace's schema is not loaded (Ajv compiles schemas to code and runs their patterns):
 * the built-in one is used and the config file says why.
 */
import * as vscode from 'vscode';
import { CONFIG_FILE, DEFAULT_CONFIG, checkRelativePath, parseConfigText, problemSpan, type LoadedConfig } from '../core/config';
import { builtinSchema, compileSchemaText } from '../core/schema';
import { exists } from './files';
import { log } from './log';
import { readSettings } from './settings';
import { t } from '../core/l10n';

const decoder = new TextDecoder('utf-8');

export class WorkspaceConfigs implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<LoadedConfig>>();
  /** Folder → the config file that applies there (or null), so a workspace of thousands of files stats each folder once. */
  private readonly dirs = new Map<string, Promise<vscode.Uri | null>>();
  /** A document's folder (the text of its URI up to the last `/`) → the configuration in effect there. */
  private readonly byDir = new Map<string, Promise<LoadedConfig>>();
  /** What applies where no config file does, per workspace folder ('' outside any): its settings may differ. */
  private readonly fallbacks = new Map<string, LoadedConfig>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private schemaWatchers = new Map<string, vscode.Disposable>();
  /** Fires when any configuration in effect may have changed. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly problems: vscode.DiagnosticCollection) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const changed = () => this.invalidate();
    // The size limit is part of the configuration in effect (the index reads no other).
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('policyNotes.maxFileSize') && this.invalidate()));
    this.disposables.push(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed), vscode.workspace.onDidGrantWorkspaceTrust(changed), vscode.workspace.onDidChangeWorkspaceFolders(changed));
  }

  /** Forgets everything loaded and tells listeners to re-read. */
  invalidate(): void {
    this.cache.clear();
    this.dirs.clear();
    this.byDir.clear();
    this.fallbacks.clear();
    this.emitter.fire();
  }

  /** The configuration in effect for a document (looked up once per folder of the workspace). */
  forUri(uri: vscode.Uri): Promise<LoadedConfig> {
    // By the folder's part of the URI's text: the index asks this of every article, and
    // resolving the workspace folder and the parent URI each time cost more than the answer.
    const text = uri.toString();
    const slash = text.lastIndexOf('/');
    const key = slash < 0 ? text : text.slice(0, slash);
    let hit = this.byDir.get(key);
    if (!hit) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      hit = folder ? this.find(vscode.Uri.joinPath(uri, '..'), folder.uri) : Promise.resolve(this.defaults());
      this.byDir.set(key, hit);
    }
    return hit;
  }

  private async find(dir: vscode.Uri, root: vscode.Uri): Promise<LoadedConfig> {
    const file = await this.configFileFor(dir, root);
    return file ? this.load(file) : this.defaults(root);
  }

  /** The nearest config file at or above `dir` within `root`, memoized per folder. */
  private configFileFor(dir: vscode.Uri, root: vscode.Uri): Promise<vscode.Uri | null> {
    const key = dir.toString();
    let hit = this.dirs.get(key);
    if (!hit) {
      hit = (async () => {
        const candidate = vscode.Uri.joinPath(dir, CONFIG_FILE);
        if (await exists(candidate)) return candidate;
        if (dir.path === root.path || dir.path.length <= root.path.length || dir.path === '/') return null;
        return this.configFileFor(vscode.Uri.joinPath(dir, '..'), root);
      })();
      this.dirs.set(key, hit);
    }
    return hit;
  }

  /** What applies where no config file does: the defaults, with the folder's size limit setting; one object per folder. */
  private defaults(folder?: vscode.Uri): LoadedConfig {
    const key = folder?.toString() ?? '';
    let d = this.fallbacks.get(key);
    if (!d) this.fallbacks.set(key, (d = { file: null, config: withSettingsLimit({ ...DEFAULT_CONFIG }, folder), schema: builtinSchema(), schemaText: null, problems: [] }));
    return d;
  }

  private load(file: vscode.Uri): Promise<LoadedConfig> {
    const key = file.toString();
    let p = this.cache.get(key);
    if (!p) this.cache.set(key, (p = this.read(file)));
    return p;
  }

  private async read(file: vscode.Uri): Promise<LoadedConfig> {
    const problems: { message: string; pointer?: string; offset?: number }[] = [];
    const baseDir = vscode.Uri.joinPath(file, '..');
    let text = '';
    try {
      text = decoder.decode(await vscode.workspace.fs.readFile(file));
    } catch (e) {
      problems.push({ message: vscode.l10n.t('Cannot read the configuration: {0}', (e as Error).message) });
    }
    const parsed = parseConfigText(text || '{}', baseDir.toString());
    withSettingsLimit(parsed.config, file);
    problems.push(...parsed.problems);
    let schema = builtinSchema();
    let schemaText: LoadedConfig['schemaText'] = null;
    const schemaPath = parsed.config.schemaPath;
    if (schemaPath && !vscode.workspace.isTrusted) {
      problems.push({ message: t('Restricted Mode: the front-matter schema `{0}` is not loaded until you trust this workspace; the built-in schema is used.', schemaPath), pointer: '/frontMatter/schema' });
    } else if (schemaPath) {
      const rel = checkRelativePath(schemaPath);
      if ('problem' in rel) problems.push({ message: rel.problem, pointer: '/frontMatter/schema' });
      else {
        const schemaUri = vscode.Uri.joinPath(baseDir, rel.path);
        this.watchSchema(schemaUri);
        try {
          const text = decoder.decode(await vscode.workspace.fs.readFile(schemaUri));
          const compiled = compileSchemaText(text, schemaPath);
          if ('problem' in compiled) problems.push({ message: compiled.problem, pointer: '/frontMatter/schema' });
          else {
            schema = compiled.schema;
            schemaText = { source: schemaPath, text };
          }
        } catch {
          problems.push({ message: t('The front-matter schema `{0}` cannot be read (no such file, or not a file); the built-in schema is used.', schemaPath), pointer: '/frontMatter/schema' });
        }
      }
    }
    this.report(file, text, problems);
    if (problems.length > 0) log().warn(`${file.fsPath}: ${problems.map((p) => p.message).join('; ')}`);
    return { file: file.toString(), config: parsed.config, schema, schemaText, problems: problems.map((p) => p.message) };
  }

  private watchSchema(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.schemaWatchers.has(key)) return;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return;
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, vscode.workspace.asRelativePath(uri, false)));
    const changed = () => this.invalidate();
    this.schemaWatchers.set(key, vscode.Disposable.from(w, w.onDidChange(changed), w.onDidCreate(changed), w.onDidDelete(changed)));
  }

  /** Shows configuration problems on the config file itself, at the key they concern. */
  private report(file: vscode.Uri, text: string, problems: { message: string; pointer?: string; offset?: number }[]): void {
    const diags = problems.map((p) => {
      // At a syntax error, or at the setting the problem is about (its key), else at the start of the file.
      const span = problemSpan(text, p);
      const start = positionOf(text, span?.start ?? 0);
      const end = positionOf(text, span?.end ?? 0);
      const d = new vscode.Diagnostic(new vscode.Range(start, end), p.message, vscode.DiagnosticSeverity.Warning);
      d.source = 'policy-notes';
      d.code = 'config-error';
      return d;
    });
    this.problems.set(file, diags);
  }

  dispose(): void {
    for (const d of [...this.disposables, ...this.schemaWatchers.values(), this.emitter]) d.dispose();
  }
}


function positionOf(text: string, offset: number): vscode.Position {
  const before = text.slice(0, offset);
  const line = (before.match(/\r\n|\r|\n/g) ?? []).length;
  return new vscode.Position(line, offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) - 1);
}

/**
 * The smaller of the two size limits, `.policynotes.json`'s and the `policyNotes.maxFileSize`
 * setting's, as the configuration's own: the index, Lint Workspace and the editor all skip
 * the same files.
 */
function withSettingsLimit(config: LoadedConfig['config'], scope: vscode.Uri | undefined): LoadedConfig['config'] {
  config.maxFileSize = Math.min(config.maxFileSize, readSettings(scope).maxFileSize);
  return config;
}
