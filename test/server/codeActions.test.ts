/**
 * Every quick fix, end to end against the bundled server: the edit is applied the way an editor
 * applies it (open buffers get didChange, other files are written, watchers report new files), and
 * the finding is checked to be gone. Each test gets its own workspace and server.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { secretHash } from '../../server/src/engine/index.js';
import { workspace } from './expected.js';
import { TestClient, vscodeLikeCapabilities } from './lspClient.js';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

async function setUp(
  files: Record<string, string> = {},
  capabilities = vscodeLikeCapabilities(),
): Promise<{ root: string; client: TestClient }> {
  const root = workspace();
  mkdirSync(join(root, '.git'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  ({ client } = await TestClient.start({ rootPath: root, capabilities }));
  return { root, client };
}

async function actionsAt(c: TestClient, uri: string): Promise<{ diagnostics: Diagnostic[]; actions: CodeAction[] }> {
  const diagnostics = await c.diagnosticsFor(uri);
  assert.ok(diagnostics.length > 0, 'a finding to fix');
  const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostics[0]!.range,
    context: { diagnostics, triggerKind: 1 },
  });
  return { diagnostics, actions };
}

function pick(actions: CodeAction[], prefix: string): CodeAction {
  const found = actions.find((a) => a.title.startsWith(prefix));
  assert.ok(found, `an action "${prefix}…" among: ${actions.map((a) => a.title).join(' | ')}`);
  return found;
}

/** Applies an action's edit, then reports created/changed files as a file watcher would; resolves with the next diagnostics of `uri`. */
async function applyAndRecheck(c: TestClient, uri: string, edit: WorkspaceEdit | undefined, touched: string[] = []): Promise<Diagnostic[]> {
  assert.ok(edit, 'the action carries an edit');
  c.diagnostics.delete(uri);
  c.applyEdit(edit);
  if (touched.length > 0)
    c.notify('workspace/didChangeWatchedFiles', { changes: touched.map((path) => ({ uri: pathToFileURL(path).href, type: 1 })) });
  return (await c.waitFor(() => c.diagnostics.get(uri), 10_000, 'diagnostics after the fix')).diagnostics;
}

describe('quick fixes', () => {
  it('offers all six fixes for a token in TypeScript, none carrying the secret', async () => {
    const { root, client: c } = await setUp();
    const token = fakeGithubToken('ghp_', 'offer');
    const uri = c.open(join(root, 'src/app.ts'), `export const githubToken = "${token}";\n`, 'typescript');
    const { actions } = await actionsAt(c, uri);
    assert.deepEqual(
      actions.map((a) => a.title),
      [
        'Move to an environment variable (GITHUB_TOKEN)',
        'Allow this secret on this line (// leakproof:allow)',
        'Allow this secret everywhere (.leakproof.json)',
        "Ignore files matching 'src/app.ts' (.leakproof.json)",
        "Disable detector 'github.pat-classic' for this workspace (.leakproof.json)",
        'Learn about GitHub personal access token (classic)',
      ],
    );
    assert.ok(actions.every((a) => a.kind === 'quickfix' && a.diagnostics?.length === 1));
    assert.equal(actions[0]!.isPreferred, true);
    assert.equal(actions[0]!.edit, undefined, 'the environment edit is computed only when picked');
    assert.ok(!JSON.stringify(actions).includes(token));
  });

  it("1. allows on the line with the language's comment, merging with a comment already there", async () => {
    const { root, client: c } = await setUp();
    const ts = c.open(join(root, 'a.ts'), `const t = "${fakeGithubToken('ghp_', 'ts')}";\n`, 'typescript');
    let { actions } = await actionsAt(c, ts);
    assert.deepEqual(await applyAndRecheck(c, ts, pick(actions, 'Allow this secret on this line').edit), []);
    assert.match(c.text(ts), /"; {2}\/\/ leakproof:allow\n$/);

    const py = c.open(join(root, 'b.py'), `TOKEN = "${fakeGithubToken('ghp_', 'py')}"  # rotate next sprint\n`, 'python');
    ({ actions } = await actionsAt(c, py));
    assert.deepEqual(await applyAndRecheck(c, py, pick(actions, 'Allow this secret on this line (# leakproof:allow)').edit), []);
    assert.match(c.text(py), /" {2}# rotate next sprint leakproof:allow\n$/);

    const yaml = c.open(join(root, 'c.yaml'), `github:\n  token: ${fakeGithubToken('ghp_', 'yaml')}\n`, 'yaml');
    ({ actions } = await actionsAt(c, yaml));
    assert.deepEqual(await applyAndRecheck(c, yaml, pick(actions, 'Allow this secret on this line').edit), []);
    assert.match(c.text(yaml), /\n {2}token: ghp_\w+ {2}# leakproof:allow\n$/);

    const html = c.open(join(root, 'd.md'), `Use token ${fakeGithubToken('ghp_', 'md')} for staging.\n`, 'markdown');
    ({ actions } = await actionsAt(c, html));
    assert.deepEqual(await applyAndRecheck(c, html, pick(actions, 'Allow this secret on this line (<!-- leakproof:allow -->)').edit), []);
  });

  it('1. offers no inline comment in JSON (the config-file fix instead)', async () => {
    const { root, client: c } = await setUp();
    const uri = c.open(join(root, 'config.json'), `{\n  "token": "${fakeGithubToken('ghp_', 'json')}"\n}\n`, 'json');
    const { actions } = await actionsAt(c, uri);
    assert.ok(!actions.some((a) => a.title.startsWith('Allow this secret on this line')));
    assert.ok(actions.some((a) => a.title.startsWith('Allow this secret everywhere')));
  });

  it('2. allows the secret everywhere: creates .leakproof.json with its hash', async () => {
    const { root, client: c } = await setUp();
    const token = fakeGithubToken('ghp_', 'everywhere');
    const uri = c.open(join(root, 'src/a.ts'), `const t = "${token}";\n`, 'typescript');
    const { actions } = await actionsAt(c, uri);
    const edit = pick(actions, 'Allow this secret everywhere').edit!;
    assert.equal((edit.documentChanges![0] as { kind: string }).kind, 'create');
    const config = join(root, '.leakproof.json');
    assert.deepEqual(await applyAndRecheck(c, uri, edit, [config]), []);
    const written = JSON.parse(readFileSync(config, 'utf8')) as { salt: string; allowlist: { hash: string }[] };
    assert.match(written.salt, /^[0-9a-f]{32}$/, 'the first hash written brings the repository salt');
    assert.equal(written.allowlist[0]!.hash, secretHash(token, written.salt));
    assert.ok(!readFileSync(config, 'utf8').includes(token), 'the hash, never the secret');
  });

  it('2. allows the secret everywhere in an existing .leakproof.json, keeping its comments and indentation', async () => {
    const original = '// team settings\n{\n    // fake keys live here\n    "allowlist": [\n        { "path": "fixtures/**" }\n    ]\n}\n';
    const { root, client: c } = await setUp({ '.leakproof.json': original });
    const uri = c.open(join(root, 'a.ts'), `const t = "${fakeGithubToken('ghp_', 'existing')}";\n`, 'typescript');
    const { actions } = await actionsAt(c, uri);
    const config = join(root, '.leakproof.json');
    assert.deepEqual(await applyAndRecheck(c, uri, pick(actions, 'Allow this secret everywhere').edit, [config]), []);
    const text = readFileSync(config, 'utf8');
    assert.ok(text.startsWith('// team settings\n{\n    // fake keys live here\n'), text);
    assert.match(text, /\n {12}"hash": "(?:scrypt|hmac):[0-9a-f]{64}",\n/);
  });

  it('2. edits an open, unsaved .leakproof.json buffer and takes effect before saving', async () => {
    const { root, client: c } = await setUp({ '.leakproof.json': '{\n  "allowlist": []\n}\n' });
    const config = c.open(join(root, '.leakproof.json'), '{\n  "allowlist": []\n}\n', 'jsonc');
    const uri = c.open(join(root, 'a.ts'), `const t = "${fakeGithubToken('ghp_', 'buffer')}";\n`, 'typescript');
    const { actions } = await actionsAt(c, uri);
    const edit = pick(actions, 'Allow this secret everywhere').edit!;
    const change = edit.documentChanges![0] as { textDocument: { uri: string; version: number } };
    assert.deepEqual(change.textDocument, { uri: config, version: 1 }, 'versioned edit of the open buffer');
    assert.deepEqual(await applyAndRecheck(c, uri, edit), []);
    assert.equal(readFileSync(join(root, '.leakproof.json'), 'utf8'), '{\n  "allowlist": []\n}\n', 'not saved, yet in force');
  });

  it('3. ignores files matching the path', async () => {
    const { root, client: c } = await setUp({ '.leakproof.json': '{}\n' });
    const uri = c.open(join(root, 'deploy/staging.sh'), `export TOKEN=${fakeGithubToken('ghp_', 'ignore')}\n`, 'shellscript');
    const { actions } = await actionsAt(c, uri);
    const config = join(root, '.leakproof.json');
    assert.deepEqual(await applyAndRecheck(c, uri, pick(actions, "Ignore files matching 'deploy/staging.sh'").edit, [config]), []);
    const written = JSON.parse(readFileSync(config, 'utf8')) as { allowlist: { path: string; reason: string }[] };
    assert.equal(written.allowlist.length, 1);
    assert.equal(written.allowlist[0]!.path, 'deploy/staging.sh');
    assert.match(
      written.allowlist[0]!.reason,
      /^allowed in editor(?: by .+)?, \d{4}-\d{2}-\d{2}: files matching 'deploy\/staging\.sh' ignored$/,
    );
  });

  it('2, 3. the reasons written say who allowed what, and when (git user.name of the repository)', async () => {
    const { root, client: c } = await setUp({ '.leakproof.json': '{}\n' });
    rmSync(join(root, '.git'), { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['config', 'user.name', 'Ada Tester'], { cwd: root });
    const uri = c.open(join(root, 'src/a.ts'), `const t = "${fakeGithubToken('ghp_', 'reason')}";\n`, 'typescript');
    const { actions } = await actionsAt(c, uri);
    const config = join(root, '.leakproof.json');
    const before = new Date().toISOString().slice(0, 10);
    await applyAndRecheck(c, uri, pick(actions, 'Allow this secret everywhere').edit, [config]);
    const after = new Date().toISOString().slice(0, 10);
    const [entry] = (JSON.parse(readFileSync(config, 'utf8')) as { allowlist: { reason: string }[] }).allowlist;
    const reason =
      /^allowed in editor by Ada Tester, (\d{4}-\d{2}-\d{2}): this GitHub personal access token \(classic\) \(github\.pat-classic\) value, everywhere$/.exec(
        entry!.reason,
      );
    assert.ok(reason, entry!.reason);
    assert.ok(reason[1] === before || reason[1] === after, 'dated today');
  });

  it('4. disables the detector for the workspace', async () => {
    const { root, client: c } = await setUp({ '.leakproof.json': '{\n  "allowlist": []\n}\n' });
    const uri = c.open(join(root, 'a.ts'), `const t = "${fakeGithubToken('ghp_', 'disable')}";\n`, 'typescript');
    const { actions } = await actionsAt(c, uri);
    const config = join(root, '.leakproof.json');
    assert.deepEqual(await applyAndRecheck(c, uri, pick(actions, "Disable detector 'github.pat-classic'").edit, [config]), []);
    assert.deepEqual(JSON.parse(readFileSync(config, 'utf8')).detectors, { disable: ['github.pat-classic'] });
  });

  it('5. moves a token to an environment variable: code, .env and .gitignore (resolved on request)', async () => {
    const { root, client: c } = await setUp({ '.gitignore': 'node_modules/' });
    const token = fakeGithubToken('ghp_', 'env');
    const uri = c.open(
      join(root, 'src/client.ts'),
      `import { Octokit } from "octokit";\nconst githubToken = "${token}";\nexport const octokit = new Octokit({ auth: githubToken });\n`,
      'typescript',
    );
    const { actions } = await actionsAt(c, uri);
    const offered = pick(actions, 'Move to an environment variable (GITHUB_TOKEN)');
    assert.ok(!c.transcript().includes(token));
    const resolved = await c.request<CodeAction>('codeAction/resolve', offered);
    assert.ok(JSON.stringify(resolved.edit).includes(token), 'the value travels only in the resolved edit (for .env)');
    assert.deepEqual(await applyAndRecheck(c, uri, resolved.edit, [join(root, '.env')]), []);
    assert.equal(c.text(uri).split('\n')[1], 'const githubToken = process.env.GITHUB_TOKEN;');
    assert.equal(readFileSync(join(root, '.env'), 'utf8'), `GITHUB_TOKEN=${token}\n`);
    assert.equal(readFileSync(join(root, '.gitignore'), 'utf8'), 'node_modules/\n.env\n');
  });

  it('5. moves a Python secret: os.environ, import os added, .env created, .gitignore left alone when it already ignores .env', async () => {
    const { root, client: c } = await setUp({ '.gitignore': '*.env\n.env\n', '.env': 'DEBUG=1' });
    const token = fakeGithubToken('ghp_', 'python');
    const uri = c.open(join(root, 'app.py'), `"""Deploy helper."""\nimport sys\n\nTOKEN = "${token}"\n`, 'python');
    const { actions } = await actionsAt(c, uri);
    const resolved = await c.request<CodeAction>('codeAction/resolve', pick(actions, 'Move to an environment variable (GITHUB_TOKEN)'));
    assert.deepEqual(await applyAndRecheck(c, uri, resolved.edit), []);
    assert.equal(c.text(uri), '"""Deploy helper."""\nimport os\nimport sys\n\nTOKEN = os.environ["GITHUB_TOKEN"]\n');
    assert.equal(readFileSync(join(root, '.env'), 'utf8'), `DEBUG=1\nGITHUB_TOKEN=${token}\n`);
    assert.equal(readFileSync(join(root, '.gitignore'), 'utf8'), '*.env\n.env\n');
  });

  it('5. without codeAction/resolve: a command computes the edit and sends workspace/applyEdit; files the client cannot create are created by the server', async () => {
    const capabilities = vscodeLikeCapabilities();
    delete capabilities.textDocument!.codeAction!.resolveSupport;
    capabilities.workspace!.workspaceEdit = { documentChanges: false };
    const { root, client: c } = await setUp({}, capabilities);
    const token = fakeGithubToken('ghp_', 'command');
    const uri = c.open(
      join(root, 'main.go'),
      `package main\n\nimport "fmt"\n\nvar token = "${token}"\n\nfunc main() { fmt.Println(token) }\n`,
      'go',
    );
    const { actions } = await actionsAt(c, uri);
    const offered = pick(actions, 'Move to an environment variable');
    assert.equal(offered.command?.command, 'leakproof.server.moveToEnv');
    c.diagnostics.delete(uri);
    await c.request('workspace/executeCommand', offered.command);
    const after = (await c.waitFor(() => c.diagnostics.get(uri), 10_000, 'diagnostics after the command')).diagnostics;
    assert.deepEqual(after, []);
    assert.match(c.text(uri), /import "os"\nimport "fmt"\n\nvar token = os\.Getenv\("TOKEN"\)|var token = os\.Getenv\("GITHUB_TOKEN"\)/);
    assert.ok(c.text(uri).includes('"os"'));
    assert.ok(existsSync(join(root, '.env')) && readFileSync(join(root, '.env'), 'utf8').endsWith(`=${token}\n`));
    assert.equal(readFileSync(join(root, '.gitignore'), 'utf8'), '.env\n');
  });

  /** A real repository with `files` committed (symlinks given as `{ link: target }`). */
  async function setUpRepo(files: Record<string, string | { link: string }>): Promise<{ root: string; client: TestClient }> {
    const root = workspace();
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.invalid', '-c', 'user.name=t', ...args], { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(root, name, '..'), { recursive: true });
      if (typeof content === 'string') writeFileSync(join(root, name), content);
      else symlinkSync(content.link, join(root, name));
    }
    git('add', '-A');
    git('commit', '-q', '-m', 'files');
    ({ client } = await TestClient.start({ rootPath: root }));
    return { root, client };
  }

  it('5. refuses to write through a tracked .env symlink: no edit, and a message saying why', async () => {
    const { root, client: c } = await setUpRepo({
      'config/shared.env': 'SHARED=1\n',
      '.env': { link: 'config/shared.env' },
      '.gitignore': 'node_modules/\n',
    });
    const token = fakeGithubToken('ghp_', 'symlink');
    const uri = c.open(join(root, 'src/client.ts'), `const githubToken = "${token}";\n`, 'typescript');
    const { actions } = await actionsAt(c, uri);
    const resolved = await c.request<CodeAction>('codeAction/resolve', pick(actions, 'Move to an environment variable (GITHUB_TOKEN)'));
    assert.equal(resolved.edit, undefined, 'no edit: nothing is written anywhere');
    assert.equal(resolved.command, undefined);
    const message = await c.waitFor(() => c.messages.find((m) => m.includes('did not move the secret')), 10_000, 'the refusal message');
    assert.match(message, /\.env is a symbolic link/);
    assert.ok(!message.includes(token));
    assert.equal(readFileSync(join(root, 'config/shared.env'), 'utf8'), 'SHARED=1\n', 'the linked, committed file is untouched');
    assert.ok(lstatSync(join(root, '.env')).isSymbolicLink());
    assert.equal(readFileSync(join(root, '.gitignore'), 'utf8'), 'node_modules/\n');
    assert.ok(!c.transcript().includes(token), 'the value never crossed the wire');
  });

  it('5. refuses a .env tracked by git (the command path too): no workspace/applyEdit, a message saying why', async () => {
    const { root, client: c } = await setUpRepo({ '.env': 'DEBUG=1\n' });
    const token = fakeGithubToken('ghp_', 'tracked');
    const uri = c.open(join(root, 'app.ts'), `const githubToken = "${token}";\n`, 'typescript');
    const { actions } = await actionsAt(c, uri);
    const offered = pick(actions, 'Move to an environment variable (GITHUB_TOKEN)');
    const resolved = await c.request<CodeAction>('codeAction/resolve', offered);
    assert.equal(resolved.edit, undefined);
    await c.request('workspace/executeCommand', { command: 'leakproof.server.moveToEnv', arguments: [offered.data] });
    const messages = await c.waitFor(
      () => (c.messages.filter((m) => m.includes('is tracked by git')).length === 2 ? c.messages : undefined),
      10_000,
      'two refusal messages',
    );
    assert.match(messages[0]!, /\.env is tracked by git, so the secret would be committed with it/);
    assert.ok(!c.received.some((m) => m.method === 'workspace/applyEdit'));
    assert.equal(readFileSync(join(root, '.env'), 'utf8'), 'DEBUG=1\n');
    assert.ok(!c.transcript().includes(token));
  });

  it('6. opens the documentation of the secret type', async () => {
    const { root, client: c } = await setUp();
    const uri = c.open(join(root, 'a.ts'), `const t = "${fakeGithubToken('ghp_', 'learn')}";\n`, 'typescript');
    const { actions } = await actionsAt(c, uri);
    const learn = pick(actions, 'Learn about GitHub personal access token (classic)');
    await c.request('workspace/executeCommand', learn.command);
    assert.deepEqual(c.shownDocuments, ['https://leakproof.example/docs/detectors.md#github-pat-classic']);
  });
});
