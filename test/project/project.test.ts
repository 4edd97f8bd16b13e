/**
 * The project layer shared by the CLI and the language server: config lookup bounds, config read
 * from regular files only, the visibility line, git-based listing, the one file reader and the
 * schema as a product of the parser's definitions. Real folders, real git repositories, the built
 * CLI as a real process. Secrets are generated at test time.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_DETECTORS } from '../../server/src/engine/index.js';
import { CONFIG_KEYS, DETECTOR_ID_GRAMMAR } from '../../server/src/engine/config.js';
import { ConfigCache, CONFIG_MAX_BYTES, findConfigFile } from '../../server/src/project/configFile.js';
import { CONFIG_SCHEMA_PATH, renderConfigSchema } from '../../server/src/project/configSchema.js';
import { listFiles } from '../../server/src/project/fileListing.js';
import { readRegularFile } from '../../server/src/project/fileReader.js';
import { CLI, ROOT, tempTree, type JsonReport } from '../helpers.js';
import { cleanEnv, git, initRepo } from '../hooks/gitBase.js';
import { token } from '../hooks/gitHelpers.js';

/** The hang guard of every test here: a read that blocks fails the test instead of stalling the suite. */
const HANG_GUARD = { timeout: 120_000 };
const isPosix = process.platform !== 'win32';

/**
 * The built CLI in `cwd`, with a small heap: a configuration read without a cap (/dev/zero, a huge
 * file) would exhaust it and crash instead of failing with exit 2 and a message.
 */
function cli(cwd: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--max-old-space-size=128', CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: cleanEnv(),
    timeout: 60_000,
    input: '',
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function report(cwd: string, args: readonly string[]): { status: number | null; report: JsonReport; stderr: string } {
  const result = cli(cwd, ['scan', ...args, '--format', 'json']);
  try {
    return { status: result.status, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
  } catch {
    throw new Error(`not JSON (exit ${result.status}): ${result.stdout.slice(0, 300)} ${result.stderr}`);
  }
}

function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

const ALLOW_EVERYTHING = JSON.stringify({ allowlist: [{ path: '**', reason: 'parent folder' }] });

describe('configuration lookup stops at the repository root', () => {
  it('a parent-folder .leakproof.json allowlisting ** does not apply inside a repository', HANG_GUARD, () => {
    const parent = tempTree({ '.leakproof.json': ALLOW_EVERYTHING });
    const repo = initRepo(join(parent, 'repo'));
    write(repo, { 'src/app.js': `const t = "${token('parent-config')}";\n` });
    for (const cwd of [repo, join(repo, 'src')]) {
      const scan = report(cwd, ['.']);
      assert.equal(scan.status, 1, `the token is reported from ${cwd}`);
      assert.equal(scan.report.findings.length, 1);
      assert.equal(scan.report.stats.allowlisted, 0);
      assert.doesNotMatch(scan.stderr, /turns protection off/, 'the parent config is not even read');
    }
    // The repository's own config applies from any folder inside it, and the hook sees it too.
    writeFileSync(join(repo, '.leakproof.json'), JSON.stringify({ allowlist: [{ path: 'src/**', reason: 'fixtures' }] }));
    assert.equal(report(join(repo, 'src'), ['.']).status, 0);
    git(repo, 'add', '-A');
    const staged = report(repo, ['--staged']);
    assert.equal(staged.status, 0, staged.stderr);
    assert.equal(findConfigFile(join(repo, 'src'), join(repo, 'src')), join(repo, '.leakproof.json'));
  });

  it('outside a repository only the starting folder (CLI) or the workspace folder (server) is searched', HANG_GUARD, () => {
    const parent = tempTree({ '.leakproof.json': ALLOW_EVERYTHING, 'work/sub/app.js': `const t = "${token('no-repo')}";\n` });
    assert.equal(report(join(parent, 'work'), ['.']).status, 1);
    assert.equal(report(join(parent, 'work', 'sub'), ['.']).status, 1);
    assert.equal(report(parent, ['work']).status, 0, 'the config in the current folder applies');
    const configs = new ConfigCache();
    assert.equal(configs.forDirectory(join(parent, 'work', 'sub'), join(parent, 'work')).file, undefined, 'not above the workspace folder');
    assert.equal(
      configs.forDirectory(join(parent, 'work', 'sub'), parent).file,
      join(parent, '.leakproof.json'),
      'the workspace folder itself counts',
    );
  });
});

describe('configuration is read from regular files only, with a size cap', { skip: !isPosix && 'FIFOs and /dev/zero are POSIX' }, () => {
  const cases: [string, (dir: string) => void, RegExp][] = [
    ['a symlink to /dev/zero', (dir) => symlinkSync('/dev/zero', join(dir, '.leakproof.json')), /not a regular file/],
    ['a FIFO', (dir) => assert.equal(spawnSync('mkfifo', [join(dir, '.leakproof.json')]).status, 0), /not a regular file/],
    [
      'a 2 GB (sparse) file',
      (dir) => {
        const fd = openSync(join(dir, '.leakproof.json'), 'w');
        ftruncateSync(fd, 2 * 1024 * 1024 * 1024);
        closeSync(fd);
      },
      new RegExp(`exceeds the limit of ${CONFIG_MAX_BYTES}`),
    ],
  ];
  for (const [name, make, message] of cases) {
    it(`${name}: exit 2 with a message, bounded memory, no hang (found by lookup and with --config)`, HANG_GUARD, () => {
      const dir = tempTree({ 'app.js': 'const greeting = "hello";\n' });
      make(dir);
      for (const args of [
        ['scan', '.'],
        ['scan', '.', '--config', '.leakproof.json'],
        ['baseline', 'create'],
      ]) {
        const result = cli(dir, args);
        assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
        assert.match(result.stderr, /configuration/);
        assert.match(result.stderr, message);
      }
      const repo = initRepo(join(dir, 'repo'));
      make(repo);
      const hook = cli(repo, ['scan', '--staged']);
      assert.equal(hook.status, 2, hook.stderr);
      assert.match(hook.stderr, message);
    });
  }

  it('the language server keeps "no configuration" out: the unreadable file is an error in force', HANG_GUARD, () => {
    const dir = tempTree();
    symlinkSync('/dev/zero', join(dir, '.leakproof.json'));
    const loaded = new ConfigCache().forDirectory(dir, dir);
    assert.match(loaded.error?.problem ?? '', /not a regular file/);
  });
});

describe('the one file reader', { skip: !isPosix && 'FIFOs are POSIX' }, () => {
  it('a file replaced by a FIFO between listing and reading is reported, not read (no hang)', HANG_GUARD, () => {
    const dir = tempTree({ 'a.txt': 'hello\n', 'b.txt': 'world\n' });
    const listed = listFiles([dir], { gitignore: true });
    assert.deepEqual(
      listed.files.map((f) => f.display.split('/').pop()),
      ['a.txt', 'b.txt'],
    );
    rmSync(join(dir, 'a.txt'));
    assert.equal(spawnSync('mkfifo', [join(dir, 'a.txt')]).status, 0);
    const reads = listed.files.map((f) => readRegularFile(f.absolute, 1024));
    assert.equal(reads[0]!.kind, 'not-regular');
    assert.equal(reads[1]!.kind, 'bytes');
  });

  it('checks the size on the open file before reading a byte', HANG_GUARD, () => {
    const dir = tempTree();
    const fd = openSync(join(dir, 'huge.txt'), 'w');
    ftruncateSync(fd, 4 * 1024 * 1024 * 1024);
    closeSync(fd);
    assert.deepEqual(readRegularFile(join(dir, 'huge.txt'), 1024), { kind: 'too-large', size: 4 * 1024 * 1024 * 1024 });
    assert.deepEqual(readRegularFile(join(dir, 'absent.txt'), 1024), { kind: 'missing' });
  });
});

describe("file listing inside repositories is git's", () => {
  it('`scan src` and `scan .` agree with parent .gitignore files and .git/info/exclude', HANG_GUARD, () => {
    const repo = initRepo(tempTree());
    write(repo, {
      '.gitignore': 'src/generated/\n',
      'src/generated/keys.js': `const a = "${token('ignored-by-parent')}";\n`,
      'src/local.env': `GH=${token('info-exclude')}\n`,
      'src/app.js': `const b = "${token('tracked')}";\n`,
      'src/new.js': `const c = "${token('untracked')}";\n`,
      'src/forced.js': `const d = "${token('force-added')}";\n`,
    });
    writeFileSync(join(repo, '.git', 'info', 'exclude'), 'src/local.env\nsrc/forced.js\n');
    git(repo, 'add', 'src/app.js');
    git(repo, 'add', '-f', 'src/forced.js');
    const paths = (scan: JsonReport, prefix = '') => scan.findings.map((f) => prefix + f.path).sort();
    const expected = ['src/app.js', 'src/forced.js', 'src/new.js'];
    assert.deepEqual(paths(report(repo, ['.']).report), expected);
    assert.deepEqual(paths(report(repo, ['src']).report), expected);
    assert.deepEqual(paths(report(join(repo, 'src'), ['.']).report, 'src/'), expected);
    // Without ignore rules, everything on disk.
    assert.deepEqual(paths(report(repo, ['src', '--no-gitignore']).report), [
      'src/app.js',
      'src/forced.js',
      'src/generated/keys.js',
      'src/local.env',
      'src/new.js',
    ]);
  });

  it('a repository met while walking a plain folder is listed by its own git', HANG_GUARD, () => {
    const outer = tempTree({ 'notes.txt': 'hello\n' });
    const repo = initRepo(join(outer, 'project'));
    write(repo, {
      '.gitignore': 'build/\n',
      'build/out.js': `x = "${token('nested-ignored')}"\n`,
      'lib/a.js': `y = "${token('nested-kept')}"\n`,
    });
    writeFileSync(join(repo, '.git', 'info', 'exclude'), 'lib/secret.env\n');
    write(repo, { 'lib/secret.env': `Z=${token('nested-excluded')}\n` });
    const scan = report(outer, ['.']);
    assert.deepEqual(
      scan.report.findings.map((f) => f.path),
      ['project/lib/a.js'],
    );
  });

  it('scan.exclude prunes git-listed folders too', HANG_GUARD, () => {
    const repo = initRepo(tempTree());
    write(repo, {
      '.leakproof.json': JSON.stringify({ scan: { exclude: ['vendor/'] } }),
      'vendor/lib/a.js': `v = "${token('vendored')}"\n`,
      'app.js': 'ok = 1\n',
    });
    const scan = report(repo, ['.']);
    assert.equal(scan.status, 0, JSON.stringify(scan.report.findings.map((f) => f.path)));
  });
});

describe('a configuration that turns protection off is visible', () => {
  it('the CLI and the hook print one line naming the file and what it turns off', HANG_GUARD, () => {
    const repo = initRepo(tempTree());
    write(repo, {
      '.leakproof.json': JSON.stringify({
        detectors: { disable: ['generic.password'] },
        allowlist: [{ path: '**' }, { hash: 'a'.repeat(64) }],
        scan: { exclude: ['fixtures/**'] },
      }),
      'app.js': 'ok = 1\n',
    });
    git(repo, 'add', '-A');
    for (const args of [
      ['scan', '.'],
      ['scan', '--staged'],
      ['scan', '--history', '--all'],
    ]) {
      const result = cli(repo, args);
      const lines = result.stderr.split('\n').filter((line) => line.includes('turns protection off'));
      assert.equal(lines.length, 1, `${args.join(' ')}: ${result.stderr}`);
      assert.match(lines[0]!, /^leakproof: configuration \.leakproof\.json turns protection off: /);
      assert.match(lines[0]!, /disables 1 detector\(s\) \(generic\.password\)/);
      assert.match(lines[0]!, /allowlists without a hash: path \*\* \/ every detector/);
      assert.match(lines[0]!, /excludes from scanning: fixtures\/\*\*/);
      assert.doesNotMatch(lines[0]!, /a{64}/, 'hash entries are not weakenings');
    }
  });

  it('says nothing for a configuration that only allowlists by hash or adds detectors', HANG_GUARD, () => {
    const dir = tempTree({
      '.leakproof.json': JSON.stringify({
        allowlist: [{ hash: `scrypt:${'b'.repeat(64)}` }],
        customDetectors: [{ id: 'acme.key', regex: 'ACME_[A-Z0-9]{20}' }],
      }),
      'app.js': 'ok = 1\n',
    });
    const result = cli(dir, ['scan', '.']);
    assert.equal(result.status, 0);
    assert.equal(result.stderr, '');
  });

  it('the server hears of it when the configuration comes into force (for its output log)', HANG_GUARD, () => {
    const dir = tempTree({ '.leakproof.json': JSON.stringify({ detectors: { disable: ['generic.password'] } }) });
    const heard: string[] = [];
    const configs = new ConfigCache(undefined, (loaded) => heard.push(loaded.file ?? ''));
    configs.forDirectory(dir, dir);
    configs.forDirectory(dir, dir);
    assert.deepEqual(heard, [join(dir, '.leakproof.json')], 'once per text in force');
  });
});

describe('one source of truth for the configuration shape', () => {
  it("server/schema/leakproof.schema.json is generated from the parser's definitions (run `npm run docs`)", () => {
    const onDisk = readFileSync(join(ROOT, CONFIG_SCHEMA_PATH), 'utf8');
    assert.ok(onDisk === renderConfigSchema(), 'the schema on disk is stale: run `npm run docs`');
    const schema = JSON.parse(onDisk) as {
      properties: Record<string, { properties?: Record<string, unknown>; items?: { properties?: Record<string, unknown> } }>;
      definitions: { builtinDetectorId: { enum: string[] } };
    };
    assert.deepEqual(Object.keys(schema.properties), [...CONFIG_KEYS.topLevel]);
    assert.deepEqual(Object.keys(schema.properties.allowlist!.items!.properties!), [...CONFIG_KEYS.allowlist]);
    assert.deepEqual(Object.keys(schema.properties.customDetectors!.items!.properties!), [...CONFIG_KEYS.customDetector]);
    assert.deepEqual(Object.keys(schema.properties.scan!.properties!), [...CONFIG_KEYS.scan]);
    assert.deepEqual(Object.keys(schema.properties.detectors!.properties!), [...CONFIG_KEYS.detectors]);
    assert.deepEqual(schema.definitions.builtinDetectorId.enum, ALL_DETECTORS.map((d) => d.id).sort());
  });

  it('settings, config and schema share one detector-id grammar, and every built-in id obeys it', () => {
    const grammar = new RegExp(DETECTOR_ID_GRAMMAR);
    for (const { id } of ALL_DETECTORS) assert.match(id, grammar);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { propertyNames?: { pattern: string } }> } };
    };
    assert.equal(manifest.contributes.configuration.properties['leakproof.detectors']?.propertyNames?.pattern, DETECTOR_ID_GRAMMAR);
  });

  it('the language server does not import from the CLI (both stand on server/src/project)', () => {
    const folders = [join(ROOT, 'server', 'src'), join(ROOT, 'server', 'src', 'project')];
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.ts'))) {
        const text = readFileSync(join(folder, name), 'utf8');
        assert.doesNotMatch(text, /from '\.{1,2}\/cli\//, `${name} imports from cli/`);
      }
    }
  });
});
