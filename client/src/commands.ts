/**
 * One table: command id → handler. Handlers return a value (tests read it through
 * `vscode.commands.executeCommand`) and show people a message; they never throw at the user.
 * The server's own commands (`leakproof.server.*`) are registered by vscode-languageclient.
 */
import { ALLOW_REASON_COMMAND, allowReasonCommand } from './allowReason.js';
import { tmpdir } from 'node:os';
import * as vscode from 'vscode';
import { WorkDoneProgress } from 'vscode-languageclient/node';
import { ClearWorkspaceResultsRequest, ScanWorkspaceRequest, type ScanWorkspaceResult } from '../../server/src/protocol.js';
import { writeCliShim } from './cliShim.js';
import { showFindingsSummary } from './findingsSummary.js';
import { COMMANDS, type CommandId } from './commandIds.js';
import { installHook, type InstallHookResult } from './installHook.js';
import { openSample } from './sample.js';
import { prepareScratchRepo, type ScratchRepo } from './scratchRepo.js';
import type { Session } from './session.js';
import { PROBLEMS_COMMAND } from './statusBar.js';

type Handler = (...args: never[]) => unknown;

export function registerCommands(session: Session): vscode.Disposable[] {
  const handlers: Record<CommandId, Handler> = {
    [COMMANDS.scanWorkspace]: () => scanWorkspace(session),
    [COMMANDS.clearWorkspaceResults]: () => clearWorkspaceResults(session),
    [COMMANDS.installHook]: (folder?: vscode.Uri) => runInstallHook(session, folder),
    [COMMANDS.showOutput]: () => session.output.show(true),
    [COMMANDS.openSample]: () => openSample(),
    [COMMANDS.showDetectorDocs]: (detector?: string) => session.docs.open(typeof detector === 'string' ? detector : undefined),
    [COMMANDS.restartServer]: () => session.restart(),
    [COMMANDS.showSummary]: () => {
      const client = running(session);
      return client ? showFindingsSummary(client) : undefined;
    },
    [COMMANDS.tryHookInScratchRepo]: () => tryHookInScratchRepo(session),
    // The newcomer's page ships in the extension (docs/secrets-for-newcomers.md): offline, in the preview.
    [COMMANDS.openNewcomerGuide]: () =>
      vscode.commands.executeCommand(
        'markdown.showPreview',
        vscode.Uri.joinPath(session.context.extensionUri, 'docs', 'secrets-for-newcomers.md'),
      ),
  };
  return [
    ...Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler)),
    // Internal: the follow-up of allowlist fixes (not in the palette).
    vscode.commands.registerCommand(ALLOW_REASON_COMMAND, allowReasonCommand),
  ];
}

function running(session: Session) {
  const client = session.client;
  if (client?.isRunning()) return client;
  void vscode.window.showErrorMessage('Leakproof is not running. See its output for why.', 'Show Output').then((choice) => {
    if (choice) session.output.show(true);
  });
  return undefined;
}

let scanCount = 0;

async function scanWorkspace(session: Session): Promise<ScanWorkspaceResult | undefined> {
  const client = running(session);
  if (!client) return undefined;
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showWarningMessage('Leakproof: open a folder to scan a workspace.');
    return undefined;
  }
  const workDoneToken = `leakproof/scan/${++scanCount}`;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Leakproof: scanning the workspace', cancellable: true },
    async (progress, cancellation) => {
      let reported = 0;
      const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const increment = value.percentage !== undefined ? value.percentage - reported : undefined;
        if (value.percentage !== undefined) reported = value.percentage;
        progress.report({
          ...(value.message !== undefined ? { message: value.message } : {}),
          ...(increment !== undefined ? { increment } : {}),
        });
      });
      try {
        const result = await client.sendRequest(ScanWorkspaceRequest, { workDoneToken }, cancellation);
        report(result);
        return result;
      } catch (error) {
        if (cancellation.isCancellationRequested) {
          void vscode.window.showInformationMessage(
            'Leakproof: workspace scan cancelled; what was found so far stays in the Problems panel.',
          );
          return undefined;
        }
        session.output.error(`scan workspace: ${String(error)}`);
        void vscode.window.showErrorMessage(
          `Leakproof: the workspace scan failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        return undefined;
      } finally {
        listener.dispose();
      }
    },
  );
}

function report(result: ScanWorkspaceResult): void {
  const seconds = (result.durationMs / 1000).toFixed(1);
  const skipped = result.skipped > 0 ? `; ${result.skipped} skipped` : '';
  const what = result.cancelled ? 'Workspace scan cancelled' : 'Workspace scanned';
  if (result.findings === 0) {
    void vscode.window.showInformationMessage(`Leakproof: ${what}: no secrets in ${result.files} files (${seconds} s${skipped}).`);
    return;
  }
  const message = `Leakproof: ${what}: ${result.findings} secret${result.findings === 1 ? '' : 's'} in ${result.filesWithFindings} of ${result.files} files (${seconds} s${skipped}).`;
  void vscode.window.showWarningMessage(message, 'Show Problems').then((choice) => {
    if (choice) void vscode.commands.executeCommand(PROBLEMS_COMMAND);
  });
}

async function clearWorkspaceResults(session: Session): Promise<boolean> {
  const client = running(session);
  if (!client) return false;
  await client.sendRequest(ClearWorkspaceResultsRequest, undefined);
  return true;
}

/**
 * The command line the installed hooks run: the shim in global storage (cliShim.ts), rewritten here
 * to point at this version's `dist/cli.js`, never that versioned folder itself.
 */
export function refreshCliShim(context: vscode.ExtensionContext): string {
  return writeCliShim(context.globalStorageUri.fsPath, context.asAbsolutePath('dist/cli.js'));
}

async function runInstallHook(session: Session, folder?: vscode.Uri): Promise<InstallHookResult> {
  let result: InstallHookResult;
  try {
    const cli = refreshCliShim(session.context);
    result = await installHook(cli, session.output, folder instanceof vscode.Uri ? folder : undefined);
  } catch (error) {
    result = {
      ok: false,
      reason: 'failed',
      message: `Could not write the hook's entry point in the extension's storage (${(error as Error).message}); from a terminal: npx leakproof install-hook`,
    };
  }
  if (result.ok) {
    void vscode.window.showInformationMessage(`Leakproof: ${result.message}`);
  } else if (result.reason !== 'cancelled') {
    session.output.warn(`install-hook: ${result.message}`);
    void vscode.window.showErrorMessage(`Leakproof: ${result.message}`, 'Show Output').then((choice) => {
      if (choice) session.output.show(true);
    });
  }
  return result;
}

/**
 * The walkthrough's last step: a scratch repository with the hook and the staged sample (in the
 * extension's global storage), the sample open beside it, and `git commit` typed into a terminal
 * there — the user watches the hook block it. Never touches the user's own repositories.
 */
async function tryHookInScratchRepo(session: Session): Promise<ScratchRepo | undefined> {
  const cli = session.context.asAbsolutePath('dist/cli.js');
  const storage = session.context.globalStorageUri;
  const parent = storage.scheme === 'file' ? storage.fsPath : tmpdir();
  let repo: ScratchRepo;
  try {
    repo = await prepareScratchRepo(parent, cli);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    session.output.warn(`scratch repository: ${message}`);
    void vscode.window.showErrorMessage(`Leakproof: could not create the scratch repository: ${message}`);
    return undefined;
  }
  session.output.info(`scratch repository with the pre-commit hook: ${repo.dir}`);
  await vscode.window.showTextDocument(vscode.Uri.file(repo.sample), { preview: false });
  const terminal = vscode.window.createTerminal({ name: 'Leakproof: scratch repository', cwd: repo.dir });
  terminal.show();
  terminal.sendText(repo.commitCommand);
  return repo;
}
