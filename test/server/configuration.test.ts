/**
 * Configuration changes re-validate open documents: `.leakproof.json` on disk (watched files) and
 * in an open buffer (invalid → a diagnostic on the file, the last valid version stays in force),
 * and per-resource settings (`workspace/configuration`), or initialization options for clients
 * that cannot answer it.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { workspace } from './expected.js';
import { TestClient, vscodeLikeCapabilities } from './lspClient.js';

async function next(c: TestClient, uri: string, act: () => void): Promise<Diagnostic[]> {
  c.diagnostics.delete(uri);
  act();
  return (await c.waitFor(() => c.diagnostics.get(uri), 10_000, `new diagnostics for ${uri}`)).diagnostics;
}

describe('configuration changes', () => {
  let c: TestClient;
  let root: string;
  let uri: string;
  const config = () => join(root, '.leakproof.json');
  const watched = (type: 1 | 2 | 3) =>
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config()).href, type }] });

  before(async () => {
    root = workspace();
    ({ client: c } = await TestClient.start({ rootPath: root }));
    uri = c.open(join(root, 'src/a.ts'), `const tag = "${fakeGithubToken('ghp_', 'config')}";\n`, 'typescript');
    assert.equal((await c.diagnosticsFor(uri)).length, 1);
  });
  after(() => c.stop());

  it('a .leakproof.json created, changed and deleted on disk re-validates open documents', async () => {
    let diagnostics = await next(c, uri, () => {
      writeFileSync(config(), '{ "detectors": { "disable": ["github.pat-classic"] } }\n');
      watched(1);
    });
    assert.deepEqual(diagnostics, []);
    diagnostics = await next(c, uri, () => {
      writeFileSync(config(), '{ "allowlist": [{ "path": "other/**" }] }\n');
      watched(2);
    });
    assert.equal(diagnostics.length, 1);
    diagnostics = await next(c, uri, () => {
      writeFileSync(config(), '{ "allowlist": [{ "path": "src/**" }] }\n');
      watched(2);
    });
    assert.deepEqual(diagnostics, []);
    diagnostics = await next(c, uri, () => {
      rmSync(config());
      watched(3);
    });
    assert.equal(diagnostics.length, 1);
  });

  it('an invalid .leakproof.json is reported on the file, and its last valid version stays in force', async () => {
    writeFileSync(config(), '{ "allowlist": [{ "path": "src/**" }] }\n');
    const configUri = c.open(config(), '{ "allowlist": [{ "path": "src/**" }] }\n', 'jsonc');
    await c.waitFor(() => (c.diagnostics.get(uri)?.diagnostics.length === 0 ? true : undefined), 10_000, 'allowlisted');
    c.edit(configUri, 1, 1, ' "nonsense": 1,');
    const problems = await c.waitFor(
      () => {
        const p = c.diagnostics.get(configUri);
        return p && p.diagnostics.some((d) => d.code === 'config') ? p.diagnostics : undefined;
      },
      10_000,
      'a config diagnostic',
    );
    const problem = problems.find((d) => d.code === 'config')!;
    assert.match(problem.message, /unknown property "nonsense"/);
    assert.deepEqual(problem.range.start, { line: 0, character: 2 });
    assert.equal(problem.severity, 1);
    await new Promise((r) => setTimeout(r, 600));
    assert.deepEqual(c.diagnostics.get(uri)?.diagnostics, [], 'the last valid configuration still allowlists src/**');
    const status = c.received.filter((m) => m.method === 'leakproof/status').pop()?.params as { configErrors: string[] };
    assert.equal(status.configErrors.length, 1);
    c.close(configUri);
    rmSync(config());
    watched(3);
    await c.waitFor(() => (c.diagnostics.get(uri)?.diagnostics.length === 1 ? true : undefined), 10_000, 'back to no config');
  });
});

describe('settings', () => {
  let c: TestClient;
  let root: string;
  before(async () => {
    root = workspace();
    ({ client: c } = await TestClient.start({ rootPath: root }));
  });
  after(() => c.stop());

  it('reads settings per resource and re-validates when they change', async () => {
    const uri = c.open(join(root, 'a.ts'), `const tag = "${fakeGithubToken('ghp_', 'settings')}";\n`, 'typescript');
    assert.equal((await c.diagnosticsFor(uri))[0]!.severity, 1);
    const asked = c.received.find((m) => m.method === 'workspace/configuration')!.params as {
      items: { scopeUri: string; section: string }[];
    };
    assert.deepEqual(asked.items, [{ scopeUri: uri, section: 'leakproof' }]);

    c.settings = { '*': { severity: { specific: 'information' } } };
    let diagnostics = await next(c, uri, () => c.notify('workspace/didChangeConfiguration', { settings: null }));
    assert.equal(diagnostics[0]!.severity, 3);

    c.settings = { '*': { detectors: { 'github.pat-classic': false } } };
    diagnostics = await next(c, uri, () => c.notify('workspace/didChangeConfiguration', { settings: null }));
    assert.deepEqual(diagnostics, []);

    const reset = async () => {
      c.settings = {};
      assert.equal((await next(c, uri, () => c.notify('workspace/didChangeConfiguration', { settings: null }))).length, 1);
    };
    await reset();
    c.settings = { '*': { exclude: ['*.ts'] } };
    diagnostics = await next(c, uri, () => c.notify('workspace/didChangeConfiguration', { settings: null }));
    assert.deepEqual(diagnostics, []);

    await reset();
    c.settings = { '*': { enable: false } };
    diagnostics = await next(c, uri, () => c.notify('workspace/didChangeConfiguration', { settings: null }));
    assert.deepEqual(diagnostics, []);

    c.settings = { '*': { maxFileSize: 20 } };
    diagnostics = await next(c, uri, () => c.notify('workspace/didChangeConfiguration', { settings: null }));
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.code, 'not-scanned');
    assert.match(diagnostics[0]!.message, /did not scan this file/);

    c.settings = {};
    diagnostics = await next(c, uri, () => c.notify('workspace/didChangeConfiguration', { settings: null }));
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.severity, 1);
  });

  it('with run: onSave, scans on open and save only', async () => {
    c.settings = { '*': { run: 'onSave' } };
    c.notify('workspace/didChangeConfiguration', { settings: null });
    const uri = c.open(join(root, 'b.ts'), 'const a = 1;\n', 'typescript');
    assert.deepEqual(await c.diagnosticsFor(uri), []);
    c.edit(uri, 0, 0, `const tag = "${fakeGithubToken('ghp_', 'onsave')}";\n`);
    await new Promise((r) => setTimeout(r, 500));
    assert.notEqual(c.diagnostics.get(uri)?.version, 2, 'nothing published while typing');
    c.notify('textDocument/didSave', { textDocument: { uri } });
    assert.equal((await c.diagnosticsFor(uri)).length, 1);
    c.settings = {};
  });
});

describe('a client without workspace/configuration (Neovim 0.7)', () => {
  it('uses initializationOptions.settings and didChangeConfiguration payloads', async () => {
    const root = workspace();
    mkdirSync(join(root, 'src'));
    const { client: c } = await TestClient.start({
      rootPath: root,
      capabilities: vscodeLikeCapabilities({ configuration: false }),
      initializationOptions: { settings: { severity: { specific: 'warning' } } },
    });
    try {
      const uri = c.open(join(root, 'src/a.ts'), `const tag = "${fakeGithubToken('ghp_', 'noconfig')}";\n`, 'typescript');
      assert.equal((await c.diagnosticsFor(uri))[0]!.severity, 2);
      assert.ok(!c.received.some((m) => m.method === 'workspace/configuration'), 'never asked');
      const diagnostics = await next(c, uri, () =>
        c.notify('workspace/didChangeConfiguration', { settings: { leakproof: { severity: { specific: 'hint' } } } }),
      );
      assert.equal(diagnostics[0]!.severity, 4);
    } finally {
      await c.stop();
    }
  });
});
