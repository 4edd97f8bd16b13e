/**
 * The walkthrough's sample text, without VS Code (the scratch-repository test uses it too): a fake
 * GitHub token (right shape and checksum, generated on the spot, grants nothing) — a specific
 * finding — and a fake database password — a generic one.
 */
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
