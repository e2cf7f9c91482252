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
import * as path from 'node:path';
import { realpath } from 'node:fs/promises';
import { CONFIG_FILE, DEFAULT_CONFIG, type LoadedConfig } from '../core/config';
import { loadConfigAsync, type ConfigIssue, type SchemaPlace } from '../core/configLoad';
import { fileIssue } from '../core/lint';
import { builtinSchema } from '../core/schema';
import { LineIndex } from '../core/text/lines';
import { positioner, toDiagnostic } from './convert';
import { exists, readBytes, statFile } from './files';
import { log } from './log';
import { readSettings } from './settings';

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

  constructor(
    private readonly problems: vscode.DiagnosticCollection,
    private readonly extensionUri: vscode.Uri,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const changed = () => this.invalidate();
    // The size limit is part of the configuration in effect (the index reads no other).
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('policyNotes.maxFileSize') && this.invalidate()));
    this.disposables.push(
      watcher,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidGrantWorkspaceTrust(changed),
      vscode.workspace.onDidChangeWorkspaceFolders(changed),
    );
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
    const { loaded, text, issues } = await loadConfigAsync(file.toString(), vscode.Uri.joinPath(file, '..').toString(), {
      readText: async (location) => decoder.decode(await readBytes(vscode.Uri.parse(location))),
      locateSchema: (baseDir, rel) => this.locateSchema(vscode.Uri.parse(baseDir), rel),
      trusted: vscode.workspace.isTrusted,
    });
    withSettingsLimit(loaded.config, file);
    this.report(file, text, issues, loaded);
    if (issues.length > 0) log().warn(`${file.fsPath}: ${loaded.problems.join('; ')}`);
    return loaded;
  }

  /**
   * Where a configuration's schema is, watched for changes. On disk its real path must stay
   * inside the configuration's real folder (a link cannot lead out), as for the CLI.
   */
  private async locateSchema(baseDir: vscode.Uri, rel: string): Promise<SchemaPlace> {
    const uri = vscode.Uri.joinPath(baseDir, rel);
    this.watchSchema(uri);
    if (uri.scheme === 'file') {
      const [real, realBase] = await Promise.all([realpath(uri.fsPath).catch(() => null), realpath(baseDir.fsPath).catch(() => baseDir.fsPath)]);
      if (!real || !real.startsWith(realBase + path.sep)) return { problem: 'outside' };
      return (await statFile(vscode.Uri.file(real))).isFile ? { location: vscode.Uri.file(real).toString() } : { problem: 'not-a-file' };
    }
    const st = await statFile(uri).catch(() => null);
    return !st ? { problem: 'outside' } : st.isFile ? { location: uri.toString() } : { problem: 'not-a-file' };
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

  /** Shows configuration problems on the config file itself, at the key they concern, as the rule `config-error` (its severity and documentation). */
  private report(file: vscode.Uri, text: string, issues: ConfigIssue[], loaded: LoadedConfig): void {
    const at = positioner(new LineIndex(text));
    const options = { config: loaded.config, settingsLevels: readSettings(file).rules };
    const diags: vscode.Diagnostic[] = [];
    for (const p of issues) {
      // At a syntax error, or at the setting the problem is about (its key), else at the start of the file.
      const issue = fileIssue('config-error', p.message, options);
      if (issue) diags.push(toDiagnostic(at, { ...issue, start: p.span?.start ?? 0, end: p.span?.end ?? 0 }, this.extensionUri));
    }
    this.problems.set(file, diags);
  }

  dispose(): void {
    for (const d of [...this.disposables, ...this.schemaWatchers.values(), this.emitter]) d.dispose();
  }
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
