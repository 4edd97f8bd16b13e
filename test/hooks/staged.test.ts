/**
 * `leakproof scan --staged`, the correctness matrix: each case in a real temporary repository,
 * the built CLI as a real process, real `git commit` runs where git's own behaviour matters
 * (`commit -a`, `--amend`, merges, worktrees). Secrets are generated at test time.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fakePem } from '../../server/src/engine/fake.js';
import { tempTree } from '../helpers.js';
import { commitFiles, commitWithHooks, git, gitRun, leakproof, makeRepo, staged, token, write } from './gitHelpers.js';

const T1 = token('staged-1');
const T2 = token('staged-2');
const T3 = token('staged-3');

function installHook(repo: string): void {
  const result = leakproof(repo, ['install-hook']);
  assert.equal(result.status, 0, result.stderr);
}

describe('what is staged, not the working tree', () => {
  it('blocks a staged secret even when the working tree already has the fix (partial staging)', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'app.py': 'DEBUG = True\n' }, 'initial');
    write(repo, { 'app.py': `DEBUG = True\nTOKEN = "${T1}"\n` });
    git(repo, 'add', 'app.py');
    write(repo, { 'app.py': 'DEBUG = True\nTOKEN = os.environ["TOKEN"]\n' }); // the fix, not staged
    const { status, report } = staged(repo);
    assert.equal(status, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.path, f.line, f.column, f.detector]),
      [['app.py', 2, 10, 'github.pat-classic']],
    );
  });

  it('passes a clean staged version even when the working tree has a secret (partial staging)', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'app.py': 'DEBUG = True\n' }, 'initial');
    write(repo, { 'app.py': 'DEBUG = False\n' });
    git(repo, 'add', 'app.py');
    write(repo, { 'app.py': `DEBUG = False\nTOKEN = "${T1}"\n`, 'untracked.env': `TOKEN=${T2}\n` });
    const { status, report } = staged(repo);
    assert.equal(status, 0);
    assert.equal(report.findings.length, 0);
    assert.equal(report.stats.files, 1, 'the staged file was scanned');
  });

  it('git commit -a: the hook sees what -a stages (git passes a temporary index)', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'app.py': 'DEBUG = True\n' }, 'initial');
    installHook(repo);
    write(repo, { 'app.py': `DEBUG = True\nTOKEN = "${T1}"\n` }); // modified, not staged
    const head = git(repo, 'rev-parse', 'HEAD');
    const blocked = commitWithHooks(repo, ['-a', '-m', 'with -a']);
    assert.notEqual(blocked.status, 0, 'git commit -a must be blocked');
    assert.match(blocked.stderr, /commit blocked/);
    assert.match(blocked.stdout + blocked.stderr, /app\.py:2:10/);
    assert.equal(git(repo, 'rev-parse', 'HEAD'), head, 'no commit was made');
    // `git commit <path>` (only that path, also a temporary index) is blocked the same way.
    assert.notEqual(commitWithHooks(repo, ['app.py', '-m', 'only path']).status, 0);
  });

  it('--amend: a secret staged for the amend is blocked; amending only the message passes', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'old.env': `OLD=${T2}\n` }, 'an old secret, committed before the hook'); // --no-verify
    commitFiles(repo, { 'app.py': 'x = 1\n' }, 'clean');
    installHook(repo);
    write(repo, { 'app.py': `x = 1\ntoken = "${T1}"\n` });
    git(repo, 'add', 'app.py');
    const blocked = commitWithHooks(repo, ['--amend', '--no-edit']);
    assert.notEqual(blocked.status, 0);
    assert.match(blocked.stdout + blocked.stderr, /app\.py:2/);
    assert.doesNotMatch(blocked.stdout + blocked.stderr, /old\.env/, 'old findings do not block');
    git(repo, 'checkout', '-q', 'HEAD', '--', 'app.py');
    const reworded = commitWithHooks(repo, ['--amend', '-m', 'clean, reworded']);
    assert.equal(reworded.status, 0, reworded.stderr);
    assert.equal(git(repo, 'log', '-1', '--format=%s'), 'clean, reworded');
  });

  it('the first commit (no HEAD yet): everything staged is new', () => {
    const repo = makeRepo();
    installHook(repo);
    write(repo, { 'README.md': '# demo\n', 'config/.env': `A=1\nGITHUB_TOKEN=${T1}\n` });
    git(repo, 'add', '-A');
    const { status, report } = staged(repo);
    assert.equal(status, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.path, f.line]),
      [['config/.env', 2]],
    );
    assert.equal(report.stats.files, 2);
    const blocked = commitWithHooks(repo, ['-m', 'first']);
    assert.notEqual(blocked.status, 0);
    assert.equal(gitRun(repo, ['rev-parse', '-q', '--verify', 'HEAD']).status, 1, 'still no commit');
  });
});

describe('renames, deletions and file kinds', () => {
  it('a rename does not re-report the secret it carries; a secret added while renaming is reported', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'settings.py': `A = 1\nTOKEN = "${T2}"\nB = 2\n` }, 'old secret');
    git(repo, 'mv', 'settings.py', 'config.py');
    let result = staged(repo);
    assert.equal(result.status, 0, JSON.stringify(result.report.findings));
    assert.equal(result.report.stats.files, 1);
    write(repo, { 'config.py': `A = 1\nTOKEN = "${T2}"\nB = 2\nNEW = "${T1}"\n` });
    git(repo, 'add', 'config.py');
    result = staged(repo);
    assert.equal(result.status, 1);
    assert.deepEqual(
      result.report.findings.map((f) => [f.path, f.line]),
      [['config.py', 4]],
    );
  });

  it('deleting a file that holds a secret passes, and is not "nothing scanned"', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'leak.env': `TOKEN=${T1}\n`, 'keep.txt': 'keep\n' }, 'old secret');
    git(repo, 'rm', '-q', 'leak.env');
    const { status, report, stderr } = staged(repo);
    assert.equal(status, 0, stderr);
    assert.equal(report.findings.length, 0);
    assert.doesNotMatch(stderr, /nothing scanned/);
  });

  it('binary files are scanned by their printable runs; a text file marked binary in .gitattributes is still scanned', () => {
    const repo = makeRepo();
    commitFiles(repo, { '.gitattributes': '*.cfg binary\n' }, 'attributes');
    write(repo, {
      'blob.dat': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), Buffer.from(`token=${T1}\n`)]),
      'secrets.cfg': `token = ${T2}\n`,
    });
    git(repo, 'add', '-A');
    const { status, report } = staged(repo);
    assert.equal(status, 1);
    assert.deepEqual(
      report.findings.map((f) => f.path),
      ['blob.dat', 'secrets.cfg'],
    );
    assert.deepEqual(report.skipped, []);
  });

  it('a submodule is recorded as a commit of another repository, not scanned here', () => {
    const sub = makeRepo();
    commitFiles(sub, { 'inner.env': `TOKEN=${T1}\n` }, 'sub with a secret');
    const repo = makeRepo();
    commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
    git(repo, '-c', 'protocol.file.allow=always', 'submodule', '-q', 'add', sub, 'vendor/sub');
    const { status, report, stderr } = staged(repo);
    assert.equal(status, 0, stderr);
    assert.equal(report.findings.length, 0);
    assert.ok(
      report.skipped.some((s) => s.path === 'vendor/sub' && s.reason.startsWith('submodule')),
      JSON.stringify(report.skipped),
    );
    assert.equal(report.stats.files, 1, '.gitmodules is scanned');
  });

  it('a symlink commits its target path, not the content it points to', () => {
    const outside = tempTree({ credentials: `TOKEN=${T1}\n` });
    const repo = makeRepo();
    commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
    symlinkSync(join(outside, 'credentials'), join(repo, 'creds'));
    write(repo, { 'local.env': `TOKEN=${T2}\n` });
    symlinkSync('local.env', join(repo, 'local-link'));
    git(repo, 'add', 'creds', 'local-link'); // local.env itself is not staged
    const { status, report, stderr } = staged(repo);
    assert.equal(status, 0, `${stderr}${JSON.stringify(report.findings)}`);
    assert.equal(report.stats.files, 2, 'both links were read from the index');
  });

  it('CRLF files: the secret is found with the right line and column; a CRLF-only change adds nothing', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'old.ini': `[a]\ntoken = ${T2}\nx = 1\n` }, 'old secret, LF');
    write(repo, { 'old.ini': `[a]\r\ntoken = ${T2}\r\nx = 1\r\n`, 'new.ini': `[b]\r\ntoken = ${T1}\r\n` });
    git(repo, 'add', '-A');
    const { status, report } = staged(repo);
    assert.equal(status, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.path, f.line, f.column, f.endColumn]),
      [['new.ini', 2, 9, 9 + T1.length]],
    );
  });

  it('core.autocrlf=true: the index (LF) is what is read, the working tree (CRLF) is not', () => {
    const repo = makeRepo();
    git(repo, 'config', 'core.autocrlf', 'true');
    commitFiles(repo, { 'a.txt': 'a\r\n' }, 'initial');
    write(repo, { 'conf.yml': `a: 1\r\ntoken: ${T1}\r\n` });
    git(repo, 'add', 'conf.yml');
    assert.equal(git(repo, 'cat-file', '-p', ':conf.yml').includes('\r'), false, 'git normalised the index copy');
    const { status, report } = staged(repo);
    assert.equal(status, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.path, f.line, f.column]),
      [['conf.yml', 2, 8]],
    );
  });

  it('file names with spaces and non-ASCII characters (core.quotePath on or off)', () => {
    const repo = makeRepo();
    git(repo, 'config', 'core.quotePath', 'true');
    commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
    const name = 'conf dir/clé secrète ü.env';
    write(repo, { [name]: `A=1\nTOKEN=${T1}\n`, 'tab\there.txt': `token: ${T3}\n` });
    git(repo, 'add', '-A');
    const { status, report } = staged(repo);
    assert.equal(status, 1);
    assert.deepEqual(report.findings.map((f) => [f.path, f.line]).sort(), [
      [name, 2],
      ['tab\there.txt', 1],
    ]);
  });

  it('a file over scan.maxFileSize is not passed unread: exit 2 naming it, and scan.exclude allows it explicitly', () => {
    const repo = makeRepo();
    write(repo, { '.leakproof.json': '{ "scan": { "maxFileSize": 100000 } }\n' });
    commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
    write(repo, { 'dump.sql': `${'-- filler line of a large dump\n'.repeat(5000)}password = '${T1}'\n` });
    git(repo, 'add', 'dump.sql');
    const { status, report, stderr } = staged(repo);
    assert.equal(status, 2);
    assert.equal(report.incomplete?.length, 1);
    assert.equal(report.incomplete[0]!.path, 'dump.sql');
    assert.match(report.incomplete[0]!.reason, /^too-large: \d+ bytes exceeds scan\.maxFileSize \(100000\); not scanned/);
    assert.match(stderr, /could not be scanned completely[\s\S]*dump\.sql: too-large[\s\S]*"exclude"/);
    write(repo, { '.leakproof.json': '{ "scan": { "maxFileSize": 100000, "exclude": ["dump.sql"] } }\n' });
    const allowed = staged(repo);
    assert.equal(allowed.status, 0, 'an explicit exclusion lets it through, and says so');
    assert.deepEqual(allowed.report.skipped, [{ path: 'dump.sql', reason: 'excluded by scan.exclude' }]);
    assert.match(allowed.stderr, /nothing scanned: all 1 staged file\(s\) were skipped \(dump\.sql: excluded by scan\.exclude\)/);
  });

  it('many staged files are read in bounded batches, each file once, none missed', () => {
    const repo = makeRepo();
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`pkg/file${String(i).padStart(2, '0')}.py`] = `# module ${i}\n${'x = 1\n'.repeat(200)}`;
    commitFiles(repo, files, 'many files');
    for (const i of [0, 13, 27, 39]) files[`pkg/file${String(i).padStart(2, '0')}.py`] += `token = "${token(`batch-${i}`)}"\n`;
    write(repo, files);
    git(repo, 'add', '-A');
    const { status, report } = staged(repo, [], { LEAKPROOF_BATCH_BYTES: '3000' });
    assert.equal(status, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.path, f.line]),
      [
        ['pkg/file00.py', 202],
        ['pkg/file13.py', 202],
        ['pkg/file27.py', 202],
        ['pkg/file39.py', 202],
      ],
    );
    assert.equal(report.stats.files, 4);
  });

  it('a large file under the limit is scanned around its added lines: new secret found, old one not', () => {
    const repo = makeRepo();
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `const value${i} = ${i};`).join('\n');
    commitFiles(repo, { 'big.js': `const old = "${T2}";\n${filler(60000)}\n${filler(20000)}\n` }, 'big file with an old secret');
    write(repo, { 'big.js': `const old = "${T2}";\n${filler(60000)}\nconst fresh = "${T1}";\n${filler(20000)}\n` });
    git(repo, 'add', 'big.js');
    const { status, report } = staged(repo);
    assert.equal(status, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.path, f.line]),
      [['big.js', 60002]],
    );
  });
});

describe('merges and worktrees', () => {
  function divergedWithConflict(): string {
    const repo = makeRepo();
    commitFiles(repo, { 'shared.txt': 'base\n' }, 'base');
    git(repo, 'checkout', '-q', '-b', 'feature');
    commitFiles(repo, { 'feature.env': `TOKEN=${T2}\n`, 'shared.txt': 'feature\n' }, 'feature: a secret committed with --no-verify');
    git(repo, 'checkout', '-q', 'main');
    commitFiles(repo, { 'shared.txt': 'main\n' }, 'main');
    assert.notEqual(gitRun(repo, ['merge', '-q', 'feature']).status, 0, 'the merge conflicts');
    return repo;
  }

  it('concluding a merge does not block on what the other branch already committed', () => {
    const repo = divergedWithConflict();
    installHook(repo);
    write(repo, { 'shared.txt': 'main and feature\n' });
    git(repo, 'add', 'shared.txt');
    const { status, report } = staged(repo);
    assert.equal(status, 0, JSON.stringify(report.findings));
    const result = commitWithHooks(repo, ['--no-edit']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(git(repo, 'rev-list', '--count', '--merges', 'HEAD'), '1');
  });

  it('a secret added while resolving the merge is blocked', () => {
    const repo = divergedWithConflict();
    installHook(repo);
    write(repo, { 'shared.txt': `main and feature\ntoken: ${T1}\n` });
    git(repo, 'add', 'shared.txt');
    const { status, report } = staged(repo);
    assert.equal(status, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.path, f.line]),
      [['shared.txt', 2]],
    );
    assert.notEqual(commitWithHooks(repo, ['--no-edit']).status, 0);
  });

  it('worktrees: the hook installed once runs in every worktree and reads that worktree’s index', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
    const worktree = join(tempTree(), 'wt');
    git(repo, 'worktree', 'add', '-q', '-b', 'wt', worktree);
    const install = leakproof(worktree, ['install-hook', '--json']);
    assert.equal(install.status, 0, install.stderr);
    assert.equal(JSON.parse(install.stdout).results[0].path, join(repo, '.git', 'hooks', 'pre-commit'), 'the common hooks folder');
    write(worktree, { 'wt.env': `TOKEN=${T1}\n` });
    git(worktree, 'add', 'wt.env');
    write(repo, { 'main.txt': 'clean\n' });
    git(repo, 'add', 'main.txt');
    assert.equal(staged(repo).status, 0, 'the main worktree’s index is clean');
    const { status, report } = staged(worktree);
    assert.equal(status, 1);
    assert.deepEqual(
      report.findings.map((f) => f.path),
      ['wt.env'],
    );
    assert.notEqual(commitWithHooks(worktree, ['-m', 'in the worktree']).status, 0);
    assert.equal(commitWithHooks(repo, ['-m', 'in the main worktree']).status, 0);
  });
});

describe('fail closed', () => {
  it('outside a repository or in a bare one: exit 2 with the reason', () => {
    const plain = tempTree({ 'a.txt': 'a\n' });
    const outside = leakproof(plain, ['scan', '--staged']);
    assert.equal(outside.status, 2);
    assert.match(outside.stderr, /not a git repository/i);
    const bare = makeRepo({ bare: true });
    const inBare = leakproof(bare, ['scan', '--staged']);
    assert.equal(inBare.status, 2);
    assert.match(inBare.stderr, /bare repository|must be run in a work tree/);
  });

  it('staged content that cannot be read is an error, not a silent pass', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
    write(repo, { 'new.env': `TOKEN=${T1}\n` });
    git(repo, 'add', 'new.env');
    const id = git(repo, 'rev-parse', ':new.env');
    rmSync(join(repo, '.git', 'objects', id.slice(0, 2), id.slice(2)));
    const result = leakproof(repo, ['scan', '--staged']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /new\.env/);
    assert.match(result.stderr, /missing/);
  });

  it('when every staged file is skipped, it says so instead of passing silently', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
    write(repo, {
      '.leakproof.json': '{ "scan": { "exclude": ["*.png"] } }\n',
      'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    });
    git(repo, 'add', 'logo.png');
    const { status, report, stderr } = staged(repo);
    assert.equal(status, 0);
    assert.equal(report.stats.files, 0);
    assert.match(stderr, /nothing scanned: all 1 staged file\(s\) were skipped \(logo\.png: excluded by scan\.exclude\)/);
  });

  it('nothing staged is reported as such', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
    const { status, stderr } = staged(repo);
    assert.equal(status, 0);
    assert.match(stderr, /nothing staged/);
  });
});

describe('only what the commit adds', () => {
  it('a multi-line private key added in the commit is caught at its BEGIN line', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'deploy/key.txt': 'placeholder\n' }, 'initial');
    write(repo, { 'deploy/key.txt': `placeholder\n${fakePem('RSA PRIVATE KEY', 600, 'staged')}\n` });
    git(repo, 'add', '-A');
    const { status, report } = staged(repo);
    assert.equal(status, 1);
    assert.equal(report.findings.length, 1);
    assert.equal(report.findings[0]!.line, 2);
    assert.match(report.findings[0]!.detector, /private-key/);
  });

  it('old secrets in a modified file do not block; old findings do not use up the per-file cap', () => {
    const repo = makeRepo();
    const old = Array.from({ length: 12 }, (_, i) => `TOKEN_${i}=${token(`old-${i}`)}`).join('\n');
    const pem = fakePem('RSA PRIVATE KEY', 600, 'old');
    commitFiles(repo, { '.env': `${old}\n`, 'key.pem.txt': `${pem}\n# comment\n` }, 'old secrets');
    write(repo, { '.env': `${old}\nTOKEN_NEW=${T1}\n`, 'key.pem.txt': `${pem}\n# comment, edited\n` });
    git(repo, 'add', '-A');
    const { status, report } = staged(repo);
    assert.equal(status, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.path, f.line]),
      [['.env', 13]],
    );
  });

  it('file arguments (lint-staged, pre-commit framework) limit the scan to those files', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'a.txt': 'a\n', 'old name.py': `T = "${T3}"\n` }, 'initial');
    write(repo, { 'one.env': `A=${T1}\n`, 'two.env': `B=${T2}\n` });
    git(repo, 'mv', 'old name.py', 'new name.py');
    git(repo, 'add', '-A');
    const { status, report } = staged(repo, [join(repo, 'two.env'), 'new name.py']);
    assert.equal(status, 1);
    assert.deepEqual(
      report.findings.map((f) => f.path),
      ['two.env'],
      'a renamed file given by name is still a rename',
    );
    assert.equal(report.stats.files, 2);
  });

  it('allow comments, the allowlist and the baseline apply to staged scans', () => {
    const repo = makeRepo();
    commitFiles(repo, { 'a.txt': 'a\n' }, 'initial');
    write(repo, { 'one.py': `A = "${T1}"  # leakproof:allow test fixture\n` });
    git(repo, 'add', '-A');
    assert.equal(staged(repo).status, 0);
    write(repo, { 'two.py': `B = "${T2}"\n` });
    git(repo, 'add', '-A');
    const blocked = staged(repo);
    assert.equal(blocked.status, 1);
    const baseline = leakproof(repo, ['baseline', 'create', 'two.py']);
    assert.equal(baseline.status, 0, baseline.stderr);
    assert.equal(staged(repo, ['--baseline', '.leakproof-baseline.json']).status, 0);
  });
});

describe('when it blocks', () => {
  it('names each finding (file:line, type, redacted value) and says how to fix or bypass it', () => {
    const repo = makeRepo();
    write(repo, { 'src/app.ts': `export const token = "${T1}";\n` });
    git(repo, 'add', '-A');
    for (const format of ['text', 'json']) {
      const result = leakproof(repo, ['scan', '--staged', '--format', format, '--no-color']);
      assert.equal(result.status, 1);
      const all = result.stdout + result.stderr;
      assert.match(all, /src\/app\.ts:1(:22)?\b/);
      assert.match(all, /GitHub personal access token \(classic\)/);
      assert.match(all, /ghp_\w\w\*{8}/);
      assert.ok(!all.includes(T1), 'never the secret itself');
      assert.match(result.stderr, /commit blocked — 1 secret/);
      assert.match(result.stderr, /Remove it/);
      assert.match(result.stderr, /leakproof:allow/);
      assert.match(
        result.stderr,
        /"allowlist": \[\n +\{"hash": "(?:scrypt|hmac):[0-9a-f]{64}"\} {2}\/\/ src\/app\.ts:1 github\.pat-classic\n +\]/,
      );
      assert.match(result.stderr, /`\/\/ leakproof:allow`/, 'the comment syntax of that file');
      assert.match(result.stderr, /leakproof baseline create/);
      assert.match(result.stderr, /git commit --no-verify/);
      assert.match(result.stderr, /LEAKPROOF_SKIP=1 git commit/);
    }
  });

  it('LEAKPROOF_SKIP=1 skips the scan and says so', () => {
    const repo = makeRepo();
    write(repo, { 'a.env': `T=${T1}\n` });
    git(repo, 'add', '-A');
    const result = leakproof(repo, ['scan', '--staged'], { env: { LEAKPROOF_SKIP: '1' } });
    assert.equal(result.status, 0);
    assert.match(result.stderr, /LEAKPROOF_SKIP is set/);
  });

  it('rejects options that do not apply to a staged scan', () => {
    const repo = makeRepo();
    const result = leakproof(repo, ['scan', '--staged', '--no-gitignore']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--no-gitignore cannot be used with --staged/);
    const both = leakproof(repo, ['scan', '--staged', '--history']);
    assert.equal(both.status, 2);
    assert.match(both.stderr, /choose one of --staged, --history/);
  });
});
