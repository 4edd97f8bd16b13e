/**
 * Issue 11 items 6, 7 and 9 from the packed tarball, installed offline into a fresh project: the
 * baseline named in .leakproof.json lets the hook pass the adopted secret and block a new one,
 * `leakproof import` carries a .secretlintignore and a .gitleaksignore over, and the CLI's own
 * help and quiet clean commits work as installed.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gitRun, token, write } from '../hooks/gitHelpers.js';
import { freshProject, git, installTarball, npmEnv, packTarball, readJson, run } from './package.js';

const commit = (repo: string, message: string) => gitRun(repo, ['commit', '-q', '-m', message], { env: npmEnv() });

describe('the installed CLI: baseline, import, help', () => {
  it('adopts with a baseline, blocks only a new secret, imports allow files, and helps per command', () => {
    const { tarball } = packTarball();
    const project = freshProject();
    installTarball(project, tarball);
    const bin = join(project, 'node_modules', '.bin', 'leakproof');
    const cli = (args: readonly string[]) => run(bin, args, project);

    const old = token('ship-baseline-old');
    write(project, { 'src/legacy.js': `export const token = "${old}";\n` });
    git(project, 'add', '-A');
    git(project, 'commit', '-q', '--no-verify', '-m', 'old code');

    const created = cli(['baseline', 'create']);
    assert.equal(created.status, 0, created.stderr);
    assert.equal(readJson<{ baseline: string }>(join(project, '.leakproof.json')).baseline, '.leakproof-baseline.json');
    assert.equal(cli(['install-hook', 'pre-commit']).status, 0);
    git(project, 'add', '-A');
    const adopt = commit(project, 'adopt leakproof');
    assert.equal(adopt.status, 0, adopt.stderr);
    assert.equal(adopt.stdout + adopt.stderr, '', 'a clean commit prints nothing');

    write(project, { 'src/new.js': `export const fresh = "${token('ship-baseline-new')}";\n` });
    git(project, 'add', '-A');
    const blocked = commit(project, 'a new secret');
    assert.equal(blocked.status, 1, blocked.stderr);
    assert.match(blocked.stdout + blocked.stderr, /src\/new\.js:1/);
    assert.doesNotMatch(blocked.stdout + blocked.stderr, /src\/legacy\.js:1/);
    git(project, 'reset', '-q', 'src/new.js');

    write(project, { '.secretlintignore': 'generated/\n', '.gitleaksignore': 'src/legacy.js:github-pat:1\n' });
    const imported = cli(['import']);
    assert.equal(imported.status, 0, imported.stderr);
    const config = readJson<{ allowlist?: { hash?: string; path?: string }[]; scan?: { exclude?: string[] } }>(
      join(project, '.leakproof.json'),
    );
    assert.deepEqual(config.scan?.exclude, ['**/generated/**']);
    assert.ok(config.allowlist?.some((e) => e.path === 'src/legacy.js' && /^(?:scrypt|hmac):/.test(e.hash ?? '')));

    const help = cli(['scan', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--quiet, -q/);
  });
});
