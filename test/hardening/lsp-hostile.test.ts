/**
 * Hardening: the language server (dist/server.js, a real process) against malformed JSON-RPC,
 * wrong parameters, huge pastes, a client that disconnects mid-scan, and many rounds of
 * open/edit/close — it keeps serving, exits when its client is gone, and its memory stays bounded.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { describeAll, expectedDiagnostics, workspace } from '../server/expected.js';
import { SERVER, TestClient } from '../server/lspClient.js';

function frame(body: string | Buffer): Buffer {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`), bytes]);
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

/** The server still answers and scans correctly: a fresh document gets exactly its finding. */
async function assertServing(c: TestClient, root: string, salt: string): Promise<void> {
  assert.equal(c.child.exitCode, null, `server alive; stderr: ${c.serverStderr().slice(0, 500)}`);
  const uri = c.open(join(root, `alive-${salt}.ts`), `const t = "${fakeGithubToken('ghp_', salt)}";\n`, 'typescript');
  const diagnostics = await c.diagnosticsFor(uri, 20_000);
  assert.deepEqual(describeAll(diagnostics), expectedDiagnostics(c.text(uri)));
  assert.equal(diagnostics.length, 1);
}

function exited(child: { exitCode: number | null; signalCode: NodeJS.Signals | null; once: (e: 'exit', l: () => void) => void }, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return Promise.race([new Promise<boolean>((r) => child.once('exit', () => r(true))), new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref())]);
}

describe('hardening: language server', () => {
  it('malformed JSON-RPC frames and wrong parameters: no crash, keeps serving', async () => {
    const root = workspace();
    const { client: c } = await TestClient.start({ rootPath: root });
    try {
      // Well-framed garbage written straight onto the server's stdin, between real messages.
      const stdin = c.child.stdin!;
      for (const body of [
        '{not json',
        '[]',
        '42',
        '{"jsonrpc":"2.0"}',
        '{"jsonrpc":"2.0","id":9001,"method":"textDocument/hover"}',
        '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":42}}}',
        '{"jsonrpc":"1.0","id":"x","method":"nope","params":[1,2,3]}',
        Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0xc3, 0x28]),
      ]) {
        stdin.write(frame(body));
      }
      await assertServing(c, root, 'after-garbage');

      // Well-formed messages with wrong or missing parameters.
      const uri = c.open(join(root, 'real.ts'), `const a = 1;\nconst t = "${fakeGithubToken('ghp_', 'params')}";\n`, 'typescript');
      await c.diagnosticsFor(uri, 20_000);
      const requests: [string, unknown][] = [
        ['textDocument/hover', {}],
        ['textDocument/hover', { textDocument: { uri }, position: { line: -5, character: 1e9 } }],
        ['textDocument/hover', { textDocument: { uri: 'file:///never/opened.ts' }, position: { line: 0, character: 0 } }],
        ['textDocument/codeAction', { textDocument: { uri }, range: null, context: null }],
        ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, context: { diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', code: 'github.pat-classic', data: { bogus: true } }] } }],
        ['codeAction/resolve', { title: 'x', data: { uri, fingerprint: 'nope' } }],
        ['codeAction/resolve', null],
        ['workspace/executeCommand', { command: 'leakproof.doesNotExist', arguments: [] }],
        ['workspace/executeCommand', { command: 'leakproof.moveToEnv', arguments: [{ uri, version: 999, fingerprint: 'x', offset: -1 }] }],
        ['textDocument/diagnostic', { textDocument: { uri: 'file:///never/opened.ts' } }],
        ['no/such/method', { a: 1 }],
      ];
      for (const [method, params] of requests) {
        // Either an answer or a JSON-RPC error; what matters is that the server survives.
        await Promise.race([c.request(method, params).catch((error: Error) => error), new Promise((r) => setTimeout(r, 10_000).unref())]);
      }
      c.notify('textDocument/didChange', { textDocument: { uri: 'file:///never/opened.ts', version: 2 }, contentChanges: [{ text: 'x' }] });
      c.notify('textDocument/didChange', { textDocument: { uri }, contentChanges: null });
      c.notify('textDocument/didClose', { textDocument: { uri: 'file:///never/opened.ts' } });
      c.notify('textDocument/didOpen', { textDocument: { uri: 'file:///bad.ts', languageId: 'typescript', version: 1, text: null } });
      c.notify('workspace/didChangeConfiguration', { settings: { leakproof: { maxFileSize: 'huge', debounceMs: -1, detectors: 'all' } } });
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'not a uri', type: 99 }] });
      await assertServing(c, root, 'after-bad-params');
      // The real document still ends with the diagnostics of its current text after an out-of-range edit.
      c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// edited\n' }]);
      assert.deepEqual(describeAll(await c.diagnosticsFor(uri, 20_000)), expectedDiagnostics(c.text(uri)));
      assert.doesNotMatch(c.serverStderr(), /uncaught|unhandled rejection/i, 'no uncaught error in the server');
    } finally {
      await c.stop();
    }
  });

  it('huge pastes: a 4 MB paste then its removal leave exactly the diagnostics of the final text', async () => {
    const root = workspace();
    const { client: c } = await TestClient.start({ rootPath: root });
    try {
      const uri = c.open(join(root, 'paste.ts'), 'export const a = 1;\n', 'typescript');
      await c.diagnosticsFor(uri, 20_000);
      const token = fakeGithubToken('ghp_', 'paste');
      const block = `${'const filler = "lorem ipsum dolor sit amet";\n'.repeat(90_000)}const t = "${token}";\n`;
      assert.ok(block.length > 4_000_000);
      c.edit(uri, 0, 0, block);
      const pasted = await c.diagnosticsFor(uri, 60_000);
      assert.deepEqual(describeAll(pasted), expectedDiagnostics(c.text(uri)));
      assert.equal(pasted.length, 1);
      c.edit(uri, 0, block.length, '');
      const removed = await c.diagnosticsFor(uri, 60_000);
      assert.deepEqual(removed, [], 'no stale diagnostic after the paste is undone');
    } finally {
      await c.stop();
    }
  });

  const bigText = `${'x = "aZ9+/aZ9+/aZ9+/" password: hunter2 token=abc\n'.repeat(150_000)}`;

  it('a client that disconnects mid-scan over stdio: the server exits on its own', async () => {
    const root = workspace();
    const { client: a } = await TestClient.start({ rootPath: root });
    a.open(join(root, 'big.txt'), bigText, 'plaintext');
    await new Promise((r) => setTimeout(r, 50));
    // The editor dies: its ends of both pipes close, with no shutdown/exit.
    a.child.stdin!.destroy();
    a.child.stdout!.destroy();
    const done = await exited(a.child, 20_000);
    if (!done) a.child.kill('SIGKILL');
    a.connection.dispose();
    assert.ok(done, 'stdio server exits after its client disconnects');
  });

  it('a client that disconnects mid-scan over node-ipc: the server exits on its own', async () => {
    const root = workspace();
    const { client: b } = await TestClient.start({ rootPath: root, transport: 'ipc' });
    b.open(join(root, 'big.txt'), bigText, 'plaintext');
    await new Promise((r) => setTimeout(r, 50));
    b.connection.dispose();
    b.child.disconnect();
    b.child.stdin!.destroy();
    b.child.stdout!.destroy();
    const done = await exited(b.child, 8_000);
    if (!done) b.child.kill('SIGKILL');
    assert.ok(done, 'ipc server exits within 8 s after its channel and pipes close');
  });

  it('a bare server whose stdin closes before initialize exits cleanly', async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
    child.stdin.end(frame('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}'));
    const done = await exited(child, 15_000);
    if (!done) child.kill('SIGKILL');
    assert.ok(done, `exits; stderr: ${stderr}`);
    assert.doesNotMatch(stderr, /uncaught|TypeError|ReferenceError/);
  });

  it('rounds of open/edit/close: RSS stays bounded and closed documents end with no diagnostics', async () => {
    const root = workspace();
    const { client: c } = await TestClient.start({ rootPath: root });
    try {
      const pid = c.child.pid!;
      const samples: number[] = [];
      for (let round = 0; round < 8; round++) {
        const uris: string[] = [];
        for (let i = 0; i < 20; i++) {
          const body = `const token = "${fakeGithubToken('ghp_', `mem-${round}-${i}`)}";\n${'export const value = compute(1, "item");\n'.repeat(5000)}`;
          uris.push(c.open(join(root, `mem/r${round}-f${i}.ts`), body, 'typescript'));
        }
        for (const uri of uris) {
          for (let k = 0; k < 10; k++) c.edit(uri, 0, 0, `// edit ${k}\n`);
        }
        for (const uri of uris) assert.equal((await c.diagnosticsFor(uri, 30_000)).length, 1);
        for (const uri of uris) c.close(uri);
        // A closed document's last publish is empty: nothing stale stays in the Problems panel.
        for (const uri of uris) {
          await c.waitFor(() => (c.diagnostics.get(uri)?.diagnostics.length === 0 ? true : undefined), 10_000, `empty diagnostics after closing ${uri}`);
        }
        await new Promise((r) => setTimeout(r, 100));
        samples.push(rssMb(pid));
      }
      console.log(`server RSS per round (MB): ${samples.map((s) => s.toFixed(0)).join(', ')}`);
      const early = Math.max(samples[1]!, samples[2]!);
      const late = samples[samples.length - 1]!;
      assert.ok(late < early + 150, `RSS grew from ${early.toFixed(0)} MB to ${late.toFixed(0)} MB over ${samples.length} rounds`);
      const publishes = c.received.filter((m) => m.method === 'textDocument/publishDiagnostics').map((m) => m.params as PublishDiagnosticsParams);
      assert.ok(publishes.length >= 160);
    } finally {
      await c.stop();
    }
  });
});
