/**
 * The Leakproof language server: `startServer(connection, runtime)` is wiring only — a state object
 * (features/state.ts) and the feature modules under features/ registered on the connection (thin
 * server, pure engine — json-language-features `jsonServer.ts` habit; timers and file access are
 * injected, and every disk write goes through the injected files). The bundle's entry (bottom)
 * starts it over `--stdio` or `--node-ipc`, or runs a scan worker when loaded in a worker thread.
 *
 * Capabilities are negotiated, never assumed (lsp-sample `onInitialize`): pull diagnostics when
 * the client supports them (else push), `workspace/configuration` per resource when supported
 * (else `initializationOptions.settings` and `didChangeConfiguration`), resource operations and
 * `codeAction/resolve` for the fixes, `window/workDoneProgress` for the workspace scan.
 *
 * Robustness: every handler is guarded (one bad document or message never takes the server down),
 * scans run in a worker under a watchdog (scanning.ts), frames on stdio are checked before they
 * are buffered (transport.ts), and nothing logged quotes a document.
 */
import { pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  LogMessageNotification,
  MarkupKind,
  MessageType,
  ProposedFeatures,
  TextDocumentSyncKind,
  createConnection,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { ConfigFiles } from './features/configFiles.js';
import { registerCommands } from './features/commands.js';
import { registerDocumentSync } from './features/documentSync.js';
import { registerFindingsSummary } from './features/findingCounts.js';
import { registerHover } from './features/hoverProvider.js';
import { Publishing } from './features/publishing.js';
import { QuickFixes } from './features/quickFixes.js';
import { ServerState, fsPathOf, type Capabilities, type ServerRuntime } from './features/state.js';
import { WorkerHost, runWorkerThread } from './features/workerHost.js';
import { WorkspaceScanning } from './features/workspaceScanning.js';
import { SERVER_COMMANDS, SERVER_NAME, SETTINGS_SECTION, type InitializationOptions } from './protocol.js';
import { normalizeSettings } from './settings.js';
import { scannerSpec } from './project/scannerFactory.js';
import { FrameGuard } from './transport.js';
import { CONFIG_FILE } from './project/configFile.js';

export type { ServerRuntime } from './features/state.js';
export type { ServerFiles } from './features/files.js';

function capabilitiesOf(c: InitializeParams['capabilities']): Capabilities {
  const resolveProps = c.textDocument?.codeAction?.resolveSupport?.properties ?? [];
  const documentChanges = c.workspace?.workspaceEdit?.documentChanges === true;
  return {
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
}

export function startServer(connection: Connection, runtime: ServerRuntime): void {
  const state = new ServerState(connection, runtime);
  const workers = new WorkerHost(state);
  // Configuration files and publishing need each other: config changes rescan documents, scans
  // report config errors. The events below close the loop without a module cycle.
  const configFiles: ConfigFiles = new ConfigFiles(state, {
    errorsChanged: (path: string): boolean => publishing.configErrorsChanged(path),
    inForceChanged: (): void => publishing.revalidateAll(),
  });
  const publishing: Publishing = new Publishing(state, configFiles);
  const workspaceScan = new WorkspaceScanning(state, publishing, workers);
  const quickFixes = new QuickFixes(state, publishing);
  let scanWorkspaceOnStartup = false;

  connection.onInitialize((params): InitializeResult => {
    state.caps = capabilitiesOf(params.capabilities);
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof options.docsBaseUri === 'string' && options.docsBaseUri) state.docsBaseUri = options.docsBaseUri;
    if (typeof options.scanTimeoutMs === 'number' && options.scanTimeoutMs > 0) state.scanTimeoutMs = options.scanTimeoutMs;
    if (options.settings) state.globalSettings = normalizeSettings(options.settings);
    scanWorkspaceOnStartup = options.scanWorkspaceOnStartup === true;

    const initialFolders =
      params.workspaceFolders ??
      (params.rootUri
        ? [{ uri: params.rootUri, name: '' }]
        : params.rootPath
          ? [{ uri: pathToFileURL(params.rootPath).href, name: '' }]
          : []);
    state.folders = initialFolders.flatMap((f) => {
      const path = fsPathOf(f.uri);
      return path ? [{ uri: f.uri, path }] : [];
    });
    publishing.start(workers.start());
    // Start the scan worker and build the default scanner now, while the client reads this answer
    // and opens its first file: the first scan does not pay for the worker's start-up and the
    // detectors' compilation after the registrations below (issue 12 item 5).
    const folder = state.folders[0]?.path ?? process.cwd();
    workers.warm(
      scannerSpec(state.configs.forDirectory(folder, folder), {
        folder,
        toggles: state.globalSettings.detectors,
        maxSize: state.globalSettings.maxFileSize,
        ignorePathFilters: true,
      }),
    );

    return {
      serverInfo: { name: SERVER_NAME, version: '0.1.0' },
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: true },
        executeCommandProvider: { commands: [...SERVER_COMMANDS] },
        ...(state.caps.pull
          ? { diagnosticProvider: { identifier: 'leakproof', interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
    };
  });

  connection.onInitialized(
    state.guardNotification('initialized', async () => {
      if (state.caps.configurationDynamic)
        await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
      if (state.caps.watchedFilesDynamic)
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: `**/${CONFIG_FILE}` }, { globPattern: '**/.gitignore' }],
        });
      if (
        state.folders.length > 0 &&
        typeof (connection.workspace as { onDidChangeWorkspaceFolders?: unknown }).onDidChangeWorkspaceFolders === 'function'
      ) {
        try {
          connection.workspace.onDidChangeWorkspaceFolders((event) => {
            const removed = new Set(event.removed.map((f) => f.uri));
            state.folders = state.folders.filter((f) => !removed.has(f.uri));
            for (const added of event.added) {
              const path = fsPathOf(added.uri);
              if (path) state.folders.push({ uri: added.uri, path });
            }
            publishing.revalidateAll();
          });
        } catch {
          // the client did not announce workspace folder support
        }
      }
      // After the open documents: their diagnostics come first (issue 12 item 5).
      if (scanWorkspaceOnStartup) workspaceScan.scanAfterOpenDocuments();
    }),
  );

  connection.onShutdown(() => {
    state.shuttingDown = true;
    workers.dispose();
    workspaceScan.cancel();
  });

  registerDocumentSync(state, publishing, configFiles, workspaceScan);
  configFiles.register();
  publishing.register();
  quickFixes.register();
  registerCommands(state, quickFixes, configFiles, workspaceScan);
  registerHover(state, publishing);
  workspaceScan.register();
  registerFindingsSummary(state);
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
  if (!isMainThread) {
    runWorkerThread();
    return;
  }
  // A stray exception must not end the server (handlers are guarded; this is the last line).
  process.on('uncaughtException', (error) => process.stderr.write(`[leakproof] uncaught: ${error.message}\n`));
  process.on('unhandledRejection', (reason) =>
    process.stderr.write(`[leakproof] unhandled rejection: ${(reason as Error)?.message ?? 'unknown'}\n`),
  );
  const connection = process.argv.includes('--stdio') ? guardedStdioConnection() : createConnection(ProposedFeatures.all);
  startServer(connection, {
    timers: { setTimeout: (cb, ms) => setTimeout(cb, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
  });
  connection.listen();
  // Over node-ipc the client going away shows as 'disconnect' on the IPC channel, which
  // vscode-jsonrpc does not watch (it listens for 'close'): without this the server is orphaned.
  if (process.send !== undefined) process.on('disconnect', () => process.exit(0));
}

if (!isMainThread || require.main === module) main();
