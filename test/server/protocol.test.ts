/**
 * The bundled server over both transports (stdio and node-ipc), driven by a real JSON-RPC client:
 * initialize, exact diagnostic ranges on open, incremental edits (typing a token character by
 * character, deleting part of it, pasting a PEM key, breaking a key), hover, and no secret on the
 * wire. Every published diagnostic set must match a full scan of the version it names.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, Hover, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { DETECTORS_BY_ID } from '../../server/src/engine/index.js';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { fakePem } from '../../server/src/engine/fake.js';
import { parseExample } from '../../server/src/engine/examples.js';
import { describeAll, expectedDiagnostics, workspace } from './expected.js';
import { TestClient, type Transport } from './lspClient.js';
import { examplesOf } from '../../server/src/engine/detectors/examples.js';

for (const transport of ['stdio', 'ipc'] as Transport[]) {
  describe(`language server over ${transport}`, () => {
    let client: TestClient;
    let init: InitializeResult;
    let root: string;
    /** Text of every version sent, to check each publish against a full scan of its version. */
    const versions = new Map<string, Map<number, string>>();
    /** Documents whose region scans may differ from a full scan until reconciled (see the last test). */
    const approximate = new Set<string>();

    const open = (name: string, text: string, languageId: string) => {
      const uri = client.open(join(root, name), text, languageId);
      versions.set(uri, new Map([[1, text]]));
      return uri;
    };
    const edit = (uri: string, start: number, end: number, text: string) => {
      const version = client.edit(uri, start, end, text);
      versions.get(uri)!.set(version, client.text(uri));
      return version;
    };
    const settledDiagnostics = async (uri: string) => describeAll(await client.diagnosticsFor(uri));

    before(async () => {
      root = workspace();
      mkdirSync(join(root, '.git'));
      ({ client, init } = await TestClient.start({ transport, rootPath: root }));
    });
    after(async () => {
      // Every publish matched its version: nothing stale was ever shown.
      for (const message of client.received.filter((m) => m.method === 'textDocument/publishDiagnostics')) {
        const params = message.params as PublishDiagnosticsParams;
        const text = versions.get(params.uri)?.get(params.version ?? -1);
        if (text === undefined || approximate.has(params.uri)) continue;
        assert.deepEqual(describeAll(params.diagnostics), expectedDiagnostics(text), `publish for ${params.uri} v${params.version}`);
      }
      await client.stop();
    });

    it('initializes with incremental sync, hover, resolvable code actions and its commands', () => {
      const caps = init.capabilities;
      assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
      assert.equal(caps.hoverProvider, true);
      assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix'], resolveProvider: true });
      assert.ok(caps.executeCommandProvider?.commands.includes('leakproof.server.openDocumentation'));
      assert.equal(caps.diagnosticProvider, undefined, 'no pull diagnostics for a client without them');
      assert.equal(init.serverInfo?.name, 'leakproof-language-server');
    });

    it('reports a token on open with the exact range of its value, never the variable name', async () => {
      const token = fakeGithubToken('ghp_', `open-${transport}`);
      const uri = open('config.ts', `// settings\nexport const githubToken = "${token}";\n`, 'typescript');
      const [diagnostic, ...rest] = await client.diagnosticsFor(uri);
      assert.equal(rest.length, 0);
      const start = '// settings\nexport const githubToken = "'.length - '// settings\n'.length;
      assert.deepEqual(diagnostic!.range, { start: { line: 1, character: start }, end: { line: 1, character: start + 40 } });
      assert.equal(diagnostic!.severity, 1);
      assert.equal(diagnostic!.source, 'leakproof');
      assert.equal(diagnostic!.code, 'github.pat-classic');
      assert.equal(diagnostic!.codeDescription?.href, 'https://leakproof.example/docs/detectors.md#github-pat-classic');
      assert.match(diagnostic!.message, /^GitHub personal access token \(classic\): ghp_\w\w\*{8}$/);
      const data = diagnostic!.data as Record<string, unknown>;
      assert.equal(data.detectorId, 'github.pat-classic');
      assert.equal(data.kind, 'specific');
      assert.match(String(data.fingerprint), /^(?:scrypt|hmac):[0-9a-f]{64}$/);
      assert.match(String(data.secretHash), /^(?:scrypt|hmac):[0-9a-f]{64}$/);
      assert.ok(!client.transcript().includes(token), 'the token never crosses the wire');
    });

    it('gives generic findings a warning, test files one level lower, and multi-part secrets related information', async () => {
      const generic = open('settings.yaml', parseExample(examplesOf(DETECTORS_BY_ID.get('generic.password')!).positive[0]!).text, 'yaml');
      const [warning] = await client.diagnosticsFor(generic);
      assert.equal(warning?.severity, 2, 'generic → warning (leakproof.severity.generic)');
      const inTest = open('test/fixtures/tokens.ts', `const t = "${fakeGithubToken('ghp_', 'fixture')}";\n`, 'typescript');
      const [lowered] = await client.diagnosticsFor(inTest);
      assert.equal(lowered?.severity, 2, 'specific in a test file → warning');
      assert.equal((lowered?.data as { testFile: boolean }).testFile, true);
      const aws = parseExample(examplesOf(DETECTORS_BY_ID.get('aws.access-key-id')!).positive[0]!).text;
      const multi = open('credentials.ini', aws, 'ini');
      const diagnostics = await client.diagnosticsFor(multi);
      const withParts = diagnostics.find((d) => d.code === 'aws.access-key-id');
      assert.ok(withParts?.relatedInformation?.length, 'the secret access key is related information');
      assert.match(withParts.relatedInformation[0]!.message, /secret_access_key/);
      assert.equal(withParts.relatedInformation[0]!.location.uri, multi);
    });

    it('follows a token typed character by character, then part of it deleted', async () => {
      const token = fakeGithubToken('ghp_', `typed-${transport}`);
      const before = 'import os\n\nTOKEN = "';
      const uri = open('typed.py', `${before}"\nprint(TOKEN)\n`, 'python');
      assert.deepEqual(await settledDiagnostics(uri), []);
      for (let i = 0; i < token.length; i++) {
        edit(uri, before.length + i, before.length + i, token[i]!);
        if (i % 7 === 0) await new Promise((r) => setTimeout(r, 5)); // faster than the debounce
      }
      assert.deepEqual(await settledDiagnostics(uri), [`github.pat-classic@2:9-2:${9 + token.length}`]);
      edit(uri, before.length + 8, before.length + 20, '');
      const after = await settledDiagnostics(uri);
      assert.ok(!after.some((d) => d.startsWith('github.pat-classic')), 'a broken checksum is no GitHub token');
      assert.deepEqual(after, expectedDiagnostics(client.text(uri)));
    });

    it('finds a pasted PEM key over its whole block, and drops it when an edit breaks it', async () => {
      const filler = Array.from({ length: 30 }, (_, i) => `line_${i} = ${i}`).join('\n');
      const uri = open('keys.py', `${filler}\nKEY = """\n"""\n${filler}\n`, 'python');
      assert.deepEqual(await settledDiagnostics(uri), []);
      const pem = fakePem('RSA PRIVATE KEY', 1200, transport);
      const at = client.text(uri).indexOf('"""\n"""') + 4;
      edit(uri, at, at, `${pem}\n`);
      const pasted = await client.diagnosticsFor(uri);
      assert.equal(pasted.length, 1);
      assert.equal(pasted[0]!.code, 'pem.rsa-private-key');
      assert.deepEqual(pasted[0]!.range.start, { line: 31, character: 0 });
      assert.equal(pasted[0]!.range.end.line, 31 + pem.split('\n').length - 1);
      assert.match(pasted[0]!.message, /-----BEGIN RSA PRIVATE KEY-----…/);
      const text = client.text(uri);
      const endLine = text.indexOf('-----END');
      edit(uri, endLine, text.indexOf('\n', endLine) + 1, ''); // the END line goes: no key any more
      assert.deepEqual(await settledDiagnostics(uri), expectedDiagnostics(client.text(uri)));
      assert.ok(!(await settledDiagnostics(uri)).some((d) => d.startsWith('pem.')));
      assert.ok(!client.transcript().includes(pem.split('\n')[3]!), 'no line of the key crosses the wire');
    });

    it('explains a finding on hover: grants, revoke, environment, insights, the full guide', async () => {
      const token = fakeGithubToken('ghp_', `hover-${transport}`);
      const uri = open('test/hover.spec.ts', `const token = "${token}";\n`, 'typescript');
      const [diagnostic] = await client.diagnosticsFor(uri);
      const hover = await client.request<Hover>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: diagnostic!.range.start.character + 5 },
      });
      const value = (hover.contents as { kind: string; value: string }).value;
      assert.equal((hover.contents as { kind: string }).kind, 'markdown');
      assert.deepEqual(hover.range, diagnostic!.range);
      for (const expected of [
        '**GitHub personal access token (classic)**',
        'What it grants: Acts as the user',
        '**Revoke or rotate it first:**',
        'https://github.com/settings/tokens',
        'git filter-repo --replace-text',
        'process.env.GITHUB_TOKEN',
        'In a test file',
        '[Full guide](https://leakproof.example/docs/detectors.md#github-pat-classic)',
      ]) {
        assert.ok(value.includes(expected), `hover mentions ${expected}`);
      }
      assert.ok(!value.includes(token));
      const nothing = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 2 },
      });
      assert.equal(nothing, null);
    });

    it('answers harmlessly to requests about unknown documents and survives garbage', async () => {
      const unknown = 'file:///nowhere/at/all.ts';
      assert.equal(
        await client.request('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }),
        null,
      );
      assert.deepEqual(
        await client.request('textDocument/codeAction', {
          textDocument: { uri: unknown },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [] },
        }),
        [],
      );
      client.notify('textDocument/didChange', { textDocument: { uri: unknown, version: 3 }, contentChanges: [{ text: 'x' }] });
      client.notify('textDocument/didOpen', {
        textDocument: { uri: 'untitled:Untitled-1', languageId: 'plaintext', version: 1, text: '\u0000\u0001'.repeat(50) },
      });
      assert.equal(await client.request('textDocument/hover', { nonsense: true }), null);
      const uri = open('still.ts', `const t = "${fakeGithubToken('ghp_', 'alive')}";\n`, 'typescript');
      assert.equal((await client.diagnosticsFor(uri)).length, 1, 'still serving');
    });

    it('clears diagnostics when a document closes', async () => {
      const uri = open('closing.ts', `const t = "${fakeGithubToken('ghp_', 'close')}";\n`, 'typescript');
      assert.equal((await client.diagnosticsFor(uri)).length, 1);
      client.close(uri);
      await client.waitFor(() => (client.diagnostics.get(uri)?.diagnostics.length === 0 ? true : undefined), 5000, 'cleared diagnostics');
    });

    it('reconciles with a full scan after a pause (a keyword far above the secret)', async () => {
      // A Discord token is only looked for in documents that mention Discord; here the mention is
      // far above the pasted token, outside the region an edit rescans.
      const example = parseExample(examplesOf(DETECTORS_BY_ID.get('discord.bot-token')!).positive[1]!);
      const token = example.text.slice(example.expected![0], example.expected![1]);
      const filler = Array.from({ length: 60 }, (_, i) => `x${i} = ${i}`).join('\n');
      const uri = open('bot.py', `import discord\n${filler}\nTOKEN = ""\n`, 'python');
      approximate.add(uri);
      assert.deepEqual(await settledDiagnostics(uri), []);
      const at = client.text(uri).indexOf('""') + 1;
      edit(uri, at, at, token);
      const expected = expectedDiagnostics(client.text(uri));
      assert.ok(expected.some((d) => d.startsWith('discord.bot-token')));
      await client.waitFor(
        () => {
          const params = client.diagnostics.get(uri);
          return params && describeAll(params.diagnostics).join() === expected.join() ? true : undefined;
        },
        5000,
        'the reconciled diagnostics',
      );
    });

    it('never sent a diagnostic without its version', () => {
      const publishes = client.received
        .filter((m) => m.method === 'textDocument/publishDiagnostics')
        .map((m) => m.params as PublishDiagnosticsParams);
      assert.ok(publishes.length > 5);
      for (const p of publishes) if (p.diagnostics.length > 0) assert.equal(typeof p.version, 'number');
      const all: Diagnostic[] = publishes.flatMap((p) => p.diagnostics);
      assert.ok(all.every((d) => d.source === 'leakproof'));
    });
  });
}
