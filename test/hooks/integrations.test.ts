/**
 * Team integrations, for real: husky v9 and lint-staged (the npm packages, installed into a
 * temporary project from this project's node_modules — the same files npm would put there) block a
 * real `git commit`. The pre-commit framework is a Python tool, not installable from the npm
 * registry: its hook definitions (.pre-commit-hooks.yaml) are validated against the framework's
 * manifest rules and their `entry` is run exactly as the framework runs it (argv split, file names
 * appended, PRE_COMMIT_* variables for pre-push) — the framework itself is not run here.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { tempTree } from '../helpers.js';
import { CLI, ROOT, cleanEnv, commitFiles, commitWithHooks, git, makeRepo, token, write } from './gitHelpers.js';

const T1 = token('integrations-1');
const T2 = token('integrations-2');

/** A project whose node_modules holds husky, lint-staged and leakproof, as `npm install -D` leaves it. */
function nodeProject(): string {
  const repo = makeRepo();
  write(repo, {
    'package.json': `${JSON.stringify({ name: 'demo', private: true, devDependencies: { husky: '^9', 'lint-staged': '^16', leakproof: 'file:..' } }, null, 2)}\n`,
    '.gitignore': 'node_modules/\n',
  });
  mkdirSync(join(repo, 'node_modules', '.bin'), { recursive: true });
  const link = (target: string, path: string) => symlinkSync(target, join(repo, 'node_modules', path));
  link(join(ROOT, 'node_modules', 'husky'), 'husky');
  link(join(ROOT, 'node_modules', 'lint-staged'), 'lint-staged');
  link(ROOT, 'leakproof');
  link('../husky/bin.js', '.bin/husky');
  link('../lint-staged/bin/lint-staged.js', '.bin/lint-staged');
  link('../leakproof/dist/cli.js', '.bin/leakproof');
  return repo;
}

/** `npx husky init`, without npx: writes .husky/pre-commit, sets core.hooksPath=.husky/_. */
function huskyInit(repo: string): void {
  const result = spawnSync(process.execPath, [join(repo, 'node_modules', '.bin', 'husky'), 'init'], { cwd: repo, encoding: 'utf8', env: cleanEnv() });
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
    const install = spawnSync(process.execPath, [CLI, 'install-hook'], { cwd: repo, encoding: 'utf8', env: cleanEnv() });
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

describe('pre-commit framework (.pre-commit-hooks.yaml)', () => {
  const requireFromLintStaged = createRequire(join(ROOT, 'node_modules', 'lint-staged', 'package.json'));
  const YAML = requireFromLintStaged('yaml') as { parse(text: string): unknown };
  const hooks = YAML.parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
  // The framework's manifest schema (pre_commit/clientlib.py MANIFEST_HOOK_DICT), the parts used here.
  const LANGUAGES = ['conda', 'coursier', 'dart', 'docker', 'docker_image', 'dotnet', 'fail', 'golang', 'haskell', 'julia', 'lua', 'node', 'perl', 'pygrep', 'python', 'r', 'ruby', 'rust', 'swift', 'system', 'unsupported', 'unsupported_script'];
  const STAGES = ['commit-msg', 'post-checkout', 'post-commit', 'post-merge', 'post-rewrite', 'pre-commit', 'pre-merge-commit', 'pre-push', 'pre-rebase', 'prepare-commit-msg', 'manual'];

  /** What the framework does: shlex-split `entry`, run it from the repository root, files appended. */
  function runEntry(repo: string, entry: string, files: string[], env: NodeJS.ProcessEnv = {}) {
    const bin = tempTree();
    symlinkSync(CLI, join(bin, 'leakproof'));
    const [command, ...args] = entry.split(/\s+/);
    return spawnSync(command!, [...args, ...files], { cwd: repo, encoding: 'utf8', env: cleanEnv({ PATH: `${bin}:${process.env.PATH}`, ...env }), input: '' });
  }

  it('declares valid hooks: ids, node language, stages, file passing', () => {
    assert.deepEqual(hooks.map((h) => h.id), ['leakproof', 'leakproof-pre-push']);
    for (const hook of hooks) {
      for (const key of ['id', 'name', 'entry', 'language']) assert.equal(typeof hook[key], 'string', `${String(hook.id)}.${key}`);
      assert.ok(LANGUAGES.includes(hook.language as string));
      assert.equal(hook.language, 'node', 'installed from this package, whose bin is leakproof');
      for (const stage of hook.stages as string[]) assert.ok(STAGES.includes(stage), stage);
      assert.match(hook.entry as string, /^leakproof scan --/);
    }
    assert.deepEqual([hooks[0]!.stages, hooks[0]!.pass_filenames], [['pre-commit'], true]);
    assert.deepEqual([hooks[1]!.stages, hooks[1]!.pass_filenames, hooks[1]!.always_run], [['pre-push'], false, true]);
    const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    assert.equal(packageJson.bin.leakproof, 'dist/cli.js');
  });

  it('the pre-commit entry, run as the framework runs it, blocks a staged secret among the given files', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
    write(repo, { 'config/prod.env': `TOKEN=${T1}\n`, 'b.txt': 'b\n' });
    git(repo, 'add', '-A');
    const blocked = runEntry(repo, hooks[0]!.entry as string, ['b.txt', 'config/prod.env']);
    assert.equal(blocked.status, 1, blocked.stderr);
    assert.match(blocked.stdout, /config\/prod\.env:1:7/);
    const clean = runEntry(repo, hooks[0]!.entry as string, ['b.txt']);
    assert.equal(clean.status, 0, clean.stderr);
  });

  it('the pre-push entry reads the range from PRE_COMMIT_FROM_REF / PRE_COMMIT_TO_REF', () => {
    const repo = makeRepo();
    const base = commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
    const leaked = commitFiles(repo, { 'deploy.env': `TOKEN=${T2}\n` }, 'leak');
    const head = commitFiles(repo, { 'deploy.env': 'TOKEN=\n' }, 'remove it again');
    const env = { PRE_COMMIT_FROM_REF: base, PRE_COMMIT_TO_REF: head, PRE_COMMIT_REMOTE_NAME: 'origin' };
    const blocked = runEntry(repo, hooks[1]!.entry as string, [], env);
    assert.equal(blocked.status, 1, blocked.stderr);
    assert.match(blocked.stdout, new RegExp(`deploy\\.env:1:7 .*\\n.*introduced in ${leaked.slice(0, 12)}`));
    const clean = runEntry(repo, hooks[1]!.entry as string, [], { ...env, PRE_COMMIT_FROM_REF: leaked });
    assert.equal(clean.status, 0, clean.stderr);
  });
});
