/**
 * `leakproof install-hook` / `uninstall-hook` and the bundled hook scripts, with real `git commit`
 * runs: where the hook goes (core.hooksPath, worktrees), chaining, idempotence, failing closed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHook } from '../../server/src/cli/hook.js';
import { tempTree } from '../helpers.js';
import { CLI, ROOT, commitWithHooks, git, leakproof, makeRepo, token, write } from './gitHelpers.js';

const T1 = token('install-1');

function install(cwd: string, ...args: string[]) {
  const result = leakproof(cwd, ['install-hook', '--json', ...args]);
  assert.equal(result.status, 0, result.stderr);
  return (JSON.parse(result.stdout) as { results: { hook: string; path: string; action: string; chained?: string; husky?: boolean }[] })
    .results;
}

function uninstall(cwd: string, ...args: string[]) {
  const result = leakproof(cwd, ['uninstall-hook', '--json', ...args]);
  assert.equal(result.status, 0, result.stderr);
  return (JSON.parse(result.stdout) as { results: { hook: string; path: string; action: string; chained?: string }[] }).results;
}

function stageSecret(repo: string, name = 'leak.env'): void {
  write(repo, { [name]: `TOKEN=${T1}\n` });
  git(repo, 'add', name);
}

describe('install-hook', () => {
  it('installs an executable pre-commit hook that blocks a secret and lets a clean commit through', () => {
    const repo = makeRepo();
    const [result] = install(repo);
    assert.deepEqual([result!.hook, result!.action, result!.path], ['pre-commit', 'installed', join(repo, '.git', 'hooks', 'pre-commit')]);
    assert.ok(statSync(result!.path).mode & 0o111, 'executable');
    const text = readFileSync(result!.path, 'utf8');
    assert.ok(text.startsWith('#!/bin/sh\n'));
    assert.match(
      text,
      new RegExp(`LEAKPROOF_INSTALLED_CLI='${CLI.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}'`),
      'records the CLI that installed it',
    );
    write(repo, { 'ok.txt': 'fine\n' });
    git(repo, 'add', 'ok.txt');
    const clean = commitWithHooks(repo, ['-m', 'clean']);
    assert.equal(clean.status, 0, clean.stderr);
    stageSecret(repo);
    const blocked = commitWithHooks(repo, ['-m', 'secret']);
    assert.equal(blocked.status, 1);
    assert.match(blocked.stderr, /leak\.env:1:7/);
    assert.match(blocked.stderr, /git commit --no-verify/);
    assert.equal(git(repo, 'rev-list', '--count', 'HEAD'), '1');
    assert.equal(commitWithHooks(repo, ['--no-verify', '-m', 'bypassed']).status, 0, '--no-verify bypasses it');
  });

  it('is idempotent: a second install changes nothing and chains nothing', () => {
    const repo = makeRepo();
    install(repo);
    const before = readFileSync(join(repo, '.git', 'hooks', 'pre-commit'), 'utf8');
    const [again] = install(repo);
    assert.equal(again!.action, 'unchanged');
    assert.equal(again!.chained, undefined);
    assert.equal(readFileSync(join(repo, '.git', 'hooks', 'pre-commit'), 'utf8'), before);
    assert.ok(!existsSync(join(repo, '.git', 'hooks', 'pre-commit.leakproof-chained')));
  });

  it('chains an existing hook (it runs first and can still block) and uninstall puts it back', () => {
    const repo = makeRepo();
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    const original =
      '#!/bin/sh\necho "previous hook ran" >> "$(git rev-parse --git-dir)/previous.log"\n[ ! -f block-me ] || { echo "previous hook says no" >&2; exit 3; }\n';
    writeFileSync(hook, original, { mode: 0o755 });
    const [result] = install(repo);
    assert.equal(result!.action, 'installed');
    assert.equal(result!.chained, `${hook}.leakproof-chained`);
    assert.equal(readFileSync(`${hook}.leakproof-chained`, 'utf8'), original);
    assert.equal(install(repo)[0]!.action, 'unchanged', 'a second install does not chain our own hook');

    write(repo, { 'a.txt': 'a\n' });
    git(repo, 'add', 'a.txt');
    assert.equal(commitWithHooks(repo, ['-m', 'clean']).status, 0);
    assert.equal(readFileSync(join(repo, '.git', 'previous.log'), 'utf8'), 'previous hook ran\n');
    write(repo, { 'block-me': 'x\n' });
    git(repo, 'add', 'block-me');
    const byPrevious = commitWithHooks(repo, ['-m', 'previous blocks']);
    assert.equal(byPrevious.status, 1, 'git commit exits 1 whatever the hook returned');
    assert.match(byPrevious.stderr, /previous hook says no/);
    assert.doesNotMatch(byPrevious.stderr, /finding/, 'leakproof did not run after the chained hook failed');
    git(repo, 'rm', '-q', '--cached', 'block-me');
    stageSecret(repo);
    assert.equal(commitWithHooks(repo, ['-m', 'secret']).status, 1, 'then leakproof blocks');

    const [removed] = uninstall(repo);
    assert.equal(removed!.action, 'restored');
    assert.equal(readFileSync(hook, 'utf8'), original);
    assert.ok(!existsSync(`${hook}.leakproof-chained`));
    assert.equal(uninstall(repo)[0]!.action, 'absent', 'uninstall is idempotent and leaves a foreign hook alone');
    assert.equal(readFileSync(hook, 'utf8'), original);
  });

  it('honours core.hooksPath', () => {
    const repo = makeRepo();
    git(repo, 'config', 'core.hooksPath', 'tools/git-hooks');
    const [result] = install(repo);
    assert.equal(result!.path, join(repo, 'tools', 'git-hooks', 'pre-commit'));
    assert.ok(!existsSync(join(repo, '.git', 'hooks', 'pre-commit')));
    stageSecret(repo);
    assert.equal(commitWithHooks(repo, ['-m', 'secret']).status, 1);
  });

  it('works non-interactively from anywhere with --cwd (how the VS Code extension calls it), both hooks at once', () => {
    const repo = makeRepo();
    mkdirSync(join(repo, 'src', 'deep'), { recursive: true });
    const elsewhere = tempTree();
    const results = install(elsewhere, '--cwd', join(repo, 'src', 'deep'), 'all');
    assert.deepEqual(
      results.map((r) => [r.hook, r.action, r.path]),
      ['pre-commit', 'pre-merge-commit', 'pre-applypatch', 'pre-push'].map((name) => [
        name,
        'installed',
        join(repo, '.git', 'hooks', name),
      ]),
    );
    const text = leakproof(elsewhere, ['install-hook', '--cwd', repo]);
    assert.equal(text.status, 0);
    assert.match(text.stdout, /pre-commit: already installed/);
    assert.deepEqual(
      uninstall(elsewhere, '--cwd', repo, 'pre-commit', 'pre-push').map((r) => r.action),
      ['removed', 'removed'],
    );
    assert.deepEqual(
      uninstall(elsewhere, '--cwd', repo).map((r) => [r.hook, r.action]),
      [
        ['pre-commit', 'absent'],
        ['pre-merge-commit', 'removed'],
        ['pre-applypatch', 'removed'],
        ['pre-push', 'absent'],
      ],
    );
    const outside = leakproof(elsewhere, ['install-hook']);
    assert.equal(outside.status, 2);
    assert.match(outside.stderr, /not a git repository/i);
  });

  it('with husky (core.hooksPath=.husky/_) adds a marked block to .husky/pre-commit instead of touching husky’s stubs', () => {
    const repo = makeRepo();
    write(repo, {
      '.husky/pre-commit': 'npm test\n',
      '.husky/_/h': '#!/usr/bin/env sh\n',
      '.husky/_/pre-commit': '#!/usr/bin/env sh\n. "$(dirname "$0")/h"\n',
    });
    git(repo, 'config', 'core.hooksPath', '.husky/_');
    const [result] = install(repo);
    assert.deepEqual([result!.action, result!.husky, result!.path], ['installed', true, join(repo, '.husky', 'pre-commit')]);
    const text = readFileSync(join(repo, '.husky', 'pre-commit'), 'utf8');
    assert.ok(text.startsWith('npm test\n# >>> leakproof secret scan'), text);
    assert.match(text, /leakproof scan --staged/);
    assert.equal(readFileSync(join(repo, '.husky', '_', 'pre-commit'), 'utf8'), '#!/usr/bin/env sh\n. "$(dirname "$0")/h"\n');
    assert.equal(install(repo)[0]!.action, 'unchanged');
    assert.equal(uninstall(repo)[0]!.action, 'removed');
    assert.equal(readFileSync(join(repo, '.husky', 'pre-commit'), 'utf8'), 'npm test\n');
  });
});

describe('the bundled hook scripts', () => {
  for (const name of ['pre-commit', 'pre-merge-commit', 'pre-applypatch', 'pre-push'] as const) {
    it(`hooks/${name} is the script install-hook writes (regenerate: node dist/cli.js install-hook --print ${name} > hooks/${name})`, () => {
      const bundled = readFileSync(join(ROOT, 'hooks', name), 'utf8');
      assert.equal(bundled, renderHook(name));
      assert.equal(leakproof(ROOT, ['install-hook', '--print', name]).stdout, bundled);
      assert.ok(statSync(join(ROOT, 'hooks', name)).mode & 0o111, 'executable in the repository');
      for (const shell of ['sh', 'dash']) {
        const check = spawnSync(shell, ['-n', join(ROOT, 'hooks', name)], { encoding: 'utf8' });
        if (check.error && (check.error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        assert.equal(check.status, 0, `${shell} -n: ${check.stderr}`);
      }
    });
  }

  it('fails closed when leakproof cannot be found, and says how to proceed', () => {
    const repo = makeRepo();
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, renderHook('pre-commit', { cli: join(tempTree(), 'gone', 'cli.js') }), { mode: 0o755 });
    stageSecret(repo);
    const result = commitWithHooks(repo, ['-m', 'x'], { PATH: '/usr/bin:/bin' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /the leakproof CLI that installed this hook is gone \(.*gone\/cli\.js\), so this commit is blocked/);
    assert.match(result.stderr, /git commit --no-verify/);
  });

  it('never runs a leakproof from the repository being committed (a clone cannot replace its scanner); honours LEAKPROOF_BIN', () => {
    const repo = makeRepo();
    install(repo);
    // A hostile clone ships a "scanner" that passes everything, where the old hook looked first.
    write(repo, { 'node_modules/.bin/leakproof': `#!/bin/sh\necho "project copy: $*" >&2\nexit 0\n`, '.gitignore': 'node_modules/\n' });
    spawnSync('chmod', ['+x', join(repo, 'node_modules/.bin/leakproof')]);
    git(repo, 'add', '.gitignore');
    stageSecret(repo);
    const hijack = commitWithHooks(repo, ['-m', 'x'], { PATH: `${join(repo, 'node_modules', '.bin')}:/usr/bin:/bin` });
    assert.equal(hijack.status, 1, 'blocked by the installed CLI');
    assert.doesNotMatch(hijack.stderr, /project copy/);
    assert.match(hijack.stderr, /leak\.env:1:7/);
    git(repo, 'rm', '-q', '--cached', 'leak.env');
    const viaVariable = commitWithHooks(repo, ['-m', 'x'], { LEAKPROOF_BIN: `${process.execPath} ${CLI}` });
    assert.equal(viaVariable.status, 0, viaVariable.stderr);
  });

  it('LEAKPROOF_SKIP=1 lets one commit through and says so', () => {
    const repo = makeRepo();
    install(repo);
    stageSecret(repo);
    const result = commitWithHooks(repo, ['-m', 'skip'], { LEAKPROOF_SKIP: '1' });
    assert.equal(result.status, 0);
    assert.match(result.stderr, /LEAKPROOF_SKIP is set: pre-commit secret scan skipped/);
    assert.equal(git(repo, 'rev-list', '--count', 'HEAD'), '1');
  });
});
