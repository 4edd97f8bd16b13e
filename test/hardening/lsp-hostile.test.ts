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
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { describeAll, expectedDiagnostics, workspace } from '../server/expected.js';
import { SERVER, TestClient, vscodeLikeCapabilities } from '../server/lspClient.js';

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

function exited(
  child: { exitCode: number | null; signalCode: NodeJS.Signals | null; once: (e: 'exit', l: () => void) => void },
  ms: number,
): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return Promise.race([
    new Promise<boolean>((r) => child.once('exit', () => r(true))),
    new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref()),
  ]);
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
        [
          'textDocument/codeAction',
          {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } },
            context: {
              diagnostics: [
                {
                  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
                  message: 'x',
                  code: 'github.pat-classic',
                  data: { bogus: true },
                },
              ],
            },
          },
        ],
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
          await c.waitFor(
            () => (c.diagnostics.get(uri)?.diagnostics.length === 0 ? true : undefined),
            10_000,
            `empty diagnostics after closing ${uri}`,
          );
        }
        await new Promise((r) => setTimeout(r, 100));
        samples.push(rssMb(pid));
      }
      console.log(`server RSS per round (MB): ${samples.map((s) => s.toFixed(0)).join(', ')}`);
      const early = Math.max(samples[1]!, samples[2]!);
      const late = samples[samples.length - 1]!;
      assert.ok(late < early + 150, `RSS grew from ${early.toFixed(0)} MB to ${late.toFixed(0)} MB over ${samples.length} rounds`);
      const publishes = c.received
        .filter((m) => m.method === 'textDocument/publishDiagnostics')
        .map((m) => m.params as PublishDiagnosticsParams);
      assert.ok(publishes.length >= 160);
    } finally {
      await c.stop();
    }
  });
});

/**
 * CPU seconds the process has used so far (user + system, all its threads): load on the machine does not
 * inflate it as it does wall time.
 */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /s, '')
    .split(' ');
  // Fields after the command name start at field 3 (state): utime is field 14, stime field 15.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Starts a bare server on stdio, initializes it and returns it with its collected output. */
async function bareServer(): Promise<{ child: ReturnType<typeof spawn>; out: () => string; err: () => string }> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += String(d)));
  child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
  child.stdin.write(frame('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}'));
  const deadline = Date.now() + 60_000;
  while (!stdout.includes('"id":1') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  assert.match(stdout, /"id":1/, 'the server answers initialize');
  return { child, out: () => stdout, err: () => stderr };
}

describe('hardening: language server hangs (issue 8)', () => {
  it(
    'a burst of 37k changes publishes within the hang guard, and its cost grows linearly with its size',
    { timeout: 240_000 },
    async () => {
      const root = workspace();
      const { client: c } = await TestClient.start({ rootPath: root });
      try {
        const tokens = Array.from({ length: 8 }, (_, i) => `const t${i} = "${fakeGithubToken('ghp_', `burst-${i}`)}";\n`).join('');
        const uri = c.open(join(root, 'burst.ts'), `${tokens}${'export const value = compute(1, "item");\n'.repeat(2000)}`, 'typescript');
        await c.diagnosticsFor(uri, 60_000);
        const length = c.text(uri).length;
        // Typing a character somewhere and deleting it again: the text keeps its size, so only the
        // number of changes grows between the two bursts; edits spread over the whole document.
        const burst = async (changes: number): Promise<number> => {
          const before = cpuSeconds(c.child.pid!);
          for (let i = 0; i < changes; i += 2) {
            const at = (i * 7919) % length;
            c.edit(uri, at, at, 'x');
            c.edit(uri, at, at + 1, '');
          }
          const diagnostics = await c.diagnosticsFor(uri, 120_000);
          assert.deepEqual(describeAll(diagnostics), expectedDiagnostics(c.text(uri)), `diagnostics after a burst of ${changes} changes`);
          return cpuSeconds(c.child.pid!) - before;
        };
        const small = await burst(9_250);
        const large = await burst(37_000);
        console.log(
          `server CPU for a burst of 9,250 changes: ${small.toFixed(2)} s; 37,000 changes: ${large.toFixed(2)} s (ratio ${(large / small).toFixed(1)}; 4 is linear, 16 quadratic)`,
        );
        assert.ok(large / Math.max(small, 0.05) < 8, `4× the changes cost ${(large / small).toFixed(1)}× the CPU`);
      } finally {
        await c.stop();
      }
    },
  );

  for (const [name, header, problem] of [
    ['a Content-Length that is not a number', 'Content-Length: abc', /Content-Length "abc" is not a byte count/],
    ['a Content-Length with trailing garbage', 'Content-Length: 12abc', /Content-Length "12abc" is not a byte count/],
    ['a Content-Length beyond the message size cap', 'Content-Length: 999999999999', /message of 999999999999 bytes exceeds the limit/],
    ['a header without Content-Length', 'Content-Type: application/vscode-jsonrpc', /without a Content-Length/],
  ] as const) {
    it(`${name}: the server says why on stderr and to the client, and exits non-zero without buffering`, { timeout: 120_000 }, async () => {
      const server = await bareServer();
      server.child.stdin!.write(`${header}\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"shutdown"}`);
      const done = await exited(server.child, 60_000);
      if (!done) server.child.kill('SIGKILL');
      assert.ok(done, `the server exits; stderr: ${server.err()}`);
      assert.equal(server.child.exitCode, 1, 'exit code 1: ended without shutdown, on a protocol error');
      assert.match(server.err(), /\[leakproof\] protocol error on stdin: /);
      assert.match(server.err(), problem);
      assert.match(server.out(), /window\/logMessage.*protocol error on stdin/s, 'the client is told before the server exits');
    });
  }

  it('a change for an older version is ignored: the newer text stays in force', { timeout: 120_000 }, async () => {
    const root = workspace();
    const { client: c } = await TestClient.start({ rootPath: root });
    try {
      const token = fakeGithubToken('ghp_', 'versions');
      const uri = c.open(join(root, 'versions.ts'), `const a = 1;\nconst t = "${token}";\n`, 'typescript');
      await c.diagnosticsFor(uri, 60_000);
      // Version 3 arrives (the editor's buffer moves to it), then a late version 2 that would add a line on top.
      const at = c.text(uri).indexOf(token);
      c.edit(uri, at, at, '\n'); // v2 in the client's buffer: a line break before the token
      const stale = {
        textDocument: { uri, version: 2 },
        contentChanges: [
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// a stale line\n// and another\n' },
        ],
      };
      const newest = c.edit(uri, 0, 0, '// v3\n');
      c.notify('textDocument/didChange', stale);
      c.notify('textDocument/didChange', { ...stale, textDocument: { uri, version: newest } });
      // The next change is computed by the client against its own text (v3 + this edit).
      const final = c.edit(uri, 0, 0, '// v4\n');
      const diagnostics = await c.diagnosticsFor(uri, 60_000);
      assert.equal(c.diagnostics.get(uri)?.version, final);
      assert.deepEqual(
        describeAll(diagnostics),
        expectedDiagnostics(c.text(uri)),
        'the token is where the client sees it: no stale line was applied',
      );
      assert.equal(diagnostics.length, 1);
      await assertServing(c, root, 'after-old-versions');
    } finally {
      await c.stop();
    }
  });

  it('pull diagnostics while typing continues never report a deleted token', { timeout: 120_000 }, async () => {
    const root = workspace();
    const { client: c } = await TestClient.start({ rootPath: root, capabilities: vscodeLikeCapabilities({ pull: true }) });
    try {
      // A long debounce: while someone types, a scan is always due and the document never settles.
      c.settings['*'] = { debounceMs: 5000 };
      const token = fakeGithubToken('ghp_', 'pull-stale');
      const uri = c.open(join(root, 'pull.ts'), `const a = 1;\nconst t = "${token}";\n// notes\n`, 'typescript');
      type Report = { kind: string; items?: Diagnostic[]; resultId?: string };
      const pull = () => c.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
      const first = await pull();
      assert.equal(first.items?.length, 1, 'the token is reported first');
      const at = c.text(uri).indexOf(token);
      c.edit(uri, at, at + token.length, '');
      let typing = true;
      const typist = (async () => {
        while (typing) {
          c.edit(uri, c.text(uri).length, c.text(uri).length, 'x');
          await new Promise((r) => setTimeout(r, 200));
        }
      })();
      const during = await pull();
      typing = false;
      await typist;
      assert.equal(during.kind, 'full');
      assert.deepEqual(during.items, [], 'no diagnostic for the deleted token while typing continues');
      assert.equal(during.resultId, undefined, 'an answer given before the document settled has no result id');
      // Once the document settles, the client is asked to pull again, and gets the settled answer.
      const refreshes = c.refreshes;
      await c.waitFor(() => (c.refreshes > refreshes ? true : undefined), 60_000, 'workspace/diagnostic/refresh');
      const settled = await pull();
      assert.deepEqual(describeAll(settled.items ?? []), expectedDiagnostics(c.text(uri)));
    } finally {
      await c.stop();
    }
  });
});
