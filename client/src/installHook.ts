/**
 * "Install Pre-commit Hook": runs the bundled CLI through its stable shim (cliShim.ts),
 * `node <global storage>/leakproof-cli.cjs install-hook`, in a workspace folder, so the hook is exactly
 * what the command line installs and records the shim, which survives extension updates. Fails with a clear
 * message when the folder is not on disk or the CLI has no such command (an older build).
 */
import * as vscode from 'vscode';
import { runCli, type Run } from './processes.js';

export type InstallHookResult =
  | { readonly ok: true; readonly folder: string; readonly message: string }
  | {
      readonly ok: false;
      readonly reason: 'no-folder' | 'cancelled' | 'not-on-disk' | 'missing-command' | 'failed';
      readonly message: string;
    };

async function pickFolder(folder: vscode.Uri | undefined): Promise<vscode.WorkspaceFolder | undefined | 'none'> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return 'none';
  if (folder) return vscode.workspace.getWorkspaceFolder(folder) ?? 'none';
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: "Install the Leakproof pre-commit hook in which folder's repository?" });
}

export async function installHook(cli: string, output: vscode.LogOutputChannel, folderUri?: vscode.Uri): Promise<InstallHookResult> {
  const folder = await pickFolder(folderUri);
  if (folder === 'none')
    return { ok: false, reason: 'no-folder', message: 'Open a folder (a git repository) first: the hook is installed in its repository.' };
  if (!folder) return { ok: false, reason: 'cancelled', message: 'Cancelled.' };
  if (folder.uri.scheme !== 'file')
    return {
      ok: false,
      reason: 'not-on-disk',
      message: `"${folder.name}" is not a folder on this machine's disk; install the hook where the repository is.`,
    };

  const cwd = folder.uri.fsPath;
  output.info(`install-hook: node ${cli} install-hook (in ${cwd})`);
  let result: Run;
  try {
    result = await runCli(cli, ['install-hook'], cwd);
  } catch (error) {
    return { ok: false, reason: 'failed', message: `Could not run the Leakproof command line: ${(error as Error).message}` };
  }
  for (const line of `${result.stdout}${result.stderr}`.split('\n').filter(Boolean)) output.info(`install-hook: ${line}`);
  // The CLI prefixes its lines with `leakproof: `; the messages here say "Leakproof:" already.
  const firstLine = (text: string) => (text.trim().split('\n')[0] ?? '').replace(/^leakproof:\s*/i, '');
  const said = firstLine(result.stderr) || firstLine(result.stdout);
  if (result.code === 0) {
    return {
      ok: true,
      folder: folder.name,
      message: firstLine(result.stdout) || firstLine(result.stderr) || `pre-commit hook installed in ${folder.name}.`,
    };
  }
  if (/not a git repository/i.test(result.stderr)) {
    return {
      ok: false,
      reason: 'failed',
      message: `"${folder.name}" is not in a git repository: run \`git init\` there first, then install the hook.`,
    };
  }
  // An older CLI answers `leakproof: unknown command "install-hook"` with exit code 2.
  if (/unknown command/i.test(result.stderr) && /install-hook/.test(result.stderr)) {
    return {
      ok: false,
      reason: 'missing-command',
      message:
        'This Leakproof build has no "install-hook" command. Update the extension, or call `leakproof scan --staged` from your own pre-commit hook.',
    };
  }
  return {
    ok: false,
    reason: 'failed',
    message: `Could not install the pre-commit hook in ${folder.name}: ${said || `exit code ${result.code}`}`,
  };
}
