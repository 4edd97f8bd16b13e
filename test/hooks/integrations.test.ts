/**
 * Team integrations, for real: leakproof installed from the packed tarball (`npm pack`, then
 * `npm install` offline, see test/ship/package.ts) next to husky v9 and lint-staged (the npm packages,
 * linked from this project's node_modules — the same files npm would put there), and the recipes of
 * hooks/husky and hooks/lint-staged.config.mjs block a real `git commit`. The pre-commit framework is
 * run for real in test/ship/pre-commit-framework.test.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshProject, installTarball, packTarball } from '../ship/package.js';
import { ROOT, cleanEnv, commitWithHooks, git, token, write } from './gitHelpers.js';

const T1 = token('integrations-1');
const T2 = token('integrations-2');

/**
 * A project whose node_modules holds husky, lint-staged and leakproof, as
 * `npm install -D leakproof husky lint-staged` leaves it: leakproof from the packed tarball (offline),
 * husky and lint-staged linked in afterwards (an offline npm cannot fetch them).
 */
function nodeProject(): string {
  const repo = freshProject();
  installTarball(repo, packTarball().tarball);
  const link = (target: string, path: string) => symlinkSync(target, join(repo, 'node_modules', path));
  mkdirSync(join(repo, 'node_modules', '.bin'), { recursive: true });
  link(join(ROOT, 'node_modules', 'husky'), 'husky');
  link(join(ROOT, 'node_modules', 'lint-staged'), 'lint-staged');
  link('../husky/bin.js', '.bin/husky');
  link('../lint-staged/bin/lint-staged.js', '.bin/lint-staged');
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  manifest.devDependencies = { ...manifest.devDependencies, husky: '^9', 'lint-staged': '^16' };
  write(repo, { 'package.json': `${JSON.stringify(manifest, null, 2)}\n` });
  return repo;
}

/** `npx husky init`, without npx: writes .husky/pre-commit, sets core.hooksPath=.husky/_. */
function huskyInit(repo: string): void {
  const result = spawnSync(process.execPath, [join(repo, 'node_modules', '.bin', 'husky'), 'init'], {
    cwd: repo,
    encoding: 'utf8',
    env: cleanEnv(),
  });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(git(repo, 'config', 'core.hooksPath'), '.husky/_');
}

describe('husky v9', () => {
  it('.husky/pre-commit from hooks/husky blocks a real commit with a staged secret', () => {
    const repo = nodeProject();
    huskyInit(repo);
    copyFileSync(join(ROOT, 'hooks', 'husky', 'pre-commit'), join(repo, '.husky', 'pre-commit'));
    git(repo, 'add', '-A');
    const first = commitWithHooks(repo, ['-m', 'husky set up']);
    assert.equal(first.status, 0, first.stderr);

    write(repo, { 'src/config.js': `export const token = "${T1}";\n` });
    git(repo, 'add', 'src/config.js');
    write(repo, { 'src/config.js': 'export const token = process.env.TOKEN;\n' }); // unstaged fix
    const blocked = commitWithHooks(repo, ['-m', 'secret']);
    assert.equal(blocked.status, 1);
    assert.match(blocked.stdout + blocked.stderr, /src\/config\.js:1:23/);
    assert.match(blocked.stderr, /husky - pre-commit script failed/);
    assert.equal(git(repo, 'rev-list', '--count', 'HEAD'), '1');
    const bypass = commitWithHooks(repo, ['-m', 'bypass'], { HUSKY: '0' });
    assert.equal(bypass.status, 0, 'HUSKY=0 skips husky hooks (documented bypass)');
  });

  it('install-hook in a husky project adds its block to .husky/pre-commit, which then blocks', () => {
    const repo = nodeProject();
    huskyInit(repo);
    const install = spawnSync(join(repo, 'node_modules', '.bin', 'leakproof'), ['install-hook'], {
      cwd: repo,
      encoding: 'utf8',
      env: cleanEnv(),
    });
    assert.equal(install.status, 0, install.stderr);
    assert.match(install.stdout, /added the leakproof block to .*\.husky\/pre-commit \(husky\)/);
    assert.match(readFileSync(join(repo, '.husky', 'pre-commit'), 'utf8'), /^npm test\n# >>> leakproof secret scan/);
    write(repo, { '.husky/pre-commit': readFileSync(join(repo, '.husky', 'pre-commit'), 'utf8').replace('npm test\n', '') });
    git(repo, 'add', '-A');
    assert.equal(commitWithHooks(repo, ['-m', 'setup']).status, 0);
    write(repo, { '.env': `GITHUB_TOKEN=${T1}\n` });
    git(repo, 'add', '.env');
    assert.equal(commitWithHooks(repo, ['-m', 'secret']).status, 1);
  });
});

describe('lint-staged', () => {
  function lintStagedProject(): string {
    const repo = nodeProject();
    huskyInit(repo);
    copyFileSync(join(ROOT, 'hooks', 'husky', 'pre-commit-lint-staged'), join(repo, '.husky', 'pre-commit'));
    copyFileSync(join(ROOT, 'hooks', 'lint-staged.config.mjs'), join(repo, 'lint-staged.config.mjs'));
    write(repo, { 'src/app.js': 'export const a = 1;\n' });
    git(repo, 'add', '-A');
    const first = commitWithHooks(repo, ['-m', 'setup']);
    assert.equal(first.status, 0, first.stderr + first.stdout);
    return repo;
  }

  it('the config example passes the staged files to leakproof, which blocks a real commit (dotfiles included)', () => {
    const repo = lintStagedProject();
    write(repo, { '.env': `GITHUB_TOKEN=${T1}\n`, 'src/app.js': 'export const a = 2;\n' });
    git(repo, 'add', '.env', 'src/app.js');
    const blocked = commitWithHooks(repo, ['-m', 'secret']);
    assert.equal(blocked.status, 1);
    const output = blocked.stdout + blocked.stderr;
    assert.match(output, /leakproof scan --staged/);
    assert.match(output, /\.env:1:14/);
    assert.match(output, /commit blocked/);
    assert.equal(git(repo, 'rev-list', '--count', 'HEAD'), '1');
  });

  it('an empty leakproof (an interrupted install that exits 0) blocks the commit instead of passing', () => {
    const repo = lintStagedProject();
    // What an interrupted install leaves behind: the bin exists, runs, scans nothing and exits 0.
    writeFileSync(join(repo, 'node_modules', 'leakproof', 'dist', 'cli.js'), '');
    write(repo, { '.env': `GITHUB_TOKEN=${T1}\n` });
    git(repo, 'add', '.env');
    const blocked = commitWithHooks(repo, ['-m', 'secret']);
    // git commit exits 1 whatever status the hook failed with (husky names it: code 2).
    assert.equal(blocked.status, 1, blocked.stderr + blocked.stdout);
    assert.match(blocked.stderr + blocked.stdout, /did not confirm that it ran/);
    assert.equal(git(repo, 'rev-list', '--count', 'HEAD'), '1');
  });

  it('partial staging survives lint-staged: staged secret + unstaged fix is blocked and the fix is kept', () => {
    const repo = lintStagedProject();
    write(repo, { 'src/app.js': `export const a = 1;\nexport const t = "${T1}";\n` });
    git(repo, 'add', 'src/app.js');
    const fix = 'export const a = 1;\nexport const t = process.env.T;\n';
    write(repo, { 'src/app.js': fix });
    const blocked = commitWithHooks(repo, ['-m', 'secret']);
    assert.equal(blocked.status, 1, blocked.stderr);
    assert.equal(readFileSync(join(repo, 'src', 'app.js'), 'utf8'), fix, 'lint-staged restored the unstaged fix');
  });

  it('staged clean + unstaged secret commits, and the unstaged secret stays out of the commit', () => {
    const repo = lintStagedProject();
    write(repo, { 'src/app.js': 'export const a = 3;\n' });
    git(repo, 'add', 'src/app.js');
    write(repo, { 'src/app.js': `export const a = 3;\nexport const t = "${T2}";\n` });
    const result = commitWithHooks(repo, ['-m', 'clean']);
    assert.equal(result.status, 0, result.stderr + result.stdout);
    assert.equal(git(repo, 'show', 'HEAD:src/app.js'), 'export const a = 3;');
  });
});
