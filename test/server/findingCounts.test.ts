/**
 * Counts (issue 12 item 6): the status notification counts the open documents and the workspace
 * scan's other files, the summary request lists them, and a fix changes the count with the
 * diagnostics that show it — the first status after them already has the new count (no stale "1").
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import type { FindingCounts, FindingsSummary, ScanWorkspaceResult, StatusParams } from '../../server/src/protocol.js';
import { workspace } from './expected.js';
import { TestClient, vscodeLikeCapabilities } from './lspClient.js';

function tree(root: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
}

function lastCounts(c: TestClient): FindingCounts | undefined {
  const status = c.received.filter((m) => m.method === 'leakproof/status').at(-1)?.params as StatusParams | undefined;
  return status?.findings;
}

/** The counts of the first status sent after the publication of `uri` at `version`. */
async function countsAfterPublish(c: TestClient, uri: string, version: number): Promise<FindingCounts> {
  return c.waitFor(
    () => {
      const at = c.received.findIndex(
        (m) =>
          m.method === 'textDocument/publishDiagnostics' &&
          (m.params as PublishDiagnosticsParams).uri === uri &&
          (m.params as PublishDiagnosticsParams).version === version,
      );
      if (at < 0) return undefined;
      const next = c.received.slice(at + 1).find((m) => m.method === 'leakproof/status');
      return (next?.params as StatusParams | undefined)?.findings;
    },
    30_000,
    `a status after ${uri} v${version}`,
  );
}

describe('finding counts', () => {
  it('count open documents and the workspace scan, list them, and follow a fix at once', { timeout: 120_000 }, async () => {
    const root = workspace();
    const openToken = fakeGithubToken('ghp_', 'counts-open');
    const files: Record<string, string> = {
      'src/open.ts': `// settings\nexport const token = "${openToken}";\n`,
      'scripts/deploy.sh': `#!/bin/sh\nexport GH_TOKEN=${fakeGithubToken('ghp_', 'counts-closed')}\nexport OTHER=${fakeGithubToken('ghp_', 'counts-closed2')}\n`,
      'README.md': 'nothing to see\n',
    };
    tree(root, files);
    const { client: c } = await TestClient.start({ rootPath: root });
    try {
      const open = c.open(join(root, 'src/open.ts'), files['src/open.ts']!, 'typescript');
      await c.diagnosticsFor(open);
      assert.deepEqual(await countsAfterPublish(c, open, 1), { secrets: 1, files: 1, localOnly: 0 }, 'the open file alone');

      const scan = await c.request<ScanWorkspaceResult>('leakproof/scanWorkspace', {});
      assert.equal(scan.findings, 3);
      await c.waitFor(() => (lastCounts(c)?.secrets === 3 ? true : undefined), 10_000, 'the scan counted');
      assert.deepEqual(
        lastCounts(c),
        { secrets: 3, files: 2, localOnly: 0 },
        'the open file once (not again from the scan), the closed file twice',
      );

      const summary = await c.request<FindingsSummary>('leakproof/findingsSummary', null);
      assert.equal(summary.secrets, 3);
      assert.deepEqual(
        summary.entries.map((e) => [e.label, e.secrets, e.from, e.line, e.detectors.join(',')]),
        [
          ['scripts/deploy.sh', 2, 'workspace', 1, 'github.pat-classic'],
          ['src/open.ts', 1, 'open', 1, 'github.pat-classic'],
        ],
      );
      assert.equal(summary.entries[0]!.uri, pathToFileURL(join(root, 'scripts/deploy.sh')).href);
      assert.doesNotMatch(JSON.stringify(summary), new RegExp(openToken), 'the summary never carries a secret');

      // The fix: the token goes. The first status after the new diagnostics already says so.
      const start = c.text(open).indexOf(openToken);
      const version = c.edit(open, start - 1, start + openToken.length + 1, 'process.env.GITHUB_TOKEN');
      assert.deepEqual(await c.diagnosticsFor(open), []);
      assert.deepEqual(await countsAfterPublish(c, open, version), { secrets: 2, files: 1, localOnly: 0 });

      // A file of the workspace scan, opened and fixed in the editor, then saved and closed.
      const deployPath = join(root, 'scripts/deploy.sh');
      const deploy = c.open(deployPath, files['scripts/deploy.sh']!, 'shellscript');
      assert.equal((await c.diagnosticsFor(deploy)).length, 2);
      const fixed = '#!/bin/sh\n: "${GH_TOKEN:?}"\n';
      const deployVersion = c.edit(deploy, 0, c.text(deploy).length, fixed);
      assert.deepEqual(await c.diagnosticsFor(deploy), []);
      assert.deepEqual(await countsAfterPublish(c, deploy, deployVersion), { secrets: 0, files: 0, localOnly: 0 });
      writeFileSync(deployPath, fixed);
      const beforeClose = c.received.length;
      c.close(deploy);
      // Closed, it is the workspace scan's file again: scanned from disk (fixed), published without a version.
      await c.waitFor(
        () =>
          c.received
            .slice(beforeClose)
            .some((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === deploy)
            ? true
            : undefined,
        10_000,
        'the closed file published again',
      );
      assert.deepEqual(c.diagnostics.get(deploy)?.diagnostics, []);
      assert.deepEqual(lastCounts(c), { secrets: 0, files: 0, localOnly: 0 }, "no stale count of the scan's old result on closing");
      const after = await c.request<FindingsSummary>('leakproof/findingsSummary', null);
      assert.deepEqual(after, { secrets: 0, files: 0, localOnly: 0, entries: [] });
    } finally {
      await c.stop();
    }
  });

  it('a pulling client gets the counts too, and clearing the workspace results drops theirs', { timeout: 120_000 }, async () => {
    const root = workspace();
    tree(root, {
      'a.py': `TOKEN = "${fakeGithubToken('ghp_', 'pull-a')}"\n`,
      'b.py': `TOKEN = "${fakeGithubToken('ghp_', 'pull-b')}"\n`,
    });
    const { client: c } = await TestClient.start({ rootPath: root, capabilities: vscodeLikeCapabilities({ pull: true }) });
    try {
      const a = c.open(join(root, 'a.py'), `TOKEN = "${fakeGithubToken('ghp_', 'pull-a')}"\n`, 'python');
      const report = await c.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri: a } });
      assert.equal(report.items.length, 1);
      await c.waitFor(() => (lastCounts(c)?.secrets === 1 ? true : undefined), 10_000, 'the open file counted');
      await c.request('leakproof/scanWorkspace', {});
      await c.waitFor(() => (lastCounts(c)?.secrets === 2 ? true : undefined), 10_000, 'the scan counted');
      await c.request('leakproof/clearWorkspaceResults', null);
      await c.waitFor(() => (lastCounts(c)?.secrets === 1 ? true : undefined), 10_000, 'back to the open file');
      assert.deepEqual(lastCounts(c), { secrets: 1, files: 1, localOnly: 0 });
    } finally {
      await c.stop();
    }
  });
});
