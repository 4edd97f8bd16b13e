/**
 * A baseline made with salted fingerprints lets commits through a real pre-commit hook when they
 * touch baselined secrets, still blocks new ones, and a version 1 (unsalted) baseline keeps working
 * during the transition with a line naming `leakproof migrate-hashes`.
 */
import assert from 'node:assert/strict';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { legacyFingerprintOf } from '../../server/src/engine/fingerprint.js';
import { CLI, commitFiles, commitWithHooks, git, leakproof, makeRepo, token, write } from './gitHelpers.js';

/** A pre-commit hook that scans the index against the committed baseline. */
function installBaselineHook(repo: string): void {
  const hook = join(repo, '.git', 'hooks', 'pre-commit');
  writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" scan --staged --baseline .leakproof-baseline.json\n`);
  chmodSync(hook, 0o755);
}

describe('baseline through the pre-commit hook', () => {
  it('baselined secrets pass when their lines are touched, a new secret is blocked', () => {
    const known = token('baseline-known');
    const fresh = token('baseline-fresh');
    const repo = makeRepo();
    commitFiles(repo, { 'src/settings.py': `DEBUG = True\nGITHUB = "${known}"\n` }, 'before leakproof');
    const created = leakproof(repo, ['baseline', 'create']);
    assert.equal(created.status, 0, created.stderr);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '--no-verify', '-m', 'adopt leakproof: salt and baseline');
    const baseline = readFileSync(join(repo, '.leakproof-baseline.json'), 'utf8');
    assert.match(baseline, /"fingerprint": "(?:scrypt|hmac):[0-9a-f]{64}"/);
    assert.ok(!baseline.includes(known));
    installBaselineHook(repo);

    // The baselined line is rewritten (re-indented, moved): staged again, still known.
    write(repo, { 'src/settings.py': `DEBUG = False\n\nif True:\n    GITHUB = "${known}"\n` });
    git(repo, 'add', '-A');
    const passed = commitWithHooks(repo, ['-m', 'touch the baselined line']);
    assert.equal(passed.status, 0, passed.stderr);

    write(repo, { 'src/other.py': `TOKEN = "${fresh}"\n` });
    git(repo, 'add', '-A');
    const blocked = commitWithHooks(repo, ['-m', 'a new secret']);
    assert.notEqual(blocked.status, 0, 'a secret outside the baseline is blocked');
    assert.match(blocked.stderr, /src\/other\.py/);
    assert.ok(!blocked.stderr.includes(fresh), 'never the secret itself');
  });

  it('a version 1 (unsalted) baseline still lets baselined secrets through, with one line naming migrate-hashes', () => {
    const known = token('baseline-legacy');
    const repo = makeRepo();
    commitFiles(
      repo,
      {
        'src/settings.py': `GITHUB = "${known}"\n`,
        '.leakproof-baseline.json': JSON.stringify({
          version: 1,
          entries: [
            { fingerprint: legacyFingerprintOf('github.pat-classic', known), path: 'src/settings.py', detector: 'github.pat-classic' },
          ],
        }),
      },
      'an old baseline',
    );
    installBaselineHook(repo);
    write(repo, { 'src/settings.py': `# settings\nGITHUB  =  "${known}"\n` });
    git(repo, 'add', '-A');
    const passed = commitWithHooks(repo, ['-m', 'touch it']);
    assert.equal(passed.status, 0, passed.stderr);
    assert.match(
      passed.stderr,
      /holds 1 unsalted fingerprint\(s\) of an earlier version \(still honoured\): run `leakproof migrate-hashes`/,
    );
  });
});
