/**
 * A small LSP client over the bundled server (`dist/server.js`), for protocol tests: stdio or
 * node-ipc, configurable client capabilities, every message recorded (tests assert that no secret
 * ever crosses the wire), and helpers to wait for diagnostics of a given version and to apply
 * WorkspaceEdits the way an editor would (to buffers it has open, else to disk).
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  WorkDoneProgress,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = resolve(__dirname, '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');

export type Transport = 'stdio' | 'ipc';

/** What VS Code 1.100 (vscode-languageclient 9) announces, trimmed to what the server reads. */
export function vscodeLikeCapabilities(overrides: { pull?: boolean; configuration?: boolean } = {}): ClientCapabilities {
  return {
    workspace: {
      applyEdit: true,
      configuration: overrides.configuration ?? true,
      workspaceFolders: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
      ...(overrides.pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } },
        resolveSupport: { properties: ['edit'] },
        dataSupport: true,
        isPreferredSupport: true,
      },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      ...(overrides.pull ? { diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false } } : {}),
    },
    window: { workDoneProgress: true, showDocument: { support: true } },
  };
}

export interface Received {
  readonly method: string;
  readonly params: unknown;
}

export class TestClient {
  readonly received: Received[] = [];
  readonly sent: Received[] = [];
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Open buffers, as an editor holds them. */
  readonly buffers = new Map<string, TextDocument>();
  /** Answers to `workspace/configuration`, by scope URI (or '*' for all). */
  settings: Record<string, unknown> = {};
  readonly shownDocuments: string[] = [];
  readonly messages: string[] = [];
  readonly progress: unknown[] = [];
  refreshes = 0;
  private listeners: (() => void)[] = [];
  private stderr = '';

  private constructor(
    readonly connection: MessageConnection,
    readonly child: ChildProcess,
  ) {}

  static async start(
    options: { transport?: Transport; capabilities?: ClientCapabilities; rootPath?: string; initializationOptions?: unknown } = {},
  ): Promise<{ client: TestClient; init: InitializeResult }> {
    const transport = options.transport ?? 'stdio';
    let child: ChildProcess;
    let connection: MessageConnection;
    if (transport === 'stdio') {
      child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    } else {
      child = fork(SERVER, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
      connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    }
    const client = new TestClient(connection, child);
    child.stderr!.on('data', (chunk: Buffer) => (client.stderr += String(chunk)));
    client.wire();
    connection.listen();
    const rootUri = options.rootPath ? pathToFileURL(options.rootPath).href : null;
    const init = await client.request(InitializeRequest.method, {
      processId: process.pid,
      rootUri,
      capabilities: options.capabilities ?? vscodeLikeCapabilities(),
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'root' }] : null,
      initializationOptions: options.initializationOptions ?? { docsBaseUri: 'https://leakproof.example/docs/detectors.md' },
    });
    client.notify(InitializedNotification.method, {});
    return { client, init: init as InitializeResult };
  }

  private record(list: Received[], method: string, params: unknown): void {
    list.push({ method, params });
    for (const listener of this.listeners.splice(0)) listener();
  }

  private wire(): void {
    const c = this.connection;
    c.onNotification((method: string, params: unknown) => {
      this.record(this.received, method, params);
      if (method === PublishDiagnosticsNotification.method) {
        const p = params as PublishDiagnosticsParams;
        this.diagnostics.set(p.uri, p);
      }
      if (method === '$/progress') this.progress.push(params);
      if (method === 'window/showMessage') this.messages.push((params as { message: string }).message);
    });
    c.onRequest((method: string, params: unknown) => {
      this.record(this.received, method, params);
      switch (method) {
        case 'workspace/configuration': {
          const items = (params as { items: { scopeUri?: string; section?: string }[] }).items;
          return items.map((item) => this.settings[item.scopeUri ?? '*'] ?? this.settings['*'] ?? null);
        }
        case 'window/workDoneProgress/create':
          this.trackProgress((params as { token: string | number }).token);
          return null;
        case 'client/registerCapability':
        case 'client/unregisterCapability':
          return null;
        case 'workspace/diagnostic/refresh':
          this.refreshes++;
          return null;
        case 'window/showDocument':
          this.shownDocuments.push((params as { uri: string }).uri);
          return { success: true };
        case 'workspace/applyEdit':
          this.applyEdit((params as { edit: WorkspaceEdit }).edit);
          return { applied: true };
        default:
          return null;
      }
    });
  }

  /** Records `$/progress` on `token` (jsonrpc routes progress to per-token handlers, not to the star handler). */
  trackProgress(token: string | number): void {
    this.connection.onProgress(WorkDoneProgress.type, token, (value) => {
      this.progress.push({ token, value });
      for (const listener of this.listeners.splice(0)) listener();
    });
  }

  /** Everything the server sent, as one string (for "no secret on the wire" assertions). */
  transcript(): string {
    return JSON.stringify(this.received);
  }

  serverStderr(): string {
    return this.stderr;
  }

  async request<R = unknown>(method: string, params: unknown): Promise<R> {
    this.sent.push({ method, params });
    return await this.connection.sendRequest(method, params);
  }

  notify(method: string, params: unknown): void {
    this.sent.push({ method, params });
    void this.connection.sendNotification(method, params);
  }

  /** Resolves at the next message from the server. */
  nextMessage(): Promise<void> {
    return new Promise((resolve) => this.listeners.push(resolve));
  }

  async waitFor<T>(probe: () => T | undefined, timeoutMs = 10_000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined && value !== false) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await Promise.race([this.nextMessage(), new Promise((r) => setTimeout(r, Math.min(left, 200)))]);
    }
  }

  /** Diagnostics published for the buffer's current version. */
  async diagnosticsFor(uri: string, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const version = this.buffers.get(uri)?.version;
    const params = await this.waitFor(
      () => {
        const p = this.diagnostics.get(uri);
        return p && (version === undefined || p.version === version) ? p : undefined;
      },
      timeoutMs,
      `diagnostics of ${uri} v${version}`,
    );
    return params.diagnostics;
  }

  open(path: string, text: string, languageId = 'plaintext'): string {
    const uri = pathToFileURL(path).href;
    this.buffers.set(uri, TextDocument.create(uri, languageId, 1, text));
    this.diagnostics.delete(uri);
    this.notify(DidOpenTextDocumentNotification.method, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  close(uri: string): void {
    this.buffers.delete(uri);
    this.notify(DidCloseTextDocumentNotification.method, { textDocument: { uri } });
  }

  /** Sends incremental changes (each relative to the text after the previous one). */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const document = this.buffers.get(uri)!;
    const version = document.version + 1;
    TextDocument.update(document, changes, version);
    this.notify(DidChangeTextDocumentNotification.method, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces `[start, end)` (offsets) with `text`. */
  edit(uri: string, start: number, end: number, text: string): number {
    const document = this.buffers.get(uri)!;
    return this.change(uri, [{ range: { start: document.positionAt(start), end: document.positionAt(end) }, text }]);
  }

  text(uri: string): string {
    return this.buffers.get(uri)!.getText();
  }

  /** Applies a WorkspaceEdit: open buffers get didChange; other files are written to disk. */
  applyEdit(edit: WorkspaceEdit): void {
    const apply = (uri: string, edits: TextEdit[]) => {
      if (this.buffers.has(uri)) {
        // Editors apply a TextEdit[] as one change set against the original text: send it as one full change.
        const document = this.buffers.get(uri)!;
        const next = TextDocument.applyEdits(document, edits);
        this.change(uri, [
          { range: { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) }, text: next },
        ]);
      } else {
        const path = fileURLToPath(uri);
        const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
        const document = TextDocument.create(uri, 'plaintext', 0, current);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, TextDocument.applyEdits(document, edits));
      }
    };
    if (edit.documentChanges) {
      for (const change of edit.documentChanges) {
        if ('kind' in change) {
          if (change.kind === 'create') {
            const path = fileURLToPath(change.uri);
            if (!existsSync(path)) {
              mkdirSync(dirname(path), { recursive: true });
              writeFileSync(path, '');
            }
          }
          continue;
        }
        apply(change.textDocument.uri, change.edits);
      }
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) apply(uri, edits);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.method), new Promise((r) => setTimeout(r, 2000))]);
      void this.connection.sendNotification(ExitNotification.method);
    } catch {
      // already gone
    }
    await Promise.race([new Promise((r) => this.child.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
    this.connection.dispose();
  }
}
