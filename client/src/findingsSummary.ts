/**
 * "Leakproof: Show Findings" (the status bar's click): the files with findings now — open ones and
 * the workspace scan's — as a quick pick with their counts, most first; picking one opens it at its
 * first finding. The list is the server's (`leakproof/findingsSummary`), the same numbers as the
 * status bar.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FindingsSummaryRequest, type FileFindings, type FindingsSummary } from '../../server/src/protocol.js';
import { PROBLEMS_COMMAND } from './statusBar.js';

interface FileItem extends vscode.QuickPickItem {
  readonly entry?: FileFindings;
  readonly problems?: true;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function summaryItems(summary: FindingsSummary): FileItem[] {
  const items: FileItem[] = summary.entries.map((entry) => {
    const counts = [
      ...(entry.secrets > 0 ? [plural(entry.secrets, 'secret')] : []),
      ...(entry.localOnly > 0 ? [`${entry.localOnly} local only (git-ignored)`] : []),
    ].join(', ');
    return {
      label: `${entry.secrets > 0 ? '$(warning)' : '$(info)'} ${entry.label}`,
      description: counts,
      detail: `${entry.detectors.join(', ')} · line ${entry.line + 1}${entry.from === 'workspace' ? ' · from the workspace scan' : ''}`,
      entry,
    };
  });
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, { label: '$(list-flat) Open the Problems panel', problems: true });
  return items;
}

/** Shows the summary; resolves with what was shown (tests read it) once the user picked or dismissed. */
export async function showFindingsSummary(client: LanguageClient): Promise<FindingsSummary> {
  const summary = await client.sendRequest(FindingsSummaryRequest, undefined);
  const title =
    summary.secrets === 0
      ? 'Leakproof: no secrets reported'
      : `Leakproof: ${plural(summary.secrets, 'secret')} in ${plural(summary.files, 'file')}`;
  const pick = await vscode.window.showQuickPick(summaryItems(summary), { title, placeHolder: 'Open a file at its first finding' });
  if (pick?.problems) await vscode.commands.executeCommand(PROBLEMS_COMMAND);
  else if (pick?.entry) {
    const position = new vscode.Position(pick.entry.line, pick.entry.character);
    await vscode.window.showTextDocument(vscode.Uri.parse(pick.entry.uri), { selection: new vscode.Range(position, position) });
  }
  return summary;
}
