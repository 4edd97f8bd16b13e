/**
 * Leakproof for VS Code: activate/deactivate only — wires the output channel, status bar, detector
 * documentation, language client session and commands. Every disposable goes into
 * `context.subscriptions`; the client's own ones live in the session (see session.ts).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { refreshCliShim, registerCommands } from './commands.js';
import { DetectorDocs } from './detectorDocs.js';
import { Session } from './session.js';
import { StatusBar, type StatusSnapshot } from './statusBar.js';

/** What `activate` returns: used by the extension-host tests (and any extension that depends on us). */
export interface LeakproofApi {
  readonly client: () => LanguageClient | undefined;
  readonly status: () => StatusSnapshot;
  readonly onDidChangeStatus: vscode.Event<StatusSnapshot>;
  /** Recounts the findings now instead of at the end of a burst of diagnostics. */
  readonly recount: () => void;
  readonly docs: DetectorDocs;
}

let session: Session | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<LeakproofApi> {
  const output = vscode.window.createOutputChannel('Leakproof', { log: true });
  const statusBar = new StatusBar();
  const docs = new DetectorDocs(vscode.Uri.joinPath(context.extensionUri, 'docs', 'detectors.md'));
  session = new Session(context, output, statusBar, docs);
  context.subscriptions.push(output, statusBar, session, ...registerCommands(session));

  // Hooks installed from here run the shim: point it at this version now, so an update keeps them working.
  try {
    output.info(`hook entry point: ${refreshCliShim(context)}`);
  } catch (error) {
    output.warn(`hook entry point not updated (installed hooks may run an older version): ${String(error)}`);
  }

  // Load the documentation index early: diagnostics' code links need it synchronously.
  docs.list().catch((error: unknown) => output.warn(`detector documentation not loaded: ${String(error)}`));
  await session.start();

  const current = session;
  return {
    client: () => current.client,
    status: () => statusBar.snapshot(),
    onDidChangeStatus: statusBar.onDidChange,
    recount: () => statusBar.recount(),
    docs,
  };
}

export async function deactivate(): Promise<void> {
  await session?.stop();
  session = undefined;
}
