/**
 * User-supplied detector patterns run in bounded time (issue 8, "Hangs"): catastrophic and
 * super-linear patterns are rejected at config load with a clear message, safe ones keep working.
 * The CLI and `git commit` through the installed hook are real processes with a 60 s hang guard
 * (spawnSync's own timeout: a blocked child must fail the test, not stall it).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { ConfigError, parseConfig } from '../../server/src/engine/config.js';
import { staticRegexProblem, unsafeRegexReason } from '../../server/src/engine/regex-safety.js';
import { fake } from '../../server/src/engine/fake.js';
import { B62 } from '../../server/src/engine/patterns.js';
import { CLI, tempTree } from '../helpers.js';
import { cleanEnv, git, makeRepo, write } from '../hooks/gitHelpers.js';

const HANG_GUARD_MS = 60_000;

function configWith(regex: string): string {
  return JSON.stringify({ customDetectors: [{ id: 'acme.token', regex, keywords: ['acme'] }] }, null, 2);
}

describe('custom detector patterns: static check and growth probe', () => {
  const catastrophic = ['(?<secret>(a+)+$)', '(a*)*b', '(a|ab)*c', '(?:x\\w{1,3})+y', '(a+){2,9}b', '(\\w+)\\s\\1', '(?<w>\\w)\\k<w>'];
  for (const source of catastrophic) {
    it(`rejects ${source}`, () => {
      assert.ok(staticRegexProblem(source), source);
    });
  }

  it('rejects polynomial shapes the static check lets through (probe)', () => {
    assert.equal(staticRegexProblem('\\s*\\s*\\s*x'), undefined);
    assert.match(unsafeRegexReason('\\s*\\s*\\s*x') ?? '', /super-linear time on a run of spaces/);
    assert.match(unsafeRegexReason('[a-z]*[a-z]*[a-z]*!') ?? '', /super-linear/);
  });

  it('accepts the patterns custom detectors are made of', () => {
    for (const source of [
      '(?<secret>acme_[A-Za-z0-9]{32})',
      '(?<![A-Za-z0-9])(?<secret>xk_(?:live|test)_[A-Za-z0-9]{24,40})(?![A-Za-z0-9])',
      'ACME_KEY\\s*=\\s*"(?<secret>[^"\\s]{16,64})"',
      '(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,24}[_.-]){0,4}acme_key[ \\t]*[:=][ \\t]*(?<secret>[A-Fa-f0-9]{40})',
      '\\bacme-(?:[a-z]{2}\\d)-[A-Z0-9]{20}\\b',
    ]) {
      assert.equal(unsafeRegexReason(source), undefined, source);
    }
  });

  it('parseConfig fails at the regex with a message that says why and how', () => {
    const text = configWith('(?<secret>(a+)+$)');
    assert.throws(
      () => parseConfig(text, '.leakproof.json'),
      (error: unknown) =>
        error instanceof ConfigError &&
        error.line === 5 &&
        /regex for "acme\.token" is rejected because a repeated group contains an unbounded quantifier/.test(error.message) &&
        /rewrite it/.test(error.message),
    );
  });
});

describe('a catastrophic custom pattern never hangs the CLI or a commit', () => {
  const hostile = `acme ${'a'.repeat(5000)}!\n`;

  it('leakproof scan exits 2 with the config error, quickly (hang guard 60 s)', () => {
    const dir = tempTree({ '.leakproof.json': configWith('(?<secret>(a+)+$)'), 'input.txt': hostile });
    const result = spawnSync(process.execPath, [CLI, 'scan', '.'], { cwd: dir, encoding: 'utf8', timeout: HANG_GUARD_MS, env: cleanEnv() });
    assert.equal(result.error, undefined, 'the CLI finished before the hang guard');
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /\.leakproof\.json:5:\d+: regex for "acme\.token" is rejected because/);
  });

  it('git commit through the installed hook is blocked with the config error, never hung', () => {
    const repo = makeRepo();
    write(repo, { '.leakproof.json': configWith('(a|aa)+$'), 'input.txt': hostile });
    const install = spawnSync(process.execPath, [CLI, 'install-hook'], {
      cwd: repo,
      encoding: 'utf8',
      timeout: HANG_GUARD_MS,
      env: cleanEnv(),
    });
    assert.equal(install.status, 0, install.stderr);
    git(repo, 'add', '.');
    const commit = spawnSync('git', ['commit', '-q', '-m', 'hostile pattern'], {
      cwd: repo,
      encoding: 'utf8',
      timeout: HANG_GUARD_MS,
      env: cleanEnv(),
    });
    assert.equal(commit.error, undefined, 'git commit finished before the hang guard');
    assert.notEqual(commit.status, 0, 'the commit is blocked (fail closed)');
    assert.match(
      commit.stderr + commit.stdout,
      /regex for "acme\.token" is rejected because an unboundedly repeated group contains an alternation/,
    );
  });

  it('a safe custom pattern still finds its token', () => {
    const secret = `acme_${fake(B62, 32, 'regex-safety')}`;
    const dir = tempTree({ '.leakproof.json': configWith('(?<secret>acme_[A-Za-z0-9]{32})'), 'input.txt': `${hostile}key = ${secret}\n` });
    const result = spawnSync(process.execPath, [CLI, 'scan', '.', '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: HANG_GUARD_MS,
      env: cleanEnv(),
    });
    assert.equal(result.status, 1, result.stderr);
    const report = JSON.parse(result.stdout) as { findings: { detector: string }[] };
    assert.deepEqual(
      report.findings.map((f) => f.detector),
      ['acme.token'],
    );
  });
});
