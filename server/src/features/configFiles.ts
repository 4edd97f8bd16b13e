/**
 * `.leakproof.json` files: their parse errors (a diagnostic on the file and a line in the status)
 * and their changes (buffer, save, disk watcher). When what is in force changes, every open
 * document is rescanned; how that happens is the wiring's business (events, not imports).
 */
import { basename } from 'node:path';
import { DiagnosticSeverity, FileChangeType, type Diagnostic } from 'vscode-languageserver/node';
import { fileUri } from '../codeActions.js';
import { DIAGNOSTIC_SOURCE } from '../protocol.js';
import { CONFIG_FILE } from '../project/configFile.js';
import { fsPathOf, type ServerState } from './state.js';

export interface ConfigFileEvents {
  /** The errors of this file changed: true when it is open and was re-published (else they are sent here). */
  errorsChanged(path: string): boolean;
  /** A configuration in force changed: everything open must be rescanned. */
  inForceChanged(): void;
}

export function isConfigPath(path: string | undefined): path is string {
  return path !== undefined && basename(path) === CONFIG_FILE;
}

/** A `.gitignore` changed: which files git ignores may have changed (features/gitPlacement.ts). */
export function isGitignorePath(path: string | undefined): path is string {
  return path !== undefined && basename(path) === '.gitignore';
}

export class ConfigFiles {
  private lastErrors = '';
  private readonly timers = new Map<string, unknown>();
  private readonly hashInForce = new Map<string, string>();

  constructor(
    private readonly state: ServerState,
    private readonly events: ConfigFileEvents,
  ) {}

  register(): void {
    const { connection } = this.state;
    connection.onDidChangeWatchedFiles(
      this.state.guardNotification('didChangeWatchedFiles', (params) => {
        for (const change of params.changes) {
          const path = fsPathOf(change.uri);
          // The one watched-files handler of the connection: `.gitignore` changes go to the git placements.
          if (isGitignorePath(path)) this.state.gitPlacements.refreshAll();
          if (!isConfigPath(path)) continue;
          if (change.type === FileChangeType.Deleted) this.state.configs.forget(path);
          this.changed(path);
        }
      }),
    );
  }

  errorDiagnostics(path: string): Diagnostic[] {
    return this.state.configs
      .errors()
      .filter((e) => e.file === path)
      .map((e) => ({
        range: {
          start: { line: e.line - 1, character: Math.max(0, e.column - 1) },
          end: { line: e.line - 1, character: Math.max(0, e.column - 1) + 1 },
        },
        severity: DiagnosticSeverity.Error,
        source: DIAGNOSTIC_SOURCE,
        code: 'config',
        message: `Invalid Leakproof configuration: ${e.problem}. The last valid version of this file stays in force.`,
      }));
  }

  /** Re-publishes config problems when they change (on the file, and in the status). */
  refreshErrors(): void {
    const errors = this.state.configs.errors();
    const key = errors.map((e) => e.message).join('\n');
    if (key === this.lastErrors) return;
    const before = this.lastErrors.split('\n').map((m) => m.replace(/:\d+:\d+: .*$/, ''));
    this.lastErrors = key;
    const paths = new Set([...before.filter(Boolean), ...errors.map((e) => e.file)]);
    for (const path of paths) {
      if (!this.events.errorsChanged(path))
        void this.state.connection.sendDiagnostics({ uri: fileUri(path), diagnostics: this.errorDiagnostics(path) });
    }
    this.state.sendStatus();
  }

  /** A `.leakproof.json` changed (buffer, save or disk): if what is in force changed, rescan everything. */
  changed(path: string, delay = 0): void {
    const { timers } = this.state.runtime;
    const previous = this.timers.get(path);
    if (previous !== undefined) timers.clearTimeout(previous);
    this.timers.set(
      path,
      timers.setTimeout(() => {
        this.timers.delete(path);
        // Compared with what the last change event put in force — not with what a scan in between
        // loaded: a new `.leakproof.json` opened in the editor is scanned itself (loading it) before
        // its change event arrives, and the other open documents must still be rescanned. The first
        // event for a file therefore always rescans (a redundant rescan is cheap; a missed one is not).
        const before = this.hashInForce.get(path);
        this.state.configs.invalidate(path);
        const after = this.state.configs.load(path).hash;
        this.hashInForce.set(path, after);
        this.refreshErrors();
        if (before !== after) this.events.inForceChanged();
      }, delay),
    );
  }
}
