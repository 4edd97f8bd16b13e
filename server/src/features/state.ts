/**
 * The language server's state, shared by the feature modules: open documents, workspace folders,
 * negotiated capabilities, settings per resource, the configuration cache, and the few helpers
 * every feature needs (guarded handlers, logging, the status notification). No LSP handler lives
 * here: features register their own (server.ts wires them).
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { EditSupport } from '../codeActions.js';
import type { Timers } from '../diagnostics.js';
import type { DocumentState } from '../documents.js';
import type { Finding } from '../engine/index.js';
import {
  DEFAULT_SETTINGS,
  SETTINGS_SECTION,
  StatusNotification,
  type FindingsSummary,
  type LeakproofSettings,
  type StatusParams,
} from '../protocol.js';
import type { ScanExecutor } from '../scanning.js';
import { normalizeSettings } from '../settings.js';
import { ConfigCache, type FileAccess } from '../project/configFile.js';
import { weakeningNotice } from '../project/weakening.js';
import { countFindings, summarizeFindings, type CountSources } from './findingCounts.js';
import { serverFiles, type ServerFiles } from './files.js';
import { GitPlacements } from './gitPlacement.js';
import { SecretHistories } from './secretHistory.js';

export interface ServerRuntime {
  readonly timers: Timers;
  /** Runs scans; default: a worker thread running `workerScript` (in-process when there is none). */
  readonly executor?: ScanExecutor;
  /** The server bundle, for worker threads (default: the bundle when this code runs from it). */
  readonly workerScript?: string;
  /** Disk access; reads-only `FileAccess` gets the disk's writes (features/files.ts). */
  readonly files?: FileAccess | ServerFiles;
}

export interface Capabilities {
  configuration: boolean;
  pull: boolean;
  refresh: boolean;
  relatedInformation: boolean;
  workDoneProgress: boolean;
  showDocument: boolean;
  hoverMarkdown: boolean;
  codeActionLiterals: boolean;
  watchedFilesDynamic: boolean;
  configurationDynamic: boolean;
  edits: EditSupport;
}

/** What is assumed before `initialize` (nothing). */
const NO_CAPABILITIES: Capabilities = {
  configuration: false,
  pull: false,
  refresh: false,
  relatedInformation: false,
  workDoneProgress: false,
  showDocument: false,
  hoverMarkdown: false,
  codeActionLiterals: false,
  watchedFilesDynamic: false,
  configurationDynamic: false,
  edits: { documentChanges: false, createFiles: false, resolveEdit: false, applyEdit: false },
};

export interface Folder {
  readonly uri: string;
  readonly path: string;
}

export function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The text of a finding's secret in the open document (what git's pickaxe looks for; never logged). */
export function secretValue(doc: DocumentState, finding: Finding): string {
  const main = finding.matches[0];
  return main ? doc.document.getText().slice(main.range[0], main.range[1]) : '';
}

export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

function defaultDocsBase(): string {
  return pathToFileURL(join(__dirname, '..', 'docs', 'detectors.md')).href;
}

export class ServerState {
  readonly docs = new Map<string, DocumentState>();
  readonly uriByPath = new Map<string, string>();
  /** Diagnostics of the last workspace scan, for files not open. */
  readonly workspaceResults = new Map<string, Diagnostic[]>();
  /** The latest diagnostics of each open document (what the counts read; publishing keeps it). */
  readonly openDiagnostics = new Map<string, Diagnostic[]>();
  folders: Folder[] = [];
  caps: Capabilities = NO_CAPABILITIES;
  docsBaseUri = defaultDocsBase();
  scanTimeoutMs = 15_000;
  globalSettings: LeakproofSettings = DEFAULT_SETTINGS;
  readonly settingsCache = new Map<string, Promise<LeakproofSettings>>();
  shuttingDown = false;
  /** The injected disk: every read of a closed file and every write goes through it. */
  readonly disk: ServerFiles;
  /** Open buffers win over the disk (a fix to .leakproof.json works before it is saved). */
  readonly files: FileAccess;
  readonly configs: ConfigCache;
  /** Where open files stand with git (ignored, tracked), looked up off the typing path. */
  readonly gitPlacements = new GitPlacements();
  /** Whether open secrets are already in git history (history-aware advice), asked off the typing path. */
  readonly secretHistories = new SecretHistories();
  /** Progress of the workspace scan, for the status notification. */
  scanning: { done: number; total: number } | undefined;
  private lastStatus = '';

  constructor(
    readonly connection: Connection,
    readonly runtime: ServerRuntime,
  ) {
    this.disk = serverFiles(runtime.files);
    this.files = {
      exists: (path) => this.uriByPath.has(path) || this.disk.exists(path),
      read: (path) => {
        const state = this.openDocumentAt(path);
        if (state) return { text: state.document.getText(), stamp: `buffer:${state.version}` };
        return this.disk.read(path);
      },
    };
    // A configuration that turns protection off is named in the output log when it comes into force.
    this.configs = new ConfigCache(this.files, (loaded) => {
      const notice = weakeningNotice(loaded.file, loaded.config);
      if (notice) this.log(notice);
    });
  }

  readonly log = (message: string): void => {
    try {
      this.connection.console.log(`[leakproof] ${message}`);
    } catch {
      // the connection may be gone
    }
  };

  /** Runs a handler; an exception is logged (never quoting a document) and answered with `fallback`. */
  guard<A extends unknown[], R>(name: string, fallback: R, handler: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      try {
        return await handler(...args);
      } catch (error) {
        this.log(`${name} failed: ${(error as Error).message}`);
        return fallback;
      }
    };
  }

  /** A guarded notification handler: LSP ignores what a notification handler returns, and guard() never rejects. */
  guardNotification<A extends unknown[]>(name: string, handler: (...args: A) => void | Promise<void>): (...args: A) => void {
    const guarded = this.guard(name, undefined, handler);
    return (...args: A) => void guarded(...args);
  }

  openDocumentAt(path: string): DocumentState | undefined {
    const uri = this.uriByPath.get(path);
    return uri ? this.docs.get(uri) : undefined;
  }

  folderOf(path: string | undefined): Folder | undefined {
    if (!path) return this.folders[0];
    let best: Folder | undefined;
    for (const folder of this.folders) if (isInside(folder.path, path) && (!best || folder.path.length > best.path.length)) best = folder;
    return best;
  }

  settingsFor(uri: string): Promise<LeakproofSettings> {
    if (!this.caps.configuration) return Promise.resolve(this.globalSettings);
    let cached = this.settingsCache.get(uri);
    if (!cached) {
      const request = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(
        (raw: unknown) => normalizeSettings(raw, this.globalSettings),
        () => this.globalSettings,
      );
      // A client that never answers must not stall scanning.
      const timeout = new Promise<LeakproofSettings>((resolve) => this.runtime.timers.setTimeout(() => resolve(this.globalSettings), 5000));
      cached = Promise.race([request, timeout]);
      this.settingsCache.set(uri, cached);
    }
    return cached;
  }

  /** Every file with findings now: open documents and the workspace scan's other files. */
  findingsSummary(): FindingsSummary {
    return summarizeFindings(this.countSources());
  }

  private countSources(): CountSources {
    return {
      openDiagnostics: this.openDiagnostics,
      workspaceResults: this.workspaceResults,
      openUriOf: (uri) => {
        const path = fsPathOf(uri);
        const open = path !== undefined ? this.uriByPath.get(path) : undefined;
        return open !== undefined && this.docs.has(open) ? open : undefined;
      },
      labelOf: (uri) => this.labelOf(uri),
    };
  }

  /** A file as people name it: relative to its workspace folder, else its path (or the URI of an untitled buffer). */
  labelOf(uri: string): string {
    const path = fsPathOf(uri);
    if (!path) return uri;
    const folder = this.folderOf(path);
    return folder && isInside(folder.path, path) ? relative(folder.path, path).split(sep).join('/') : path;
  }

  /** Sends the status when it changed; cheap to call after anything that may change it. */
  sendStatus(): void {
    const { secrets, files, localOnly } = countFindings(this.countSources());
    const status: StatusParams = {
      state: this.scanning ? 'scanning' : 'idle',
      ...(this.scanning ? { done: this.scanning.done, total: this.scanning.total } : {}),
      failedDocuments: [...this.docs.values()].filter((d) => d.quarantined).map((d) => d.uri),
      configErrors: this.configs.errors().map((e) => e.message),
      findings: { secrets, files, localOnly },
    };
    const key = JSON.stringify(status);
    if (key === this.lastStatus) return;
    this.lastStatus = key;
    try {
      void this.connection.sendNotification(StatusNotification, status);
    } catch {
      // the connection may be gone
    }
  }

  /** Clears a file's diagnostics unless it is open (an open document's own diagnostics win). */
  clearUnlessOpen(uri: string): void {
    const path = fsPathOf(uri);
    const openUri = path ? this.uriByPath.get(path) : undefined;
    if (!openUri || !this.docs.has(openUri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
