/**
 * A broken `.leakproof.json` shows its error once, on the config file (issue 12 item 8) — whether
 * the client pulls diagnostics (VS Code: pushed and pulled diagnostics are separate collections, so
 * the same problem sent both ways shows twice) or only receives pushes, open or closed.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, it } from 'node:test';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { workspace } from './expected.js';
import { TestClient, vscodeLikeCapabilities } from './lspClient.js';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

const BROKEN = '{ "allowlist": [ }\n';
const isConfigProblem = (d: Diagnostic) => d.code === 'config';

/** Everything the editor would list for `uri`: what was pushed plus (pull clients) what a pull answers. */
async function listed(c: TestClient, uri: string, pull: boolean): Promise<Diagnostic[]> {
  // The last push for the file stays listed until the next one (as in VS Code, also across open/close).
  const pushes = c.received.filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
  const pushed = (pushes.at(-1)?.params as { diagnostics: Diagnostic[] } | undefined)?.diagnostics ?? [];
  if (!pull) return pushed;
  const report = await c.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  return [...pushed, ...(report.kind === 'full' ? report.items : [])];
}

for (const pull of [true, false]) {
  describe(`a broken .leakproof.json (${pull ? 'pull' : 'push'} client)`, () => {
    it('is reported once on the file: while closed, once opened, and after closing it again', async () => {
      const root = workspace();
      const config = join(root, '.leakproof.json');
      writeFileSync(config, BROKEN);
      ({ client } = await TestClient.start({ rootPath: root, capabilities: vscodeLikeCapabilities({ pull }) }));
      const c = client;
      c.open(join(root, 'a.ts'), `const tag = "${fakeGithubToken('ghp_', `config-once-${pull}`)}";\n`, 'typescript');
      const configUri = pathToFileURL(config).href;
      await c.waitFor(
        () => c.diagnostics.get(configUri)?.diagnostics.some(isConfigProblem) || undefined,
        10_000,
        'the problem pushed for the closed file',
      );
      assert.equal((await listed(c, configUri, pull)).filter(isConfigProblem).length, 1, 'closed: once');

      c.open(config, BROKEN, 'jsonc');
      await new Promise((resolve) => setTimeout(resolve, 800)); // let the opened file settle (and any duplicate arrive)
      const open = (await listed(c, configUri, pull)).filter(isConfigProblem);
      assert.equal(open.length, 1, `open: once, got ${JSON.stringify(open.map((d) => d.message))}`);
      assert.match(open[0]!.message, /Invalid Leakproof configuration/);

      c.close(configUri);
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal((await listed(c, configUri, pull)).filter(isConfigProblem).length, 1, 'closed again: still once, still shown');
    });
  });
}
