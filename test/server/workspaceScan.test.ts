/**
 * The workspace scan: files nobody opened land in the Problems panel (pushed diagnostics), with
 * `.gitignore`, `.leakproof.json` and the `exclude` setting honoured, `$/progress` reported, and
 * cancellation that stops at once and keeps what was found.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import type { ScanWorkspaceResult } from '../../server/src/protocol.js';
import { workspace } from './expected.js';
import { TestClient } from './lspClient.js';

function tree(root: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
}

describe('workspace scan', () => {
  it('publishes findings of files not open, honouring .gitignore, .leakproof.json and settings, with progress', async () => {
    const root = workspace();
    const files: Record<string, string> = {
      '.gitignore': 'build/\n',
      '.leakproof.json': '{ "scan": { "exclude": ["vendored/**"] } }',
      'src/config.ts': `export const token = "${fakeGithubToken('ghp_', 'ws1')}";\n`,
      'scripts/deploy.sh': `export GH_TOKEN=${fakeGithubToken('ghp_', 'ws2')}\n`,
      'build/out.js': `var t="${fakeGithubToken('ghp_', 'ignored')}";\n`,
      'vendored/lib.js': `var t="${fakeGithubToken('ghp_', 'excluded')}";\n`,
      'docs/private.md': `token ${fakeGithubToken('ghp_', 'setting')}\n`,
      'node_modules/pkg/index.js': `var t="${fakeGithubToken('ghp_', 'thirdparty')}";\n`,
    };
    for (let i = 0; i < 60; i++) files[`src/module${i}.ts`] = `export const value${i} = ${i};\n`;
    tree(root, files);
    const { client: c } = await TestClient.start({ rootPath: root });
    try {
      c.settings = { '*': { exclude: ['docs/**'] } };
      const open = c.open(join(root, 'src/config.ts'), files['src/config.ts']!, 'typescript');
      await c.diagnosticsFor(open);
      const published = c.received.length;
      c.trackProgress('scan-1');
      const result = await c.request<ScanWorkspaceResult>('leakproof/scanWorkspace', { workDoneToken: 'scan-1' });
      assert.equal(result.cancelled, false);
      assert.equal(
        result.files,
        64,
        'src (61), scripts (1), .gitignore, .leakproof.json; build/, vendored/, docs/ and node_modules/ left out',
      );
      assert.equal(result.filesWithFindings, 2);
      assert.equal(result.findings, 2);
      const pushed = c.received
        .slice(published)
        .filter((m) => m.method === 'textDocument/publishDiagnostics')
        .map((m) => m.params as PublishDiagnosticsParams);
      assert.deepEqual(
        pushed.map((p) => p.uri),
        [pathToFileURL(join(root, 'scripts/deploy.sh')).href],
        'only the file not open is pushed',
      );
      assert.equal(pushed[0]!.diagnostics[0]!.code, 'github.pat-classic');
      assert.deepEqual(pushed[0]!.diagnostics[0]!.range, { start: { line: 0, character: 16 }, end: { line: 0, character: 56 } });
      const progress = c.progress
        .filter((p) => (p as { token: string }).token === 'scan-1')
        .map((p) => (p as { value: { kind: string } }).value.kind);
      assert.equal(progress[0], 'begin');
      assert.ok(progress.includes('report'));
      assert.equal(progress[progress.length - 1], 'end');

      // Fixed on disk and scanned again: the stale diagnostic is cleared.
      writeFileSync(join(root, 'scripts/deploy.sh'), 'export GH_TOKEN="$GH_TOKEN"\n');
      const second = await c.request<ScanWorkspaceResult>('leakproof/scanWorkspace', {});
      assert.equal(second.filesWithFindings, 1);
      assert.deepEqual(c.diagnostics.get(pathToFileURL(join(root, 'scripts/deploy.sh')).href)?.diagnostics, []);
    } finally {
      await c.stop();
    }
  });

  it('is cancellable, keeps what it found, and leaves the server serving', { timeout: 120_000 }, async () => {
    const root = workspace();
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) files[`pkg${i % 30}/file${i}.py`] = `def f${i}():\n    return ${i}\n`.repeat(20);
    files['pkg0/aaa_secret.py'] = `TOKEN = "${fakeGithubToken('ghp_', 'early')}"\n`;
    tree(root, files);
    const { client: c } = await TestClient.start({ rootPath: root });
    try {
      const source = new CancellationTokenSource();
      c.trackProgress('scan-2');
      const pending = c.connection.sendRequest<ScanWorkspaceResult>('leakproof/scanWorkspace', { workDoneToken: 'scan-2' }, source.token);
      await c.waitFor(
        () =>
          c.progress.some(
            (p) =>
              (p as { value: { kind: string; message?: string } }).value.kind === 'report' &&
              !/^0\//.test((p as { value: { message?: string } }).value.message ?? ''),
          )
            ? true
            : undefined,
        20_000,
        'progress',
      );
      source.cancel();
      const result = await pending;
      assert.equal(result.cancelled, true);
      assert.ok(result.files < 3001, `stopped early (${result.files} files)`);
      const early = c.diagnostics.get(pathToFileURL(join(root, 'pkg0/aaa_secret.py')).href);
      assert.equal(early?.diagnostics.length, 1, 'what was found before cancelling stays published');
      const uri = c.open(join(root, 'new.ts'), `const tag = "${fakeGithubToken('ghp_', 'after-cancel')}";\n`, 'typescript');
      assert.equal((await c.diagnosticsFor(uri)).length, 1);
    } finally {
      await c.stop();
    }
  });
});
