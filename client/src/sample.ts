/**
 * The walkthrough's sample: an unsaved JavaScript file with a fake GitHub token (right shape and
 * checksum, generated on the spot, grants nothing) and a fake password, so a newcomer sees both
 * severities, the hover and the quick fixes without touching their own files.
 */
import * as vscode from 'vscode';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { fake } from '../../server/src/engine/fake.js';
import { B62 } from '../../server/src/engine/patterns.js';

export function sampleText(): string {
  const token = fakeGithubToken('ghp_', 'walkthrough');
  const password = `${fake(B62, 8, 'walkthrough-pw')}-${fake(B62, 6, 'walkthrough-pw2')}`;
  return [
    '// A Leakproof sample. Both values below are FAKE, generated just now: they look real but grant nothing.',
    '// 1. Hover an underlined value: what it grants, how to revoke it, how to store it safely.',
    '// 2. Put the cursor on it and press Ctrl+. (Cmd+. on macOS) for the quick fixes.',
    "const { Octokit } = require('@octokit/rest');",
    '',
    `const octokit = new Octokit({ auth: '${token}' });`,
    '',
    `const database = { host: 'db.internal', user: 'app', password: '${password}' };`,
    '',
    'module.exports = { octokit, database };',
    '',
  ].join('\n');
}

export async function openSample(): Promise<vscode.Uri> {
  const document = await vscode.workspace.openTextDocument({ language: 'javascript', content: sampleText() });
  await vscode.window.showTextDocument(document);
  return document.uri;
}
