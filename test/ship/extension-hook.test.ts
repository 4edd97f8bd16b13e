/**
 * The hook installed from the VS Code extension survives extension updates (issue 11 item 5).
 * VS Code keeps each version in its own folder (`leakproof.leakproof-0.1.0/`) and deletes the old one
 * after an update; the hook records the shim in global storage (client/src/cliShim.ts) instead.
 * Here a real "extension folder" holds the built CLI (dist/cli.js + dist/cli-main.js, as in the .vsix),
 * the shim is written as activation writes it, install-hook runs through the shim as the command does,
 * and real commits in a real repository show what the hook does as the folder moves and disappears.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLI_SHIM_NAME, writeCliShim } from '../../client/src/cliShim.js';
import { tempTree } from '../helpers.js';
import { ROOT, cleanEnv, commitWithHooks, git, makeRepo, token, write } from '../hooks/gitHelpers.js';

/** A VS Code extensions folder with one installed version of the extension's command line. */
function installExtension(extensions: string, version: string): string {
  const dist = join(extensions, `leakproof.leakproof-${version}`, 'dist');
  mkdirSync(dist, { recursive: true });
  for (const file of ['cli.js', 'cli-main.js']) copyFileSync(join(ROOT, 'dist', file), join(dist, file));
  return join(dist, 'cli.js');
}

/** What the extension's "Install Pre-commit Hook" runs: `node <shim> install-hook` in the folder. */
function installHookThroughShim(shim: string, repo: string): void {
  const result = spawnSync(process.execPath, [shim, 'install-hook', 'pre-commit'], { cwd: repo, encoding: 'utf8', env: cleanEnv() });
  assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
}

function tryCommit(repo: string, name: string, content: string) {
  write(repo, { [name]: content });
  git(repo, 'add', name);
  const result = commitWithHooks(repo, ['-m', name]);
  if (result.status !== 0) git(repo, 'reset', '-q', '--', name); // leave the index as it was
  return result;
}

const secretLine = (salt: string) => `GITHUB_TOKEN=${token(`ext-shim-${salt}`)}\n`;

describe('extension-installed hook (stable shim in global storage)', () => {
  it('keeps scanning across an extension update, and fails closed with working commands when the extension is gone', () => {
    const extensions = tempTree();
    const storage = join(tempTree(), 'globalStorage', 'leakproof.leakproof');
    const repo = makeRepo();

    // Activation of 0.1.0 writes the shim; the command installs the hook through it.
    const shim = writeCliShim(storage, installExtension(extensions, '0.1.0'));
    assert.equal(shim, join(storage, CLI_SHIM_NAME));
    installHookThroughShim(shim, repo);
    const hook = readFileSync(join(repo, '.git', 'hooks', 'pre-commit'), 'utf8');
    assert.ok(hook.includes(`LEAKPROOF_INSTALLED_CLI='${shim}'`), hook.split('\n').slice(0, 8).join('\n'));
    assert.ok(!hook.includes(extensions), 'the hook never names the versioned extension folder');

    const blocked = tryCommit(repo, 'a.env', secretLine('a'));
    assert.notEqual(blocked.status, 0, 'a secret is blocked');
    assert.match(blocked.stderr, /GitHub/);
    assert.equal(tryCommit(repo, 'clean-a.txt', 'nothing secret here\n').status, 0, 'a clean commit passes: the scan really ran');

    // An update: VS Code installs 0.2.0 in a new folder and deletes 0.1.0; the new version's activation
    // rewrites the shim. The hook file itself is untouched, and still scans.
    renameSync(join(extensions, 'leakproof.leakproof-0.1.0'), join(extensions, 'leakproof.leakproof-0.2.0'));
    assert.equal(writeCliShim(storage, join(extensions, 'leakproof.leakproof-0.2.0', 'dist', 'cli.js')), shim);
    assert.equal(readFileSync(join(repo, '.git', 'hooks', 'pre-commit'), 'utf8'), hook);
    const afterUpdate = tryCommit(repo, 'b.env', secretLine('b'));
    assert.notEqual(afterUpdate.status, 0, 'still blocked after the update');
    assert.match(afterUpdate.stderr, /GitHub/);
    assert.equal(tryCommit(repo, 'clean-b.txt', 'still nothing secret\n').status, 0, 'and clean commits still pass');

    // The extension is gone (uninstalled, or updated and VS Code not started since): blocked, with
    // the shim's own message naming commands that work, and not the hook's generic handshake complaint.
    rmSync(join(extensions, 'leakproof.leakproof-0.2.0'), { recursive: true, force: true });
    const gone = tryCommit(repo, 'clean-c.txt', 'a clean file, yet the scanner is gone\n');
    assert.notEqual(gone.status, 0, 'fails closed');
    assert.match(gone.stderr, /Leakproof VS Code extension this hook runs is gone \(.*leakproof\.leakproof-0\.2\.0.*cli\.js\)/);
    assert.match(gone.stderr, /npx leakproof install-hook/);
    assert.match(gone.stderr, /Install Pre-commit Hook/);
    assert.match(gone.stderr, /git commit --no-verify/);
    assert.doesNotMatch(gone.stderr, /without confirming/);
    assert.equal(git(repo, 'rev-list', '--count', 'HEAD'), '2', 'only the two clean commits went in');
  });

  it('cannot fail open: a truncated CLI behind the shim exits 0 without the handshake, and the commit is blocked', () => {
    const extensions = tempTree();
    const storage = tempTree();
    const repo = makeRepo();
    const cli = installExtension(extensions, '0.1.0');
    const shim = writeCliShim(storage, cli);
    installHookThroughShim(shim, repo);
    writeFileSync(cli, ''); // an interrupted update: the file is there, empty, and "succeeds"
    const result = tryCommit(repo, 'clean.txt', 'nothing secret\n');
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /without confirming that it ran/);
  });

  it('rewrites the shim only when its target changes, atomically, as an executable', () => {
    const storage = tempTree();
    const shim = writeCliShim(storage, '/opt/a/dist/cli.js');
    const text = readFileSync(shim, 'utf8');
    assert.match(text, /^#!\/usr\/bin\/env node\n/);
    assert.ok(text.includes('"/opt/a/dist/cli.js"'));
    assert.equal(writeCliShim(storage, '/opt/a/dist/cli.js'), shim);
    assert.equal(readFileSync(shim, 'utf8'), text);
    writeCliShim(storage, '/opt/it\'s "quoted"/dist/cli.js');
    const rewritten = spawnSync(process.execPath, [shim, '--version'], { encoding: 'utf8', env: cleanEnv() });
    assert.equal(rewritten.status, 2);
    assert.ok(rewritten.stderr.includes(`(/opt/it's "quoted"/dist/cli.js)`), rewritten.stderr);
    assert.equal(spawnSync('sh', ['-c', `test -x '${shim}'`]).status, 0, 'executable');
  });
});
