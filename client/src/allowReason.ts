/**
 * Issue 12 item 7: an allowlist entry written by a quick fix says who chose what and when ("allowed in
 * editor by Ada, 2026-12-06: this … value, everywhere", written by the server), and the user may add
 * why. The language client gives each such fix a follow-up command (the edit is applied first, then the
 * command runs, as for any code action): it asks for an optional reason and appends it to the entry.
 * Only VS Code asks: other LSP clients keep the server's reason as it is.
 */
import * as vscode from 'vscode';

/** Internal (not in the palette): run after an allowlist fix's edit. */
export const ALLOW_REASON_COMMAND = 'leakproof.allowReason';

/** The reason string a fix wrote into a JSON file, as it stands in the file (JSON-escaped, without quotes). */
const WRITTEN_REASON = /"reason":\s*"(allowed in editor(?:[^"\\]|\\.)*)"/;

/** Gives each allowlist fix (its edit writes an "allowed in editor …" reason) the follow-up that asks why. */
export function withReasonPrompt(actions: (vscode.CodeAction | vscode.Command)[] | null | undefined): typeof actions {
  for (const action of actions ?? []) if (action instanceof vscode.CodeAction) addReasonPrompt(action);
  return actions;
}

export function addReasonPrompt(action: vscode.CodeAction): vscode.CodeAction {
  if (!action.edit || action.command) return action;
  for (const [uri, edits] of action.edit.entries()) {
    for (const edit of edits) {
      const written = WRITTEN_REASON.exec(edit.newText)?.[1];
      if (written === undefined) continue;
      action.command = { title: 'Say why (optional)', command: ALLOW_REASON_COMMAND, arguments: [uri.toString(), written] };
      return action;
    }
  }
  return action;
}

/**
 * Asks for the reason without holding up the command (the fix is already applied; an unanswered
 * prompt must not block whoever ran it). `answer` skips the prompt (tests, scripts). Resolves to
 * whether the entry was changed.
 */
export function allowReasonCommand(uri: string, written: string, answer?: string): Thenable<boolean> | boolean {
  if (typeof uri !== 'string' || typeof written !== 'string') return false;
  if (answer !== undefined) return appendReason(vscode.Uri.parse(uri), written, answer);
  void vscode.window
    .showInputBox({
      title: 'Leakproof: why is this allowed? (optional)',
      prompt: 'Recorded in the allowlist next to who allowed it and when. Esc or an empty answer keeps it as it is.',
      placeHolder: 'e.g. a documentation example value, a test fixture',
    })
    .then((reason) => (reason ? appendReason(vscode.Uri.parse(uri), written, reason) : false));
  return true;
}

async function appendReason(uri: vscode.Uri, written: string, reason: string): Promise<boolean> {
  const extra = reason.trim();
  if (!extra) return false;
  const document = await vscode.workspace.openTextDocument(uri);
  const quoted = `"${written}"`;
  const at = document.getText().indexOf(quoted);
  if (at < 0) return false;
  const original = JSON.parse(quoted) as string;
  const edit = new vscode.WorkspaceEdit();
  const range = new vscode.Range(document.positionAt(at), document.positionAt(at + quoted.length));
  edit.replace(uri, range, JSON.stringify(`${original} — ${extra}`));
  const wasDirty = document.isDirty;
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  if (!wasDirty) await document.save();
  return true;
}
