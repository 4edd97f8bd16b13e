/**
 * The npm package end to end: `npm pack` on a fresh copy of the sources, then the tarball installed
 * offline into a fresh project (and globally into a prefix), the CLI run from there, the hook
 * installed, and real `git commit`s blocked or let through by it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gitRun, token, write } from '../hooks/gitHelpers.js';
import { freshProject, git, installGlobal, installTarball, npmEnv, packTarball, readJson, run, ROOT, xdgCacheHome } from './package.js';

const MAX_PACKED_BYTES = 1.5 * 1024 * 1024;
const SHIPPED = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'dist/cli-main.js',
  'dist/cli.js',
  'dist/server.js',
  'docs/detectors.md',
  'hooks/husky/pre-commit',
  'hooks/husky/pre-commit-lint-staged',
  'hooks/husky/pre-push',
  'hooks/lint-staged.config.mjs',
  'hooks/pre-commit',
  'hooks/pre-push',
  'package.json',
  'server/schema/leakproof.schema.json',
];

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  bin: Record<string, string>;
  files: string[];
  engines: Record<string, string>;
  repository: { type: string; url: string };
  license: string;
  keywords: string[];
  dependencies?: Record<string, string>;
  scripts: Record<string, string>;
}

/** Commits with hooks (as a user types `git commit`), with PATH reaching `bin` first when given. */
function commit(repo: string, message: string, bin?: string) {
  return gitRun(repo, ['commit', '-q', '-m', message], { env: { ...npmEnv(), ...(bin ? { PATH: `${bin}:${process.env.PATH}` } : {}) } });
}

/** Blocks a commit of a generated fake token and lets a clean one through; the repository proves which landed. */
function assertHookGuards(repo: string, salt: string, bin?: string): void {
  write(repo, { 'src/app.js': 'export const answer = 42;\n' });
  git(repo, 'add', '-A');
  const clean = commit(repo, 'clean', bin);
  assert.equal(clean.status, 0, `a clean commit passes the hook:\n${clean.stderr}`);
  const before = git(repo, 'rev-list', '--count', 'HEAD');

  write(repo, { 'config/deploy.env': `GITHUB_TOKEN=${token(salt)}\n` });
  git(repo, 'add', 'config/deploy.env');
  const blocked = commit(repo, 'add deploy config', bin);
  assert.equal(blocked.status, 1, `the secret commit is blocked:\n${blocked.stdout}\n${blocked.stderr}`);
  assert.match(blocked.stdout + blocked.stderr, /config\/deploy\.env:1:14/);
  assert.ok(!(blocked.stdout + blocked.stderr).includes(token(salt)), 'the hook never prints the secret');
  assert.equal(git(repo, 'rev-list', '--count', 'HEAD'), before, 'nothing was committed');
}

describe('npm pack', () => {
  it('ships the allow-listed production files only: no maps, caches, sources or tests, ≤ 1.5 MB', () => {
    const packed = packTarball();
    assert.deepEqual(packed.files.map((f) => f.path).sort(), SHIPPED);
    assert.ok(packed.size <= MAX_PACKED_BYTES, `packed ${packed.size} bytes > ${MAX_PACKED_BYTES}`);
    const cli = packed.files.find((f) => f.path === 'dist/cli.js')!;
    assert.equal(cli.mode & 0o111, 0o111, 'the bin is executable in the tarball');
    // The bundles are the production (minified) build, not a development one: a dev build would
    // carry a sourceMappingURL comment.
    const bundleSizes = packed.files.filter((f) => f.path.startsWith('dist/') && f.path !== 'dist/cli.js').map((f) => f.size);
    assert.ok(
      bundleSizes.every((size) => size < 1_000_000),
      `bundles: ${bundleSizes.join(', ')}`,
    );
  });

  it('has a publishable manifest: not private, bin, files, engines, repository, license, keywords, no runtime dependencies', () => {
    const manifest = readJson<Manifest>(join(ROOT, 'package.json'));
    assert.equal(manifest.private, undefined);
    assert.deepEqual(manifest.bin, { leakproof: 'dist/cli.js' });
    assert.match(manifest.engines.node!, /^>=20/);
    assert.match(manifest.repository.url, /github\.com\/leakproof\/leakproof/);
    assert.equal(manifest.license, 'MIT');
    assert.ok(manifest.keywords.includes('secrets') && manifest.keywords.includes('pre-commit'));
    assert.deepEqual(manifest.dependencies ?? {}, {}, 'everything the bundles need is inlined by esbuild');
    assert.match(manifest.scripts.prepack!, /esbuild\.mjs --production/);
  });

  it('the same manifest still packages the VS Code extension (npm run package: vsce --no-dependencies)', () => {
    const { source } = packTarball();
    const result = run('npm', ['run', 'package'], source);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /Packaged: .*leakproof\.vsix/);
    for (const file of ['extension.js', 'server.js', 'cli-main.js', 'leakproof.schema.json', 'why.md'])
      assert.match(result.stdout, new RegExp(file.replace('.', '\\.')));
    assert.doesNotMatch(result.stdout, /\.map\b|node_modules|\.ts\b/);
    assert.ok(statSync(join(source, 'leakproof.vsix')).size > 100_000);
  });
});

describe('installed from the tarball into a fresh project (offline)', () => {
  it('runs from node_modules/.bin, pulls no dependencies, and install-hook blocks a real commit of a secret', () => {
    const packed = packTarball();
    const project = freshProject();
    installTarball(project, packed.tarball);

    const installed = join(project, 'node_modules');
    assert.deepEqual(
      readdirSync(installed).filter((name) => !name.startsWith('.')),
      ['leakproof'],
      'no runtime dependency was installed',
    );
    assert.ok(!existsSync(join(installed, 'leakproof', 'node_modules')));
    const bin = join(installed, '.bin', 'leakproof');

    const version = run(bin, ['--version'], project);
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), packed.version);

    // The V8 code cache lands in the user's cache folder, never inside the installed package.
    const cacheFolder = join(xdgCacheHome, 'leakproof');
    assert.ok(
      existsSync(cacheFolder) && readdirSync(cacheFolder).some((name) => name.startsWith('cli-main-')),
      'code cache written to $XDG_CACHE_HOME/leakproof',
    );
    assert.deepEqual(readdirSync(join(installed, 'leakproof', 'dist')).sort(), ['cli-main.js', 'cli.js', 'server.js']);

    const scan = run(bin, ['scan', '.', '--format', 'json'], project);
    assert.equal(scan.status, 0, scan.stderr);

    const hook = run(bin, ['install-hook'], project);
    assert.equal(hook.status, 0, hook.stderr);
    assert.ok(statSync(join(project, '.git', 'hooks', 'pre-commit')).mode & 0o100);
    assertHookGuards(project, 'npm-local');
  });

  it('a global-style install (npm install -g --prefix) gives a working `leakproof` on PATH and hook', () => {
    const packed = packTarball();
    const { prefix, bin } = installGlobal(packed.tarball);
    assert.ok(!existsSync(join(prefix, 'lib', 'node_modules', 'leakproof', 'node_modules')), 'no dependencies under the global package');
    const env = npmEnv({ PATH: `${bin}:${process.env.PATH}` });

    const version = run('leakproof', ['--version'], prefix, env);
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), packed.version);

    const repo = freshProject();
    write(repo, { 'notes/keys.txt': `token: ${token('npm-global-scan')}\n` });
    const scan = run('leakproof', ['scan', 'notes', '--format', 'json'], repo, env);
    assert.equal(scan.status, 1, scan.stderr);
    assert.equal((JSON.parse(scan.stdout) as { findings: unknown[] }).findings.length, 1);
    write(repo, { 'notes/keys.txt': 'token: read from the vault\n' });

    const hook = run('leakproof', ['install-hook'], repo, env);
    assert.equal(hook.status, 0, hook.stderr);
    // The hook records the global CLI's real path, so it works from a GUI git client without PATH.
    assert.match(
      readFileSync(join(repo, '.git', 'hooks', 'pre-commit'), 'utf8'),
      new RegExp(`LEAKPROOF_INSTALLED_CLI='${prefix}/lib/node_modules/leakproof/dist/cli\\.js'`),
    );
    assertHookGuards(repo, 'npm-global');
  });
});
