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

/**
 * Appends the reason to the entry. Through the editor when the file is open with unsaved changes;
 * else on disk, without opening a document (an open clean editor reloads from disk by itself).
 */
async function appendReason(uri: vscode.Uri, written: string, reason: string): Promise<boolean> {
  const extra = reason.trim();
  if (!extra) return false;
  const quoted = `"${written}"`;
  const replacement = JSON.stringify(`${JSON.parse(quoted) as string} — ${extra}`);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) {
    const at = open.getText().indexOf(quoted);
    if (at < 0) return false;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(open.positionAt(at), open.positionAt(at + quoted.length)), replacement);
    return vscode.workspace.applyEdit(edit);
  }
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const at = text.indexOf(quoted);
  if (at < 0) return false;
  const updated = text.slice(0, at) + replacement + text.slice(at + quoted.length);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(updated));
  return true;
}
