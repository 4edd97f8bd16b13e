/**
 * "Move to an environment variable" produces working code (issue 12 item 4): Go declarations that
 * compile, multi-part secrets moved together, connection strings moved whole, no `${VAR}` in a
 * Kubernetes Secret (guidance instead), and a message saying how the variable gets loaded.
 * The bundled server, a real workspace on disk; edits applied as an editor applies them.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { B64, BASE32_UPPER, fake, fakeDbPassword, fakeMixed } from '../../server/src/engine/detectors/kit/examples.js';
import { workspace } from './expected.js';
import { TestClient } from './lspClient.js';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

async function setUp(): Promise<{ root: string; c: TestClient }> {
  const root = workspace();
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.gitignore'), '.env\n');
  ({ client } = await TestClient.start({ rootPath: root }));
  return { root, c: client };
}

async function moveAction(c: TestClient, uri: string, code?: string): Promise<{ diagnostics: Diagnostic[]; move: CodeAction | undefined }> {
  const all = await c.diagnosticsFor(uri);
  const diagnostics = code ? all.filter((d) => d.code === code) : all;
  assert.ok(diagnostics.length > 0, `a finding (${all.map((d) => String(d.code)).join(', ')})`);
  const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostics[0]!.range,
    context: { diagnostics: [diagnostics[0]], triggerKind: 1 },
  });
  return { diagnostics, move: actions.find((a) => a.title.startsWith('Move to an environment variable')) };
}

/** Picks the fix: resolve, apply, report `.env` to the watcher; resolves with the diagnostics after. */
async function moveAndRecheck(c: TestClient, root: string, uri: string, code?: string): Promise<{ after: Diagnostic[]; name: string }> {
  const { move } = await moveAction(c, uri, code);
  assert.ok(move, 'the fix is offered');
  const resolved = await c.request<CodeAction>('codeAction/resolve', move);
  assert.ok(resolved.edit, 'resolved to an edit');
  c.diagnostics.delete(uri);
  c.applyEdit(resolved.edit);
  c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(root, '.env')).href, type: 1 }] });
  const after = (await c.waitFor(() => c.diagnostics.get(uri), 10_000, 'diagnostics after the fix')).diagnostics;
  return { after, name: /\(([A-Z0-9_]+)\)/.exec(move.title)![1]! };
}

describe('move to an environment variable: working code', () => {
  it('Go: a const declaration becomes var (os.Getenv is no constant), and the import is added', async () => {
    const { root, c } = await setUp();
    const token = fakeGithubToken('ghp_', 'go-const');
    const uri = c.open(
      join(root, 'main.go'),
      `package main\n\nimport "fmt"\n\nconst githubToken = "${token}"\n\nfunc main() { fmt.Println(githubToken) }\n`,
      'go',
    );
    const { after } = await moveAndRecheck(c, root, uri);
    assert.deepEqual(after, []);
    assert.equal(
      c.text(uri),
      'package main\n\nimport "os"\nimport "fmt"\n\nvar githubToken = os.Getenv("GITHUB_TOKEN")\n\nfunc main() { fmt.Println(githubToken) }\n',
    );
  });

  it('Go: a line of a const block moves to a var declaration after the block', async () => {
    const { root, c } = await setUp();
    const token = fakeGithubToken('ghp_', 'go-block');
    const uri = c.open(
      join(root, 'config.go'),
      `package config\n\nimport (\n\t"os"\n)\n\nconst (\n\tappName = "demo"\n\tgithubToken = "${token}"\n)\n\nvar _ = os.Args\n`,
      'go',
    );
    const { after } = await moveAndRecheck(c, root, uri);
    assert.deepEqual(after, []);
    assert.equal(
      c.text(uri),
      'package config\n\nimport (\n\t"os"\n)\n\nconst (\n\tappName = "demo"\n)\nvar githubToken = os.Getenv("GITHUB_TOKEN")\n\nvar _ = os.Args\n',
    );
    assert.ok(!/const[^)]*os\.Getenv/.test(c.text(uri)), 'no os.Getenv in a constant');
  });

  it('multi-part secrets move together: the AWS key id and its secret access key', async () => {
    const { root, c } = await setUp();
    const keyId = `AKIA${fake(BASE32_UPPER, 16, 'move-aws-id')}`;
    const secret = fakeMixed(B64, 40, 'move-aws-secret');
    const uri = c.open(
      join(root, 'src/s3.ts'),
      `export const config = {\n  accessKeyId: "${keyId}",\n  secretAccessKey: "${secret}",\n};\n`,
      'typescript',
    );
    const { after } = await moveAndRecheck(c, root, uri, 'aws.access-key-id');
    assert.deepEqual(after, []);
    assert.equal(
      c.text(uri),
      'export const config = {\n  accessKeyId: process.env.ACCESS_KEY_ID,\n  secretAccessKey: process.env.SECRET_ACCESS_KEY,\n};\n',
    );
    assert.equal(readFileSync(join(root, '.env'), 'utf8'), `ACCESS_KEY_ID=${keyId}\nSECRET_ACCESS_KEY=${secret}\n`);
  });

  it('multi-part secrets move together: the database user with its password (the host stays)', async () => {
    const { root, c } = await setUp();
    const password = fakeDbPassword('move-db');
    const uri = c.open(
      join(root, 'db.py'),
      `import psycopg2\n\nconn = psycopg2.connect(host="db.internal", user="report_writer", password="${password}")\n`,
      'python',
    );
    const { after } = await moveAndRecheck(c, root, uri, 'database.driver-password');
    assert.deepEqual(after, []);
    assert.equal(
      c.text(uri),
      'import os\nimport psycopg2\n\nconn = psycopg2.connect(host="db.internal", user=os.environ["DATABASE_USER"], password=os.environ["DATABASE_PASSWORD"])\n',
    );
    assert.equal(
      readFileSync(join(root, '.env'), 'utf8'),
      `DATABASE_PASSWORD=${password}\nDATABASE_USER=report_writer\n`,
      'never USER: the system sets it',
    );
  });

  it('a connection string moves whole, as DATABASE_URL', async () => {
    const { root, c } = await setUp();
    const url = `postgresql://etl:${fakeDbPassword('move-url')}@10.0.3.17/warehouse`;
    const uri = c.open(join(root, 'etl.py'), `import os\n\nengine = create_engine("${url}")\n`, 'python');
    const { after, name } = await moveAndRecheck(c, root, uri);
    assert.equal(name, 'DATABASE_URL');
    assert.deepEqual(after, []);
    assert.equal(c.text(uri), 'import os\n\nengine = create_engine(os.environ["DATABASE_URL"])\n');
    assert.equal(readFileSync(join(root, '.env'), 'utf8'), `DATABASE_URL=${url}\n`);
  });

  it('tells how the variable gets loaded, per language', async () => {
    const { root, c } = await setUp();
    const js = c.open(join(root, 'a.js'), `const githubToken = "${fakeGithubToken('ghp_', 'hint-js')}";\n`, 'javascript');
    await moveAndRecheck(c, root, js);
    const jsHint = await c.waitFor(
      () => c.messages.find((m) => m.includes('GITHUB_TOKEN now comes from the environment')),
      10_000,
      'the loading hint',
    );
    assert.match(jsHint, /node --env-file=\.env/);
    assert.match(jsHint, /dotenv/);
    const py = c.open(join(root, 'b.py'), `API = "${fakeGithubToken('ghp_', 'hint-py')}"\n`, 'python');
    await moveAndRecheck(c, root, py);
    await c.waitFor(() => c.messages.find((m) => /python-dotenv/.test(m)), 10_000, 'the python-dotenv hint');
  });

  it('a Kubernetes Secret manifest gets no ${VAR} fix, and its hover says what works instead', async () => {
    const { root, c } = await setUp();
    const token = fakeGithubToken('ghp_', 'k8s');
    const manifest = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci-token\ntype: Opaque\nstringData:\n  github_token: ${token}\n`;
    const uri = c.open(join(root, 'deploy/secret.yaml'), manifest, 'yaml');
    const { diagnostics, move } = await moveAction(c, uri);
    assert.equal(move, undefined, 'a fix that cannot work is not offered');
    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: diagnostics[0]!.range.start });
    const text = (hover.contents as { value: string }).value;
    assert.match(text, /secretKeyRef/);
    assert.match(text, /Sealed Secrets/);
    assert.ok(!text.includes('${GITHUB') && !text.includes('quick fix'), 'no ${VAR} fix advised');
  });
});
