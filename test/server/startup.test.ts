/**
 * Start-up (issue 12 item 5): the file the editor opens first gets its diagnostics before the
 * start-up workspace scan says or publishes anything — an order of messages on the wire, never a
 * duration. The time measured is printed for the record, not asserted.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import type { StatusParams } from '../../server/src/protocol.js';
import { workspace } from './expected.js';
import { TestClient, type Received } from './lspClient.js';

function tree(root: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
}

function statuses(received: readonly Received[]): { index: number; status: StatusParams }[] {
  return received.flatMap((m, index) => (m.method === 'leakproof/status' ? [{ index, status: m.params as StatusParams }] : []));
}

describe('start-up', () => {
  it('publishes the first opened file before the start-up workspace scan reports or publishes anything', { timeout: 120_000 }, async () => {
    const root = workspace();
    const files: Record<string, string> = {
      'src/open.ts': `export const token = "${fakeGithubToken('ghp_', 'startup-open')}";\n`,
      'scripts/deploy.sh': `export GH_TOKEN=${fakeGithubToken('ghp_', 'startup-closed1')}\n`,
      'config/app.py': `TOKEN = "${fakeGithubToken('ghp_', 'startup-closed2')}"\n`,
    };
    // Enough files that the scan's workers are busy for a while.
    for (let i = 0; i < 300; i++) files[`src/pkg${i % 10}/module${i}.ts`] = `export const value${i} = ${i};\n`.repeat(30);
    tree(root, files);

    const spawned = performance.now();
    const { client: c } = await TestClient.start({
      rootPath: root,
      initializationOptions: { docsBaseUri: 'https://leakproof.example/docs/detectors.md', scanWorkspaceOnStartup: true },
    });
    const initialized = performance.now();
    try {
      // What an editor does right after `initialized`: open the file it shows.
      const open = c.open(join(root, 'src/open.ts'), files['src/open.ts']!, 'typescript');
      const diagnostics = await c.diagnosticsFor(open, 60_000);
      const firstSquiggle = performance.now();
      assert.equal(diagnostics.length, 1);
      console.log(
        `start-up (stdio): process spawned → initialize answered ${Math.round(initialized - spawned)} ms, ` +
          `→ first diagnostics ${Math.round(firstSquiggle - spawned)} ms (${Math.round(firstSquiggle - initialized)} ms after initialize)`,
      );

      // The start-up scan then runs by itself and ends with the closed files counted.
      const done = await c.waitFor(
        () => {
          const all = statuses(c.received);
          const scanned = all.some((s) => s.status.state === 'scanning');
          const last = all.at(-1)?.status;
          return scanned && last?.state === 'idle' && last.findings?.secrets === 3 ? last : undefined;
        },
        90_000,
        'the start-up workspace scan to finish with 3 secrets counted',
      );
      assert.deepEqual(done.findings, { secrets: 3, files: 3, localOnly: 0 });

      const firstOwn = c.received.findIndex(
        (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === open,
      );
      const firstScanning = statuses(c.received).find((s) => s.status.state === 'scanning')!.index;
      const firstOther = c.received.findIndex(
        (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri !== open,
      );
      assert.ok(firstOwn >= 0, 'the opened file was published');
      assert.ok(firstOwn < firstScanning, `the opened file (message ${firstOwn}) before the scan started (message ${firstScanning})`);
      assert.ok(firstOther > firstOwn, `the opened file (message ${firstOwn}) before any scanned file (message ${firstOther})`);
      const published = c.received
        .filter((m) => m.method === 'textDocument/publishDiagnostics')
        .map((m) => (m.params as PublishDiagnosticsParams).uri);
      for (const name of ['scripts/deploy.sh', 'config/app.py'])
        assert.ok(published.includes(pathToFileURL(join(root, name)).href), `${name} is in the Problems panel without being opened`);
      assert.ok(
        !c.received.some((m) => m.method === 'window/workDoneProgress/create'),
        'the start-up scan shows no progress notification (the status says it is scanning)',
      );
    } finally {
      await c.stop();
    }
  });

  it('does not scan the workspace at start-up unless the client asks for it', { timeout: 60_000 }, async () => {
    const root = workspace();
    tree(root, { 'scripts/deploy.sh': `export GH_TOKEN=${fakeGithubToken('ghp_', 'no-startup')}\n` });
    const { client: c } = await TestClient.start({ rootPath: root });
    try {
      const open = c.open(join(root, 'notes.txt'), 'nothing here\n');
      await c.diagnosticsFor(open);
      // A request answered after the delay the start-up scan would have waited: no scan happened before it.
      await new Promise((r) => setTimeout(r, 1000));
      await c.request('leakproof/findingsSummary', null);
      assert.ok(!statuses(c.received).some((s) => s.status.state === 'scanning'));
      assert.ok(!c.diagnostics.has(pathToFileURL(join(root, 'scripts/deploy.sh')).href));
    } finally {
      await c.stop();
    }
  });
});
