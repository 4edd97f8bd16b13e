/**
 * Every disk write of the language server goes through the injected files (features/files.ts):
 * the server runs in-process over real streams with a recording implementation, a client without
 * resource operations picks "move to an environment variable" (so the server itself must create
 * `.env` and `.gitignore`), and the writes are checked — recorded when the files delegate to the
 * disk, and absent from the disk when the files refuse every write.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import type { CodeAction, Command, Diagnostic, PublishDiagnosticsParams, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { diskFiles, type ServerFiles } from '../../server/src/features/files.js';
import { InProcessExecutor } from '../../server/src/scanning.js';
import { startServer } from '../../server/src/server.js';
import { workspace } from './expected.js';
import { vscodeLikeCapabilities } from './lspClient.js';

type Write = { op: 'create' | 'append'; path: string };

function recordingFiles(writes: Write[], allowWrites: boolean): ServerFiles {
  return {
    ...diskFiles,
    create: (path, text) => {
      writes.push({ op: 'create', path });
      return allowWrites && diskFiles.create(path, text);
    },
    append: (path, text) => {
      writes.push({ op: 'append', path });
      return allowWrites && diskFiles.append(path, text);
    },
  };
}

/** Runs the server in this process on a pair of streams; returns a client connection and the open buffer. */
async function moveToEnvThroughCommand(files: ServerFiles): Promise<{ root: string; text: () => string }> {
  const root = workspace();
  mkdirSync(join(root, '.git'));
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(serverConnection, {
    timers: { setTimeout: (cb, ms) => setTimeout(cb, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
    executor: new InProcessExecutor(),
    files,
  });
  serverConnection.listen();
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const uri = pathToFileURL(join(root, 'app.ts')).href;
  const token = fakeGithubToken('ghp_', 'recorded');
  const buffer = TextDocument.create(uri, 'typescript', 1, `export const githubToken = "${token}";\n`);
  let diagnostics: Diagnostic[] | undefined;
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    if (p.uri === uri && p.version === buffer.version) diagnostics = p.diagnostics;
  });
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  client.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
    const edits = p.edit.changes?.[uri] ?? [];
    const next = TextDocument.applyEdits(buffer, edits);
    TextDocument.update(buffer, [{ text: next }], buffer.version + 1);
    void client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: buffer.version },
      contentChanges: [{ text: next }],
    });
    return { applied: true };
  });
  client.onRequest(() => null);
  client.listen();
  try {
    // No resource operations and no codeAction/resolve: the fix runs as a server command.
    const capabilities = vscodeLikeCapabilities();
    delete capabilities.textDocument!.codeAction!.resolveSupport;
    capabilities.workspace!.workspaceEdit = { documentChanges: false };
    await client.sendRequest('initialize', {
      processId: null,
      rootUri: pathToFileURL(root).href,
      capabilities,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'root' }],
    });
    await client.sendNotification('initialized', {});
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'typescript', version: 1, text: buffer.getText() },
    });
    const deadline = Date.now() + 60_000;
    while (!diagnostics && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(diagnostics?.length, 1, 'the token is reported');
    const actions = await client.sendRequest<(CodeAction | Command)[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    });
    const move = actions.find((a) => a.title.startsWith('Move to an environment variable')) as CodeAction | undefined;
    assert.ok(move?.command, 'the fix is offered as a command');
    await client.sendRequest('workspace/executeCommand', move.command);
    await client.sendRequest('shutdown');
    return { root, text: () => buffer.getText() };
  } finally {
    client.dispose();
    serverConnection.dispose();
  }
}

describe('disk writes go through the injected files', () => {
  it('the server creates .env and .gitignore through a recording file access', { timeout: 120_000 }, async () => {
    const writes: Write[] = [];
    const { root, text } = await moveToEnvThroughCommand(recordingFiles(writes, true));
    assert.deepEqual(writes, [
      { op: 'create', path: join(root, '.env') },
      { op: 'create', path: join(root, '.gitignore') },
    ]);
    assert.match(readFileSync(join(root, '.env'), 'utf8'), /^GITHUB_TOKEN=ghp_/);
    assert.equal(readFileSync(join(root, '.gitignore'), 'utf8'), '.env\n');
    assert.equal(text(), 'export const githubToken = process.env.GITHUB_TOKEN;\n');
  });

  it('a file access that refuses writes: nothing reaches the disk behind its back', { timeout: 120_000 }, async () => {
    const writes: Write[] = [];
    const { root } = await moveToEnvThroughCommand(recordingFiles(writes, false));
    assert.deepEqual(
      writes.map((w) => w.op),
      ['create', 'create'],
      'the writes were attempted through the injected files',
    );
    assert.ok(!existsSync(join(root, '.env')));
    assert.ok(!existsSync(join(root, '.gitignore')));
  });
});
