/**
 * The Leakproof language server: `startServer(connection, runtime)` adapts LSP to the engine (thin
 * server, pure engine — json-language-features `jsonServer.ts` habit; timers and file access are
 * injected). The bundle's entry (bottom) starts it over `--stdio` or `--node-ipc`, or runs a scan
 * worker when loaded in a worker thread.
 *
 * Capabilities are negotiated, never assumed (lsp-sample `onInitialize`): pull diagnostics when
 * the client supports them (else push), `workspace/configuration` per resource when supported
 * (else `initializationOptions.settings` and `didChangeConfiguration`), resource operations and
 * `codeAction/resolve` for the fixes, `window/workDoneProgress` for the workspace scan.
 *
 * Robustness: every handler is guarded (one bad document or message never takes the server down),
 * scans run in a worker under a watchdog (scanning.ts), and nothing logged quotes a document.
 */
import { dirname, join, relative, sep, basename } from 'node:path';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync, appendFileSync, readFileSync, lstatSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LogMessageNotification,
  MessageType,
  ShowMessageNotification,
  MarkupKind,
  ProposedFeatures,
  TextDocumentSyncKind,
  WorkDoneProgress,
  createConnection,
  type CancellationToken,
  type CodeAction,
  type Command,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { globMatcher } from './engine/config.js';
import { DETECTORS_BY_ID, type Finding } from './engine/index.js';
import { actionsFor, fileUri, resolveMoveToEnv, type ActionContext, type DiskFacts, type EditSupport, type FileView } from './codeActions.js';
import { languageOf } from './comments.js';
import {
  Validator,
  isAllowlisted,
  notScannedDiagnostic,
  rangesIn,
  skippedMessage,
  toDiagnostics,
  type ScanContext,
  type Timers,
} from './diagnostics.js';
import { DocumentState } from './documents.js';
import { hoverFor } from './hover.js';
import {
  ClearWorkspaceResultsRequest,
  Commands,
  DEFAULT_SETTINGS,
  DIAGNOSTIC_SOURCE,
  SERVER_COMMANDS,
  SERVER_NAME,
  SETTINGS_SECTION,
  ScanWorkspaceRequest,
  StatusNotification,
  detectorDocUri,
  type CodeActionData,
  type CreateFilesArgs,
  type FindingData,
  type InitializationOptions,
  type LeakproofSettings,
  type MoveToEnvArgs,
  type ScanWorkspaceParams,
  type ScanWorkspaceResult,
  type StatusParams,
} from './protocol.js';
import { InProcessExecutor, WORKER_MARKER, WorkerExecutor, runScanWorker, type ScanExecutor, type ScannerSpec } from './scanning.js';
import { normalizeSettings, scannerSettingsKey } from './settings.js';
import { FrameGuard } from './transport.js';
import { CONFIG_FILE, ConfigCache, diskAccess, type FileAccess } from './workspaceConfig.js';
import { WORKSPACE_WORKER_MARKER, WorkspaceScan, runWorkspaceWorker, type FileResult, type FolderSettings } from './workspaceScan.js';

export interface ServerRuntime {
  readonly timers: Timers;
  /** Runs scans; default: a worker thread running `workerScript` (in-process when there is none). */
  readonly executor?: ScanExecutor;
  /** The server bundle, for worker threads (default: this file when it is the bundle). */
  readonly workerScript?: string;
  readonly files?: FileAccess;
}

interface Capabilities {
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

interface Folder {
  readonly uri: string;
  readonly path: string;
}

interface Published {
  readonly version: number;
  readonly diagnostics: Diagnostic[];
  readonly resultId: string;
}

/** How long a pull waits for the document to settle before answering from the mapped cache. */
const PULL_WAIT_MS = 3000;

function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

function defaultDocsBase(): string {
  return pathToFileURL(join(__dirname, '..', 'docs', 'detectors.md')).href;
}

export function startServer(connection: Connection, runtime: ServerRuntime): void {
  const docs = new Map<string, DocumentState>();
  const uriByPath = new Map<string, string>();
  const published = new Map<string, Published>();
  /** Diagnostics of the last workspace scan, for files not open. */
  const workspaceResults = new Map<string, Diagnostic[]>();
  let folders: Folder[] = [];
  let caps: Capabilities;
  let docsBaseUri = defaultDocsBase();
  let scanTimeoutMs = 15_000;
  let globalSettings: LeakproofSettings = DEFAULT_SETTINGS;
  const settingsCache = new Map<string, Promise<LeakproofSettings>>();
  let shuttingDown = false;

  const log = (message: string) => {
    try {
      connection.console.log(`[leakproof] ${message}`);
    } catch {
      // the connection may be gone
    }
  };

  /** Runs a handler; an exception is logged (never quoting a document) and answered with `fallback`. */
  function guard<A extends unknown[], R>(name: string, fallback: R, handler: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      try {
        return await handler(...args);
      } catch (error) {
        log(`${name} failed: ${(error as Error).message}`);
        return fallback;
      }
    };
  }

  // Open buffers win over the disk (a fix to .leakproof.json works before it is saved).
  const files: FileAccess = {
    exists: (path) => uriByPath.has(path) || (runtime.files ?? diskAccess).exists(path),
    read: (path) => {
      const uri = uriByPath.get(path);
      const state = uri ? docs.get(uri) : undefined;
      if (state) return { text: state.document.getText(), stamp: `buffer:${state.version}` };
      return (runtime.files ?? diskAccess).read(path);
    },
  };
  const configs = new ConfigCache(files);

  const workerScript = runtime.workerScript ?? (__filename.endsWith('.js') ? __filename : undefined);
  let executor: ScanExecutor;

  const folderOf = (path: string | undefined): Folder | undefined => {
    if (!path) return folders[0];
    let best: Folder | undefined;
    for (const folder of folders) if (isInside(folder.path, path) && (!best || folder.path.length > best.path.length)) best = folder;
    return best;
  };

  function settingsFor(uri: string): Promise<LeakproofSettings> {
    if (!caps.configuration) return Promise.resolve(globalSettings);
    let cached = settingsCache.get(uri);
    if (!cached) {
      const request = connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(
        (raw: unknown) => normalizeSettings(raw, globalSettings),
        () => globalSettings,
      );
      // A client that never answers must not stall scanning.
      const timeout = new Promise<LeakproofSettings>((resolve) => runtime.timers.setTimeout(() => resolve(globalSettings), 5000));
      cached = Promise.race([request, timeout]);
      settingsCache.set(uri, cached);
    }
    return cached;
  }

  // -------------------------------------------------------------------------------------------
  // Configuration files
  // -------------------------------------------------------------------------------------------

  let lastConfigErrors = '';
  function configErrorDiagnostics(path: string): Diagnostic[] {
    return configs
      .errors()
      .filter((e) => e.file === path)
      .map((e) => ({
        range: { start: { line: e.line - 1, character: Math.max(0, e.column - 1) }, end: { line: e.line - 1, character: Math.max(0, e.column - 1) + 1 } },
        severity: DiagnosticSeverity.Error,
        source: DIAGNOSTIC_SOURCE,
        code: 'config',
        message: `Invalid Leakproof configuration: ${e.problem}. The last valid version of this file stays in force.`,
      }));
  }

  /** Re-publishes config problems when they change (on the file, and in the status). */
  function refreshConfigErrors(): void {
    const errors = configs.errors();
    const key = errors.map((e) => e.message).join('\n');
    if (key === lastConfigErrors) return;
    const before = lastConfigErrors.split('\n').map((m) => m.replace(/:\d+:\d+: .*$/, ''));
    lastConfigErrors = key;
    const paths = new Set([...before.filter(Boolean), ...errors.map((e) => e.file)]);
    for (const path of paths) {
      const uri = uriByPath.get(path);
      const state = uri ? docs.get(uri) : undefined;
      if (state) republish(state);
      else connection.sendDiagnostics({ uri: fileUri(path), diagnostics: configErrorDiagnostics(path) });
    }
    sendStatus();
  }

  const configTimers = new Map<string, unknown>();
  const configHashInForce = new Map<string, string>();
  /** A `.leakproof.json` changed (buffer, save or disk): if what is in force changed, rescan everything. */
  function configChanged(path: string, delay = 0): void {
    const previous = configTimers.get(path);
    if (previous !== undefined) runtime.timers.clearTimeout(previous);
    configTimers.set(
      path,
      runtime.timers.setTimeout(() => {
        configTimers.delete(path);
        // Compared with what the last change event put in force — not with what a scan in between
        // loaded: a new `.leakproof.json` opened in the editor is scanned itself (loading it) before
        // its change event arrives, and the other open documents must still be rescanned. The first
        // event for a file therefore always rescans (a redundant rescan is cheap; a missed one is not).
        const before = configHashInForce.get(path);
        configs.invalidate(path);
        const after = configs.load(path).hash;
        configHashInForce.set(path, after);
        refreshConfigErrors();
        if (before !== after) revalidateAll();
      }, delay),
    );
  }

  // -------------------------------------------------------------------------------------------
  // Validation of open documents
  // -------------------------------------------------------------------------------------------

  async function contextFor(state: DocumentState): Promise<ScanContext> {
    const settings = await settingsFor(state.uri);
    if (!settings.enable) return { kind: 'skip', settings, reason: 'disabled' };
    const path = fsPathOf(state.uri);
    const folder = folderOf(path);
    const relativePath = path && folder ? relative(folder.path, path).split(sep).join('/') : undefined;
    if (relativePath && settings.exclude.some((glob) => globMatcher(glob)(relativePath))) return { kind: 'skip', settings, reason: 'excluded by the exclude setting' };
    const dir = path ? dirname(path) : folder?.path;
    const loaded = dir ? configs.forDirectory(dir, folder?.path ?? dir) : { root: process.cwd(), config: undefined, hash: '', file: undefined, text: undefined };
    refreshConfigErrors();
    if (path && loaded.config && loaded.config.scan.exclude.length > 0) {
      const fromRoot = relative(loaded.root, path).split(sep).join('/');
      if (loaded.config.scan.exclude.some((glob) => globMatcher(glob)(fromRoot))) return { kind: 'skip', settings, reason: 'excluded by scan.exclude in .leakproof.json' };
    }
    const length = state.document.getText().length;
    const maxSize = Math.min(settings.maxFileSize, loaded.config?.scan.maxFileSize ?? Number.MAX_SAFE_INTEGER);
    if (length > maxSize) {
      return {
        kind: 'skip',
        settings,
        reason: 'too large',
        note: `Leakproof did not scan this file: ${length} characters exceeds the limit of ${maxSize} (setting leakproof.maxFileSize, or scan.maxFileSize in .leakproof.json).`,
      };
    }
    const spec: ScannerSpec = {
      key: JSON.stringify([loaded.file ?? '', loaded.hash, loaded.root, folder?.path ?? '', scannerSettingsKey(settings)]),
      ...(loaded.file ? { configFile: loaded.file } : {}),
      ...(loaded.text !== undefined ? { configText: loaded.text } : {}),
      root: loaded.root,
      ...(folder ? { folder: folder.path } : {}),
      toggles: settings.detectors,
      maxSize: settings.maxFileSize,
      ignorePathFilters: true,
    };
    const enginePath = relativePath ?? path;
    return { kind: 'scan', settings, spec, ...(enginePath !== undefined ? { path: enginePath } : {}) };
  }

  const needsRefresh = new Set<string>();
  /** Documents whose pull was answered before they settled: the client must pull again. */
  const unsettledAnswers = new Set<string>();
  let refreshTimer: unknown;

  function diagnosticsOf(state: DocumentState, context: ScanContext): Diagnostic[] {
    const path = fsPathOf(state.uri);
    const configProblems = path && basename(path) === CONFIG_FILE ? configErrorDiagnostics(path) : [];
    if (state.quarantined) {
      return [
        notScannedDiagnostic(
          `Leakproof stopped scanning this file: ${state.quarantined}. Other files are not affected; this one is scanned again when it is reopened or the configuration changes.`,
          DiagnosticSeverity.Warning,
        ),
        ...configProblems,
      ];
    }
    if (context.kind === 'skip') return [...(context.note ? [notScannedDiagnostic(context.note)] : []), ...configProblems];
    const out = toDiagnostics(state.findings, rangesIn((offset) => state.document.positionAt(offset)), {
      settings: context.settings,
      docsBaseUri,
      uri: state.uri,
      relatedInformation: caps.relatedInformation,
    });
    const note = state.skipped ? skippedMessage(state.skipped) : undefined;
    if (note) out.push(notScannedDiagnostic(note));
    return [...out, ...configProblems];
  }

  const lastContext = new Map<string, ScanContext>();

  function settled(state: DocumentState, context: ScanContext): void {
    lastContext.set(state.uri, context);
    const diagnostics = diagnosticsOf(state, context);
    // The result id names the content (a re-scan that changes nothing is "unchanged" to a pulling client).
    const resultId = createHash('sha1').update(JSON.stringify(diagnostics)).digest('hex').slice(0, 20);
    const previous = published.get(state.uri);
    published.set(state.uri, { version: state.version, diagnostics, resultId });
    const same = previous?.version === state.version && previous.resultId === resultId;
    if (!caps.pull) {
      if (!same) connection.sendDiagnostics({ uri: state.uri, version: state.version, diagnostics });
    } else {
      const answeredUnsettled = unsettledAnswers.delete(state.uri);
      // A rescan the client did not trigger (configuration, reconciliation) changed something, or
      // the client holds an answer given before the document settled.
      if ((needsRefresh.delete(state.uri) && previous?.resultId !== resultId) || answeredUnsettled) scheduleRefresh();
    }
    if (state.quarantined) sendStatus();
  }

  /** Publishes again from the cache (presentation changed, not the findings). */
  function republish(state: DocumentState): void {
    const context = lastContext.get(state.uri);
    if (context && state.isClean) settled(state, context);
  }

  function scheduleRefresh(): void {
    if (!caps.refresh || refreshTimer !== undefined) return;
    refreshTimer = runtime.timers.setTimeout(() => {
      refreshTimer = undefined;
      connection.languages.diagnostics.refresh();
    }, 30);
  }

  function revalidateAll(): void {
    settingsCache.clear();
    for (const state of docs.values()) {
      state.quarantined = undefined;
      state.invalidate();
      if (caps.pull) needsRefresh.add(state.uri);
      validator.validateNow(state);
    }
    sendStatus();
  }

  let validator: Validator;

  // -------------------------------------------------------------------------------------------
  // Status
  // -------------------------------------------------------------------------------------------

  let scanning: { done: number; total: number } | undefined;
  let lastStatus = '';
  function sendStatus(): void {
    const status: StatusParams = {
      state: scanning ? 'scanning' : 'idle',
      ...(scanning ? { done: scanning.done, total: scanning.total } : {}),
      failedDocuments: [...docs.values()].filter((d) => d.quarantined).map((d) => d.uri),
      configErrors: configs.errors().map((e) => e.message),
    };
    const key = JSON.stringify(status);
    if (key === lastStatus) return;
    lastStatus = key;
    try {
      void connection.sendNotification(StatusNotification, status);
    } catch {
      // the connection may be gone
    }
  }

  // -------------------------------------------------------------------------------------------
  // Initialize
  // -------------------------------------------------------------------------------------------

  connection.onInitialize((params): InitializeResult => {
    const c = params.capabilities;
    const resolveProps = c.textDocument?.codeAction?.resolveSupport?.properties ?? [];
    const documentChanges = c.workspace?.workspaceEdit?.documentChanges === true;
    caps = {
      configuration: c.workspace?.configuration === true,
      pull: c.textDocument?.diagnostic !== undefined,
      refresh: c.workspace?.diagnostics?.refreshSupport === true,
      relatedInformation: c.textDocument?.publishDiagnostics?.relatedInformation === true,
      workDoneProgress: c.window?.workDoneProgress === true,
      showDocument: c.window?.showDocument?.support === true,
      hoverMarkdown: (c.textDocument?.hover?.contentFormat ?? [MarkupKind.PlainText]).includes(MarkupKind.Markdown),
      codeActionLiterals: c.textDocument?.codeAction?.codeActionLiteralSupport !== undefined,
      watchedFilesDynamic: c.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      configurationDynamic: c.workspace?.didChangeConfiguration?.dynamicRegistration === true,
      edits: {
        documentChanges,
        createFiles: documentChanges && (c.workspace?.workspaceEdit?.resourceOperations ?? []).includes('create'),
        resolveEdit: resolveProps.includes('edit'),
        applyEdit: c.workspace?.applyEdit === true,
      },
    };
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof options.docsBaseUri === 'string' && options.docsBaseUri) docsBaseUri = options.docsBaseUri;
    if (typeof options.scanTimeoutMs === 'number' && options.scanTimeoutMs > 0) scanTimeoutMs = options.scanTimeoutMs;
    if (options.settings) globalSettings = normalizeSettings(options.settings);

    const initialFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : params.rootPath ? [{ uri: pathToFileURL(params.rootPath).href, name: '' }] : []);
    folders = initialFolders.flatMap((f) => {
      const path = fsPathOf(f.uri);
      return path ? [{ uri: f.uri, path }] : [];
    });

    executor =
      runtime.executor ??
      (workerScript ? new WorkerExecutor({ script: workerScript, timeoutMs: scanTimeoutMs, log }) : new InProcessExecutor());
    validator = new Validator({ executor, timers: runtime.timers, contextFor, settled, log, backgroundRescan: (state) => caps.pull && needsRefresh.add(state.uri) });

    return {
      serverInfo: { name: SERVER_NAME, version: '0.1.0' },
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: true },
        executeCommandProvider: { commands: [...SERVER_COMMANDS] },
        ...(caps.pull ? { diagnosticProvider: { identifier: 'leakproof', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
    };
  });

  connection.onInitialized(
    guard('initialized', undefined, async () => {
      if (caps.configurationDynamic) await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
      if (caps.watchedFilesDynamic) await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }] });
      if (folders.length > 0 && typeof (connection.workspace as { onDidChangeWorkspaceFolders?: unknown }).onDidChangeWorkspaceFolders === 'function') {
        try {
          connection.workspace.onDidChangeWorkspaceFolders((event) => {
            const removed = new Set(event.removed.map((f) => f.uri));
            folders = folders.filter((f) => !removed.has(f.uri));
            for (const added of event.added) {
              const path = fsPathOf(added.uri);
              if (path) folders.push({ uri: added.uri, path });
            }
            revalidateAll();
          });
        } catch {
          // the client did not announce workspace folder support
        }
      }
      // Build the default scanner while the user opens the first file.
      if (executor instanceof WorkerExecutor) {
        const folder = folders[0]?.path ?? process.cwd();
        const loaded = configs.forDirectory(folder, folder);
        executor.warm({
          key: JSON.stringify([loaded.file ?? '', loaded.hash, loaded.root, folder, scannerSettingsKey(globalSettings)]),
          ...(loaded.file ? { configFile: loaded.file } : {}),
          ...(loaded.text !== undefined ? { configText: loaded.text } : {}),
          root: loaded.root,
          folder,
          toggles: globalSettings.detectors,
          maxSize: globalSettings.maxFileSize,
          ignorePathFilters: true,
        });
      }
    }),
  );

  connection.onShutdown(() => {
    shuttingDown = true;
    executor?.dispose();
    activeScan?.cancel();
  });

  // -------------------------------------------------------------------------------------------
  // Document sync
  // -------------------------------------------------------------------------------------------

  const isConfigPath = (path: string | undefined) => path !== undefined && basename(path) === CONFIG_FILE;

  connection.onDidOpenTextDocument(
    guard('didOpen', undefined, (params) => {
      const { uri, languageId, version, text } = params.textDocument;
      const old = docs.get(uri);
      if (old) old.closed = true;
      const state = new DocumentState(uri, languageId, version, text);
      docs.set(uri, state);
      const path = fsPathOf(uri);
      if (path) uriByPath.set(path, uri);
      if (isConfigPath(path)) configChanged(path!);
      if (caps.pull && workspaceResults.has(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
      validator.validateNow(state);
    }),
  );

  connection.onDidChangeTextDocument(
    guard('didChange', undefined, (params) => {
      const state = docs.get(params.textDocument.uri);
      if (!state) return;
      const version = params.textDocument.version;
      // Versions only grow (LSP). A change for an older or equal version was computed against text
      // this server no longer has: applying it would put an older version over a newer one.
      if (!Number.isInteger(version) || version <= state.version) {
        log(`ignored a change to ${state.uri} for version ${String(version)}: the document is already at version ${state.version}`);
        return;
      }
      state.applyChanges(params.contentChanges, version);
      validator.changed(state);
      const path = fsPathOf(state.uri);
      if (isConfigPath(path)) configChanged(path!, 300);
    }),
  );

  connection.onDidSaveTextDocument(
    guard('didSave', undefined, (params) => {
      const state = docs.get(params.textDocument.uri);
      if (state) validator.saved(state);
      const path = fsPathOf(params.textDocument.uri);
      if (isConfigPath(path)) configChanged(path!);
    }),
  );

  connection.onDidCloseTextDocument(
    guard('didClose', undefined, async (params) => {
      const uri = params.textDocument.uri;
      const state = docs.get(uri);
      if (state) state.closed = true;
      docs.delete(uri);
      published.delete(uri);
      unsettledAnswers.delete(uri);
      lastContext.delete(uri);
      validator.closed(uri);
      const path = fsPathOf(uri);
      if (path && uriByPath.get(path) === uri) uriByPath.delete(path);
      if (isConfigPath(path)) configChanged(path!);
      if (workspaceResults.has(uri) && path) await rescanClosedFile(uri, path);
      else if (!caps.pull) connection.sendDiagnostics({ uri, diagnostics: [] });
      sendStatus();
    }),
  );

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, (params) => {
      const raw = (params.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
      if (raw !== undefined) globalSettings = normalizeSettings(raw);
      revalidateAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, (params) => {
      for (const change of params.changes) {
        const path = fsPathOf(change.uri);
        if (!isConfigPath(path)) continue;
        if (change.type === FileChangeType.Deleted) configs.forget(path);
        configChanged(path!);
      }
    }),
  );

  // -------------------------------------------------------------------------------------------
  // Pull diagnostics
  // -------------------------------------------------------------------------------------------

  async function settledState(uri: string, token?: CancellationToken, limitMs = 10_000): Promise<DocumentState | undefined> {
    const state = docs.get(uri);
    if (!state) return undefined;
    await Promise.race([
      validator.whenIdle(uri),
      new Promise<void>((resolve) => {
        runtime.timers.setTimeout(resolve, limitMs);
        token?.onCancellationRequested(() => resolve());
      }),
    ]);
    return docs.get(uri);
  }

  connection.languages.diagnostics.on(
    guard('textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] } as DocumentDiagnosticReport, async (params, token) => {
      const uri = params.textDocument.uri;
      const state = await settledState(uri, token, PULL_WAIT_MS);
      if (!state) return { kind: DocumentDiagnosticReportKind.Full, items: workspaceResults.get(uri) ?? [] };
      const result = published.get(uri);
      if (!result || result.version !== state.version) {
        // Still typing (or scanning): the last settled result may name a token deleted since.
        // Answer from the cache as it stands — findings mapped through every edit, those an edit
        // touched dropped — without a result id, and refresh once the document settles.
        unsettledAnswers.add(uri);
        const context = lastContext.get(uri);
        return { kind: DocumentDiagnosticReportKind.Full, items: context ? diagnosticsOf(state, context) : [] };
      }
      if (params.previousResultId === result.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: result.resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId: result.resultId, items: result.diagnostics };
    }),
  );

  // -------------------------------------------------------------------------------------------
  // Code actions
  // -------------------------------------------------------------------------------------------

  function readFile(path: string): FileView {
    const uri = uriByPath.get(path);
    const state = uri ? docs.get(uri) : undefined;
    if (state) return { uri: state.uri, path, text: state.document.getText(), version: state.version };
    const read = (runtime.files ?? diskAccess).read(path);
    return { uri: fileUri(path), path, text: read?.text, version: null };
  }

  function actionContext(state: DocumentState): ActionContext {
    const path = fsPathOf(state.uri);
    const folder = folderOf(path);
    const dir = path ? dirname(path) : folder?.path;
    const loaded = dir ? configs.forDirectory(dir, folder?.path ?? dir) : undefined;
    return {
      state,
      language: languageOf(state.document.languageId, path),
      path,
      folder: folder?.path,
      config: {
        ...(loaded?.file ? { file: loaded.file } : {}),
        root: loaded?.root ?? folder?.path ?? '',
        config: loaded?.config ?? { allowlist: [], detectors: { disable: [], enable: [] }, customDetectors: [], scan: { includeExtensions: [], exclude: [] } },
        broken: loaded?.error !== undefined,
      },
      support: caps.edits,
      readFile,
    };
  }

  const emptyActions: (CodeAction | Command)[] = [];
  connection.onCodeAction(
    guard('codeAction', emptyActions, async (params, token) => {
      const only = params.context.only;
      if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`) || kind === CodeActionKind.Empty)) return [];
      const state = await settledState(params.textDocument.uri, token, 3000);
      if (!state) return [];
      const start = state.document.offsetAt(params.range.start);
      const end = state.document.offsetAt(params.range.end);
      const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
      const findings = state.findings.filter(
        (f) =>
          !isAllowlisted(f) &&
          ((f.range[0] <= end && f.range[1] >= start) || ours.some((d) => (d.data as FindingData | undefined)?.fingerprint === f.fingerprint && state.document.offsetAt(d.range.start) === f.range[0])),
      );
      const context = actionContext(state);
      const actions: CodeAction[] = [];
      for (const finding of findings) {
        const diagnostics = ours.filter((d) => (d.data as FindingData | undefined)?.fingerprint === finding.fingerprint || (d.code === finding.detectorId && state.document.offsetAt(d.range.start) === finding.range[0]));
        actions.push(...actionsFor(context, finding, diagnostics));
      }
      if (!caps.codeActionLiterals) return actions.flatMap((a) => (a.command ? [a.command] : []));
      return actions;
    }),
  );

  function findingFor(state: DocumentState, fingerprint: string, offset: number): Finding | undefined {
    let best: Finding | undefined;
    for (const finding of state.findings) {
      if (finding.fingerprint !== fingerprint) continue;
      if (!best || Math.abs(finding.range[0] - offset) < Math.abs(best.range[0] - offset)) best = finding;
    }
    return best;
  }

  const diskFacts: DiskFacts = {
    isRepoRoot: (dir) => {
      try {
        return existsSync(join(dir, '.git'));
      } catch {
        return false;
      }
    },
    isSymlink: (path) => {
      try {
        return lstatSync(path).isSymbolicLink();
      } catch {
        return false;
      }
    },
    isTracked: (path) => {
      try {
        const out = execFileSync('git', ['ls-files', '-z', '--', basename(path)], { cwd: dirname(path), encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
        return out.length > 0;
      } catch {
        return false; // not a repository (or no git): nothing is tracked
      }
    },
  };

  connection.onCodeActionResolve(
    guard('codeAction/resolve', undefined as unknown as CodeAction, async (action: CodeAction) => {
      const data = action.data as CodeActionData | undefined;
      if (data?.kind !== 'moveToEnv') return action;
      const state = await settledState(data.uri, undefined, 3000);
      const finding = state ? findingFor(state, data.fingerprint, data.offset) : undefined;
      if (!state || !finding) return action;
      const resolved = resolveMoveToEnv(actionContext(state), finding, diskFacts);
      if (resolved?.kind === 'refused') {
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: resolved.reason });
        return action;
      }
      if (resolved?.edit) action.edit = resolved.edit;
      if (resolved?.command) action.command = resolved.command;
      return action;
    }),
  );

  // -------------------------------------------------------------------------------------------
  // Commands
  // -------------------------------------------------------------------------------------------

  /** Creates `.leakproof.json`, `.env` or `.gitignore` inside a workspace folder (appends to line files that appeared meanwhile). */
  function createFiles(args: CreateFilesArgs): void {
    for (const file of args.files ?? []) {
      const path = fsPathOf(file.uri);
      if (!path || ![CONFIG_FILE, '.env', '.gitignore'].includes(basename(path))) continue;
      const dir = dirname(path);
      const allowed = folders.length === 0 ? existsSync(dir) : folders.some((f) => isInside(f.path, dir));
      if (!allowed || typeof file.content !== 'string') continue;
      if (!existsSync(path)) writeFileSync(path, file.content, { flag: 'wx' });
      else if (basename(path) !== CONFIG_FILE) {
        const current = readFileSync(path, 'utf8');
        appendFileSync(path, `${current.length > 0 && !current.endsWith('\n') ? '\n' : ''}${file.content}`);
      }
      if (basename(path) === CONFIG_FILE) configChanged(path);
    }
  }

  connection.onExecuteCommand(
    guard('executeCommand', undefined as unknown, async (params, token) => {
      const args = params.arguments ?? [];
      switch (params.command) {
        case Commands.scanWorkspace:
          return scanWorkspace({}, token);
        case Commands.openDocumentation: {
          const id = String(args[0] ?? '');
          const uri = detectorDocUri(docsBaseUri, id);
          if (caps.showDocument) {
            await connection.window.showDocument({ uri, external: !uri.startsWith('file:'), takeFocus: true });
          } else {
            const guide = DETECTORS_BY_ID.get(id)?.guide;
            connection.window.showInformationMessage(`Leakproof: documentation for ${id}: ${uri}${guide?.url ? ` — revoke at ${guide.url}` : ''}`);
          }
          return undefined;
        }
        case Commands.moveToEnv: {
          const move = args[0] as MoveToEnvArgs | undefined;
          if (!move || !caps.edits.applyEdit) return undefined;
          const state = await settledState(move.uri, token, 3000);
          const finding = state ? findingFor(state, move.fingerprint, move.offset) : undefined;
          if (!state || !finding) return undefined;
          const resolved = resolveMoveToEnv(actionContext(state), finding, diskFacts);
          if (resolved?.kind === 'refused') {
            void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: resolved.reason });
            return undefined;
          }
          if (resolved?.edit) await connection.workspace.applyEdit({ label: `Move to an environment variable (${resolved.name})`, edit: resolved.edit });
          if (resolved?.command?.command === Commands.createFiles) createFiles(resolved.command.arguments?.[0] as CreateFilesArgs);
          return undefined;
        }
        case Commands.createFiles:
          createFiles(args[0] as CreateFilesArgs);
          return undefined;
        default:
          return undefined;
      }
    }),
  );

  // -------------------------------------------------------------------------------------------
  // Hover
  // -------------------------------------------------------------------------------------------

  connection.onHover(
    guard('hover', null, async (params, token) => {
      const state = await settledState(params.textDocument.uri, token, 2000);
      if (!state) return null;
      const offset = state.document.offsetAt(params.position);
      for (const finding of state.findings) {
        const index = finding.matches.findIndex((m) => offset >= m.range[0] && offset <= m.range[1]);
        if (index === -1) continue;
        const match = finding.matches[index]!;
        const range = { start: state.document.positionAt(match.range[0]), end: state.document.positionAt(match.range[1]) };
        return hoverFor(finding, range, { docsBaseUri, language: languageOf(state.document.languageId, fsPathOf(state.uri)), markdown: caps.hoverMarkdown });
      }
      return null;
    }),
  );

  // -------------------------------------------------------------------------------------------
  // Workspace scan
  // -------------------------------------------------------------------------------------------

  let activeScan: WorkspaceScan | undefined;

  async function rescanClosedFile(uri: string, path: string): Promise<void> {
    const read = (runtime.files ?? diskAccess).read(path);
    if (!read) {
      workspaceResults.delete(uri);
      connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const state = new DocumentState(uri, '', 0, read.text);
    const context = await contextFor(state);
    if (context.kind === 'skip') {
      workspaceResults.delete(uri);
      connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const plan = state.takePlan()!;
    try {
      const results = await executor.scan({ spec: { ...context.spec, ignorePathFilters: false }, text: plan.text, ...(context.path !== undefined ? { path: context.path } : {}) });
      state.applyResult(plan.id, results);
    } catch {
      return;
    }
    if (docs.has(uri)) return; // reopened meanwhile
    const diagnostics = toDiagnostics(state.findings, rangesIn((o) => state.document.positionAt(o)), {
      settings: context.settings,
      docsBaseUri,
      uri,
      relatedInformation: caps.relatedInformation,
      fromWorkspaceScan: true,
    });
    if (diagnostics.length > 0) workspaceResults.set(uri, diagnostics);
    else workspaceResults.delete(uri);
    connection.sendDiagnostics({ uri, diagnostics });
  }

  async function scanWorkspace(params: ScanWorkspaceParams, token: CancellationToken): Promise<ScanWorkspaceResult> {
    const started = Date.now();
    activeScan?.cancel();
    if (!workerScript) throw new Error('the workspace scan needs the bundled server (dist/server.js)');
    const targets = (params.folders ?? folders.map((f) => f.uri)).flatMap((uri) => {
      const path = fsPathOf(uri);
      return path ? [{ uri, path }] : [];
    });
    const folderSettings: FolderSettings[] = [];
    const settingsByFolder = new Map<string, LeakproofSettings>();
    for (const target of targets) {
      const settings = await settingsFor(target.uri);
      if (!settings.enable) continue;
      settingsByFolder.set(target.path, settings);
      folderSettings.push({ folder: target.path, exclude: settings.exclude, maxFileSize: settings.maxFileSize, toggles: settings.detectors });
    }

    let reporter: WorkDoneProgressServerReporter | undefined;
    const title = 'Leakproof: scanning the workspace';
    let progressToken = params.workDoneToken;
    if (progressToken !== undefined) {
      void connection.sendProgress(WorkDoneProgress.type, progressToken, { kind: 'begin', title, cancellable: true, percentage: 0 });
    } else if (caps.workDoneProgress) {
      try {
        reporter = await connection.window.createWorkDoneProgress();
        reporter.begin(title, 0, undefined, true);
      } catch {
        reporter = undefined;
      }
    }
    const scan = new WorkspaceScan({ script: workerScript, timeoutMs: scanTimeoutMs, log });
    activeScan = scan;
    const fresh = new Map<string, Diagnostic[]>();
    let findings = 0;
    let lastReport = 0;
    scanning = { done: 0, total: 0 };
    sendStatus();
    let outcome;
    try {
      outcome = await scan.run(folderSettings, {
        isCancelled: () => token.isCancellationRequested || reporter?.token.isCancellationRequested === true || shuttingDown,
        onCancel: (cancel) => {
          token.onCancellationRequested(cancel);
          reporter?.token.onCancellationRequested(cancel);
        },
        progress: (done, total) => {
          scanning = { done, total };
          const now = Date.now();
          if (now - lastReport < 100 && done !== total) return;
          lastReport = now;
          const percentage = total === 0 ? 100 : Math.floor((done / total) * 100);
          const message = `${done}/${total} files`;
          if (progressToken !== undefined) void connection.sendProgress(WorkDoneProgress.type, progressToken, { kind: 'report', message, percentage, cancellable: true });
          else reporter?.report(percentage, message);
          sendStatus();
        },
        file: (result: FileResult, folder: FolderSettings) => {
          const uri = fileUri(result.path);
          const settings = settingsByFolder.get(folder.folder) ?? globalSettings;
          const rangesByFinding = new Map(result.findings.map((f, i) => [f, result.ranges[i] ?? []]));
          const diagnostics = toDiagnostics(result.findings, (f) => rangesByFinding.get(f) ?? [], {
            settings,
            docsBaseUri,
            uri,
            relatedInformation: caps.relatedInformation,
            fromWorkspaceScan: true,
          });
          findings += diagnostics.length;
          if (diagnostics.length === 0) return;
          fresh.set(uri, diagnostics);
          const openUri = uriByPath.get(result.path);
          if (!openUri || !docs.has(openUri)) connection.sendDiagnostics({ uri, diagnostics });
        },
      });
    } finally {
      if (activeScan === scan) activeScan = undefined;
      scanning = undefined;
      if (progressToken !== undefined) void connection.sendProgress(WorkDoneProgress.type, progressToken, { kind: 'end' });
      reporter?.done();
      progressToken = undefined;
      sendStatus();
    }
    if (!outcome.cancelled) {
      for (const uri of workspaceResults.keys()) {
        if (fresh.has(uri)) continue;
        const path = fsPathOf(uri);
        const openUri = path ? uriByPath.get(path) : undefined;
        if (!openUri || !docs.has(openUri)) connection.sendDiagnostics({ uri, diagnostics: [] });
      }
      workspaceResults.clear();
    }
    for (const [uri, diagnostics] of fresh) workspaceResults.set(uri, diagnostics);
    return {
      files: outcome.files,
      findings,
      filesWithFindings: fresh.size,
      skipped: outcome.skipped,
      durationMs: Date.now() - started,
      cancelled: outcome.cancelled,
    };
  }

  connection.onRequest(ScanWorkspaceRequest, guard('scanWorkspace', { files: 0, findings: 0, filesWithFindings: 0, skipped: 0, durationMs: 0, cancelled: true }, scanWorkspace));

  connection.onRequest(
    ClearWorkspaceResultsRequest,
    guard('clearWorkspaceResults', undefined, () => {
      for (const uri of workspaceResults.keys()) {
        const path = fsPathOf(uri);
        const openUri = path ? uriByPath.get(path) : undefined;
        if (!openUri || !docs.has(openUri)) connection.sendDiagnostics({ uri, diagnostics: [] });
      }
      workspaceResults.clear();
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Entry point: `node dist/server.js --stdio` / `--node-ipc`, or a worker thread of it
// ---------------------------------------------------------------------------------------------

/**
 * Over stdio every frame passes a FrameGuard (transport.ts) first: a malformed or oversized header
 * ends the server with a clear line on stderr, a `window/logMessage` to the client and exit code 1
 * (the client restarts it), instead of an unbounded buffer or a reader stuck on a lost frame.
 */
function guardedStdioConnection(): Connection {
  const guard: FrameGuard = new FrameGuard({
    onViolation: (problem) => {
      const message = `[leakproof] protocol error on stdin: ${problem}; the message stream cannot be resynchronised, exiting`;
      process.stderr.write(`${message}\n`);
      process.stdin.unpipe(guard);
      const exit = () => process.exit(1);
      connection.sendNotification(LogMessageNotification.type, { type: MessageType.Error, message }).then(exit, exit);
      setTimeout(exit, 1000).unref();
    },
  });
  // vscode-languageserver ends the process when this stream ends or closes, as it does for stdin.
  const connection = createConnection(ProposedFeatures.all, guard, process.stdout);
  process.stdin.pipe(guard);
  // createConnection only routes console output to the client for its own `--stdio`; here stray
  // console output must not corrupt the protocol stream on stdout either.
  const toStderr = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);
  console.log = console.info = console.warn = console.error = console.debug = toStderr;
  return connection;
}

function main(): void {
  const role = (workerData as { role?: string } | null)?.role;
  if (!isMainThread && parentPort) {
    if (role === WORKER_MARKER) runScanWorker(parentPort as never);
    else if (role === WORKSPACE_WORKER_MARKER) runWorkspaceWorker(parentPort as never);
    return;
  }
  // A stray exception must not end the server (handlers are guarded; this is the last line).
  process.on('uncaughtException', (error) => process.stderr.write(`[leakproof] uncaught: ${error.message}\n`));
  process.on('unhandledRejection', (reason) => process.stderr.write(`[leakproof] unhandled rejection: ${(reason as Error)?.message ?? 'unknown'}\n`));
  const connection = process.argv.includes('--stdio') ? guardedStdioConnection() : createConnection(ProposedFeatures.all);
  startServer(connection, { timers: { setTimeout: (cb, ms) => setTimeout(cb, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) } });
  connection.listen();
  // Over node-ipc the client going away shows as 'disconnect' on the IPC channel, which
  // vscode-jsonrpc does not watch (it listens for 'close'): without this the server is orphaned.
  if (process.send !== undefined) process.on('disconnect', () => process.exit(0));
}

if (!isMainThread || require.main === module) main();
