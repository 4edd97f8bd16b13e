/**
 * The walkthrough's sample: an unsaved JavaScript file with a fake GitHub token and a fake password
 * (sampleText.ts), so a newcomer sees both severities, the hover and the quick fixes without
 * touching their own files.
 */
import * as vscode from 'vscode';
import { sampleText } from './sampleText.js';

export { sampleText } from './sampleText.js';

export async function openSample(): Promise<vscode.Uri> {
  const document = await vscode.workspace.openTextDocument({ language: 'javascript', content: sampleText() });
  await vscode.window.showTextDocument(document);
  return document.uri;
}
