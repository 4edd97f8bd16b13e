/**
 * A local `.env` that git ignores is where local secrets belong (issue 12 item 1): its findings are
 * Information with a short hover, marked `localOnly` (the status bar does not count them); a file
 * `.gitignore` would ignore but git tracks anyway is an error that says so. Real git repositories,
 * the bundled server; git is asked off the typing path, so the first publish may come before it.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic, type DocumentDiagnosticReport, type Hover } from 'vscode-languageserver-protocol';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import type { FindingData } from '../../server/src/protocol.js';
import { workspace } from './expected.js';
import { TestClient, vscodeLikeCapabilities } from './lspClient.js';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

function gitRepo(files: Record<string, string>): string {
  const root = workspace();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

/** The finding's diagnostic once it has the severity git's answer gives it. */
async function settledTo(c: TestClient, uri: string, severity: DiagnosticSeverity): Promise<Diagnostic> {
  return c.waitFor(
    () => c.diagnostics.get(uri)?.diagnostics.find((d) => d.code === 'github.pat-classic' && d.severity === severity),
    20_000,
    `severity ${severity}`,
  );
}

describe('git placement of a file with a secret', () => {
  it('a git-ignored, untracked .env: Information, local only, a short hover', async () => {
    const token = fakeGithubToken('ghp_', 'local-env');
    const root = gitRepo({ '.gitignore': '.env\n', '.env': `GITHUB_TOKEN=${token}\n` });
    ({ client } = await TestClient.start({ rootPath: root }));
    const uri = client.open(join(root, '.env'), `GITHUB_TOKEN=${token}\n`, 'dotenv');
    const diagnostic = await settledTo(client, uri, DiagnosticSeverity.Information);
    assert.match(diagnostic.message, /local only, git-ignored — fine; never commit it, rotate if it was ever shared/);
    assert.equal((diagnostic.data as FindingData).localOnly, true, 'marked so the status bar does not count it');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: diagnostic.range.start });
    const text = (hover.contents as { value: string }).value;
    assert.match(text, /Local only, git-ignored — fine; never commit it, rotate if it was ever shared\./);
    assert.ok(!/make sure it is git-ignored|Revoke or rotate/.test(text), text);
    assert.ok(text.length < 400);
    assert.ok(!client.transcript().includes(token));
  });

  it('a tracked file that .gitignore ignores: an error that says so; a .gitignore change is picked up', async () => {
    const token = fakeGithubToken('ghp_', 'tracked-env');
    const root = gitRepo({ '.gitignore': '*.env\n', 'deploy.env': `GITHUB_TOKEN=${token}\n`, 'app.env': `GITHUB_TOKEN=${token}\n` });
    execFileSync('git', ['add', '-f', 'deploy.env'], { cwd: root, stdio: 'ignore' });
    ({ client } = await TestClient.start({ rootPath: root }));
    const tracked = client.open(join(root, 'deploy.env'), `GITHUB_TOKEN=${token}\n`, 'dotenv');
    const diagnostic = await settledTo(client, tracked, DiagnosticSeverity.Error);
    await client.waitFor(
      () => client!.diagnostics.get(tracked)?.diagnostics.find((d) => /tracked by git although \.gitignore ignores it/.test(d.message)),
      20_000,
      'the tracked-but-ignored message',
    );
    assert.equal((diagnostic.data as FindingData).localOnly, undefined);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: tracked }, position: diagnostic.range.start });
    assert.match((hover.contents as { value: string }).value, /Tracked by git although `\.gitignore` ignores it/);

    const local = client.open(join(root, 'app.env'), `GITHUB_TOKEN=${token}\n`, 'dotenv');
    await settledTo(client, local, DiagnosticSeverity.Information);
    // The ignore rule goes: the same file is an ordinary file with a secret again.
    writeFileSync(join(root, '.gitignore'), '# nothing ignored\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(root, '.gitignore')).href, type: 2 }] });
    const again = await settledTo(client, local, DiagnosticSeverity.Error);
    assert.ok(!/local only/.test(again.message));
  });

  it('a pulling client (VS Code) is refreshed when git answers, and then pulls Information', async () => {
    const token = fakeGithubToken('ghp_', 'local-env-pull');
    const root = gitRepo({ '.gitignore': '.env\n', '.env': `GITHUB_TOKEN=${token}\n` });
    ({ client } = await TestClient.start({ rootPath: root, capabilities: vscodeLikeCapabilities({ pull: true }) }));
    const uri = client.open(join(root, '.env'), `GITHUB_TOKEN=${token}\n`, 'dotenv');
    let pulled: Diagnostic | undefined;
    for (let attempt = 0; attempt < 100 && !pulled; attempt++) {
      const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      if (report.kind === 'full')
        pulled = report.items.find((d) => d.code === 'github.pat-classic' && d.severity === DiagnosticSeverity.Information);
      if (!pulled) await new Promise((resolve) => setTimeout(resolve, 200)); // hang guard: 100 pulls
    }
    assert.ok(pulled, 'the pull answers Information once git has answered');
    assert.equal((pulled.data as FindingData).localOnly, true);
  });

  it('an ordinary file in a repository keeps its severity and the full advice', async () => {
    const token = fakeGithubToken('ghp_', 'ordinary');
    const root = gitRepo({ '.gitignore': '.env\n' });
    ({ client } = await TestClient.start({ rootPath: root }));
    const uri = client.open(join(root, 'config.ts'), `export const githubToken = "${token}";\n`, 'typescript');
    const diagnostic = await settledTo(client, uri, DiagnosticSeverity.Error);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: diagnostic.range.start });
    assert.match((hover.contents as { value: string }).value, /Revoke or rotate it first/);
  });
});
