/**
 * Helpers for the extension-host suite: the workspace folder, files written at test time, waiting
 * for diagnostics, running code actions the way the lightbulb does.
 */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../../../server/src/protocol.js';
import type { LeakproofApi } from '../../../../client/src/extension.js';
import { isFinding, isLocalOnly } from '../../../../client/src/statusBar.js';

export const EXTENSION_ID = 'leakproof.leakproof';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder (run.sh opens .tmp/vscode-e2e/workspace)');
  return folder.uri;
}

export function fileUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

export async function writeFile(relative: string, content: string): Promise<vscode.Uri> {
  const uri = fileUri(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return uri;
}

export async function readFile(relative: string): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri(relative)));
  } catch {
    return undefined;
  }
}

export async function remove(relative: string): Promise<void> {
  await vscode.workspace.fs.delete(fileUri(relative), { recursive: true, useTrash: false }).then(undefined, () => undefined);
}

/** Opens a document in an editor and returns both. */
export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `probe` returns something truthy, or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string | (() => string),
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await sleep(50);
  }
  const description = typeof what === 'string' ? what : what();
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${description}${last ? ` (last error: ${last instanceof Error ? last.message : JSON.stringify(last)})` : ''}`,
  );
}

export function leakproofDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE && codeOf(d) !== 'not-scanned');
}

/** Every Leakproof finding in VS Code (what the status bar counts; configuration errors are not findings). */
export function allLeakproofFindings(): number {
  // What the status bar counts.
  return vscode.languages.getDiagnostics().reduce((sum, [, list]) => sum + list.filter((d) => isFinding(d) && !isLocalOnly(d)).length, 0);
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Waits for exactly `count` Leakproof diagnostics on the document (0: they are gone). */
export function waitForDiagnostics(uri: vscode.Uri, count: number, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${count} Leakproof diagnostic(s) on ${vscode.workspace.asRelativePath(uri)}`,
    () => {
      const list = leakproofDiagnostics(uri);
      return list.length === count ? list : undefined;
    },
    timeoutMs,
  ).then((list) => list);
}

export async function api(): Promise<LeakproofApi> {
  const extension = vscode.extensions.getExtension<LeakproofApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  return extension.activate();
}

/**
 * VS Code cancels a code-action request when the document's diagnostics change while it runs (a
 * rescan settling after the previous test's configuration edit): ask again, as the lightbulb does.
 */
async function retryWhenCanceled<T>(request: () => Thenable<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (attempt >= attempts || !(error instanceof Error) || error.message !== 'Canceled') throw error;
      await sleep(200);
    }
  }
}

/**
 * The quick fixes offered on a range (with edits resolved, as when the user picks one). Only
 * quick fixes: the language's own refactorings (Extract to constant …) are not ours.
 */
export async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await retryWhenCanceled(() =>
    vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      range,
      vscode.CodeActionKind.QuickFix.value,
      100,
    ),
  );
  // A provider may answer bare Commands too: treat them as actions with only a command.
  return (actions ?? []).map((a) =>
    typeof (a as vscode.Command).command === 'string' ? { title: a.title, command: a as vscode.Command } : (a as vscode.CodeAction),
  );
}

/**
 * Applies a code action the way the lightbulb does: its edit as a refactoring (so VS Code saves the
 * files it touched that were not dirty before, `files.refactoring.autoSave`), then its command.
 */
export async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) {
    const applied = await vscode.workspace.applyEdit(action.edit, { isRefactoring: true });
    if (!applied) throw new Error(`the edit of "${action.title}" was not applied`);
  }
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}
