/**
 * The pre-commit framework (https://pre-commit.com), for real: Debian's `pre-commit` package (3.0.4
 * on Debian 12, the oldest version the manifest claims) reads .pre-commit-hooks.yaml from a hook
 * repository holding this repository's files, installs the hooks with no network, and runs them
 * against a project where leakproof is installed from the packed tarball. `pre-commit try-repo` and
 * a real `git commit` / `git push` through `pre-commit install` block a generated fake secret and
 * let a clean change through.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from '../helpers.js';
import { commitFiles, gitRun, makeRepo, token, write } from '../hooks/gitHelpers.js';
import { freshProject, git, installTarball, npmEnv, packTarball, ROOT, run } from './package.js';

const hasFramework = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const preCommitHome = tempTree();

/** The framework with its own cache folder (it clones hook repositories there) and no network use. */
function frameworkEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return npmEnv({ PRE_COMMIT_HOME: preCommitHome, PRE_COMMIT_COLOR: 'never', ...extra });
}

/** A hook repository as users reference it: this repository's manifest and entry script, committed. */
function hookRepository(): { path: string; rev: string } {
  const repo = makeRepo();
  mkdirSync(join(repo, 'hooks', 'framework'), { recursive: true });
  for (const file of ['.pre-commit-hooks.yaml', 'hooks/framework/run-leakproof']) copyFileSync(join(ROOT, file), join(repo, file));
  const rev = commitFiles(repo, {}, 'hooks');
  return { path: repo, rev };
}

/** A project with leakproof installed from the packed tarball and one clean commit. */
function project(): string {
  const repo = freshProject();
  installTarball(repo, packTarball().tarball);
  commitFiles(repo, { 'src/app.js': 'export const a = 1;\n' }, 'initial');
  return repo;
}

function preCommit(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = frameworkEnv()) {
  return run('pre-commit', args, cwd, env);
}

describe(
  'pre-commit framework (.pre-commit-hooks.yaml)',
  { skip: !hasFramework && !process.env.CI ? 'pre-commit is not installed (.ci/run installs it with apt)' : false },
  () => {
    it('the manifest is valid for the installed framework (pre-commit validate-manifest)', () => {
      const result = preCommit(ROOT, ['validate-manifest', join(ROOT, '.pre-commit-hooks.yaml')]);
      assert.equal(result.status, 0, result.stdout + result.stderr);
      assert.match(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'), /minimum_pre_commit_version: '3\.0\.0'/);
    });

    it('pre-commit try-repo blocks a staged secret and passes a clean file', () => {
      const hooks = hookRepository();
      const repo = project();
      write(repo, { 'src/app.js': 'export const a = 2;\n' });
      git(repo, 'add', 'src/app.js');
      const clean = preCommit(repo, ['try-repo', hooks.path, 'leakproof', '--ref', hooks.rev]);
      assert.equal(clean.status, 0, clean.stdout + clean.stderr);
      assert.match(clean.stdout, /leakproof \(secrets added by this commit\)\.+Passed/);

      write(repo, { '.env': `GITHUB_TOKEN=${token('framework-try')}\n` });
      git(repo, 'add', '.env');
      const blocked = preCommit(repo, ['try-repo', hooks.path, 'leakproof', '--ref', hooks.rev]);
      assert.equal(blocked.status, 1, blocked.stdout + blocked.stderr);
      assert.match(blocked.stdout, /leakproof \(secrets added by this commit\)\.+Failed/);
      assert.match(blocked.stdout, /\.env:1:14/);
      assert.ok(!blocked.stdout.includes(token('framework-try')), 'the secret is never printed');
    });

    it('pre-commit install: a real git commit with a secret is blocked, a clean one lands; pre-push blocks a pushed secret', () => {
      const hooks = hookRepository();
      const repo = project();
      const remote = makeRepo({ bare: true });
      git(repo, 'remote', 'add', 'origin', remote);
      git(repo, 'push', '-q', 'origin', 'main');
      write(repo, {
        '.pre-commit-config.yaml': [
          'repos:',
          `  - repo: ${hooks.path}`,
          `    rev: ${hooks.rev}`,
          '    hooks:',
          '      - id: leakproof',
          '      - id: leakproof-pre-push',
          '',
        ].join('\n'),
      });
      for (const type of ['pre-commit', 'pre-push']) {
        const install = preCommit(repo, ['install', '--hook-type', type]);
        assert.equal(install.status, 0, install.stdout + install.stderr);
      }
      const commit = (message: string) => gitRun(repo, ['commit', '-q', '-m', message], { env: frameworkEnv() });

      git(repo, 'add', '.pre-commit-config.yaml');
      const clean = commit('pre-commit config');
      assert.equal(clean.status, 0, clean.stdout + clean.stderr);

      write(repo, { 'deploy/prod.env': `TOKEN=${token('framework-commit')}\n` });
      git(repo, 'add', 'deploy/prod.env');
      const blocked = commit('deploy settings');
      assert.equal(blocked.status, 1, blocked.stdout + blocked.stderr);
      assert.match(blocked.stdout + blocked.stderr, /deploy\/prod\.env:1:7/);
      assert.equal(git(repo, 'rev-list', '--count', 'HEAD'), '2', 'the secret commit did not land');

      // The same secret committed past the commit hook (--no-verify) is caught by the push hook.
      git(repo, 'commit', '-q', '--no-verify', '-m', 'deploy settings, hook skipped');
      const push = gitRun(repo, ['push', '-q', 'origin', 'main'], { env: frameworkEnv() });
      assert.equal(push.status, 1, push.stdout + push.stderr);
      assert.match(push.stdout + push.stderr, /deploy\/prod\.env:1:7/);
      assert.notEqual(git(remote, 'rev-parse', 'main'), git(repo, 'rev-parse', 'HEAD'), 'the push was refused');

      git(repo, 'reset', '-q', '--hard', 'HEAD~1');
      const cleanPush = gitRun(repo, ['push', '-q', 'origin', 'main'], { env: frameworkEnv() });
      assert.equal(cleanPush.status, 0, cleanPush.stdout + cleanPush.stderr);
    });

    it('fails closed when leakproof is not installed, naming the install command', () => {
      const hooks = hookRepository();
      const repo = makeRepo();
      commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
      write(repo, { 'b.txt': 'b\n' });
      git(repo, 'add', 'b.txt');
      // PATH without any leakproof: the system directories only, plus the framework and git.
      const result = preCommit(
        repo,
        ['try-repo', hooks.path, 'leakproof', '--ref', hooks.rev],
        frameworkEnv({ PATH: '/usr/local/bin:/usr/bin:/bin' }),
      );
      assert.equal(result.status, 1, result.stdout + result.stderr);
      assert.match(result.stdout, /npm install --save-dev leakproof/);
    });

    it('an empty or truncated leakproof (exits 0 without the handshake) blocks instead of passing', () => {
      const hooks = hookRepository();
      const repo = makeRepo();
      commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
      // What an interrupted install leaves: a `leakproof` that runs and exits 0 having scanned nothing.
      const bin = join(tempTree(), 'leakproof');
      writeFileSync(bin, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
      write(repo, { 'config.js': `const t = "${token('framework-truncated')}";\n` });
      git(repo, 'add', 'config.js');
      const result = preCommit(repo, ['try-repo', hooks.path, 'leakproof', '--ref', hooks.rev], frameworkEnv({ LEAKPROOF_BIN: bin }));
      assert.equal(result.status, 1, result.stdout + result.stderr);
      assert.match(result.stdout, /without confirming that it ran/);
    });
  },
);
