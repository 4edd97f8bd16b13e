/**
 * The running pieces of the extension: the language client (which can be restarted), the status
 * bar, the detector documentation and the output channel. The client's own subscriptions live in
 * a separate cleanup list, disposed on every restart (rust-analyzer `ctx.ts` habit).
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { StatusNotification } from '../../server/src/protocol.js';
import type { DetectorDocs } from './detectorDocs.js';
import { createLanguageClient } from './languageClient.js';
import type { StatusBar } from './statusBar.js';

export class Session implements vscode.Disposable {
  private current: LanguageClient | undefined;
  /** Disposed with the current client (on restart and on deactivation). */
  private readonly clientSubscriptions: vscode.Disposable[] = [];
  private stopping = false;

  constructor(
    readonly context: vscode.ExtensionContext,
    readonly output: vscode.LogOutputChannel,
    readonly statusBar: StatusBar,
    readonly docs: DetectorDocs,
  ) {}

  get client(): LanguageClient | undefined {
    return this.current;
  }

  /** Starts the server; never throws (a failure shows in the status bar and a message). */
  async start(): Promise<void> {
    const client = createLanguageClient(this.context, this.output, this.docs);
    this.current = client;
    this.stopping = false;
    this.statusBar.setClientState({ kind: 'starting' });
    this.clientSubscriptions.push(
      client.onNotification(StatusNotification, (status) => this.statusBar.setServerStatus(status)),
      client.onDidChangeState(({ newState }) => {
        if (newState === State.Running) this.statusBar.setClientState({ kind: 'running' });
        else if (newState === State.Stopped && !this.stopping)
          this.statusBar.setClientState({ kind: 'failed', message: 'the language server stopped' });
      }),
    );
    const started = Date.now();
    try {
      await client.start();
      this.output.info(`language server started in ${Date.now() - started} ms`);
      this.statusBar.setClientState({ kind: 'running' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.output.error(`Leakproof could not start its language server: ${message}`);
      this.statusBar.setClientState({ kind: 'failed', message });
      void vscode.window.showErrorMessage(`Leakproof could not start its scanner: ${message}`, 'Show Output').then((choice) => {
        if (choice) this.output.show(true);
      });
    }
  }

  async stop(): Promise<void> {
    const client = this.current;
    this.current = undefined;
    this.stopping = true;
    for (const disposable of this.clientSubscriptions.splice(0)) disposable.dispose();
    if (client) {
      const started = Date.now();
      // dispose() stops the server if it runs (shutdown + exit), then frees the client.
      await client.dispose(5000).catch((error: unknown) => this.output.warn(`stopping the language server: ${String(error)}`));
      this.output.info(`language server stopped in ${Date.now() - started} ms`);
    }
    this.statusBar.setClientState({ kind: 'stopped' });
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  dispose(): void {
    void this.stop();
  }
}
