/**
 * What the CLI writes and shows holds no recoverable secret: the repository salt is created by the
 * first command that writes a hash, a committed allowlist hash of a human password resists a
 * dictionary, hashes are stable across processes and differ across repositories, and
 * `leakproof migrate-hashes` rewrites the unsalted entries of earlier versions it can verify.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { fingerprintOf, hashKindOf, legacyFingerprintOf, legacySecretHash, secretHash } from '../../server/src/engine/fingerprint.js';
import { commonPasswords } from '../engine/passwords.js';
import { git, leakproof, makeRepo, write } from '../hooks/gitHelpers.js';
import type { JsonReport } from '../helpers.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const PASSWORD_FILE = 'config/settings.py';
const passwordLine = (password: string) => `DB_PASSWORD = "${password}"\n`;

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function scanReport(repo: string, args: readonly string[] = []): { status: number | null; report: JsonReport; stderr: string } {
  const result = leakproof(repo, ['scan', '.', '--format', 'json', ...args]);
  return { status: result.status, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

/** The `{"hash": "…"}` the text output proposes for the finding (what a user copies). */
function proposedHash(repo: string): string {
  const text = leakproof(repo, ['scan', '.', '--no-color']).stdout;
  const hash = /\{"hash": "([^"]+)"\}/.exec(text)?.[1];
  assert.ok(hash, text);
  return hash;
}

describe('hashes written to a repository', () => {
  it('a committed allowlist hash of `Summer2024!` is salted, slow and not found by a fast dictionary attack', () => {
    const repo = makeRepo();
    write(repo, { [PASSWORD_FILE]: passwordLine('Summer2024!') });
    // The first command that writes hashes creates the salt.
    const migrated = leakproof(repo, ['migrate-hashes']);
    assert.equal(migrated.status, 0, migrated.stderr);
    assert.match(migrated.stderr, /created a salt for this repository/);
    const hash = proposedHash(repo);
    const config = readJson<{ salt: string }>(join(repo, '.leakproof.json'));
    writeFileSync(
      join(repo, '.leakproof.json'),
      JSON.stringify({ salt: config.salt, allowlist: [{ hash, reason: 'local dev database' }] }, null, 2),
    );
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '--no-verify', '-m', 'allow the dev password');

    const committed = JSON.parse(git(repo, 'show', 'HEAD:.leakproof.json')) as { salt: string; allowlist: { hash: string }[] };
    const stored = committed.allowlist[0]!.hash;
    assert.match(stored, /^scrypt:[0-9a-f]{64}$/);
    assert.notEqual(stored.replace(/^scrypt:/, ''), sha256('Summer2024!'));
    const digest = stored.replace(/^scrypt:/, '');
    for (const guess of commonPasswords()) {
      for (const attempt of [sha256(guess), sha256(`${committed.salt}${guess}`), sha256(`${guess}${committed.salt}`)])
        assert.notEqual(attempt, digest);
    }
    assert.ok(!git(repo, 'show', 'HEAD:.leakproof.json').includes('Summer2024!'));
    // And the entry does its job.
    assert.equal(scanReport(repo).status, 0);
  });

  it('the same secret and salt give the same fingerprint in separate processes; another repository salt gives another', () => {
    const token = fakeGithubToken('ghp_', 'cli-stability');
    const [first, second] = [makeRepo(), makeRepo()];
    for (const repo of [first, second]) {
      write(repo, { 'a.env': `GH_TOKEN=${token}\n` });
      assert.equal(leakproof(repo, ['migrate-hashes']).status, 0);
    }
    const fingerprint = (repo: string) => scanReport(repo).report.findings[0]!.fingerprint;
    const once = fingerprint(first);
    assert.match(once, /^(?:scrypt|hmac):[0-9a-f]{64}$/);
    assert.equal(fingerprint(first), once, 'stable across runs');
    assert.notEqual(fingerprint(second), once, 'per-repository salt');
    assert.notEqual(once, legacyFingerprintOf('github.pat-classic', token));
  });

  it('baseline create brings the salt and writes salted fingerprints only', () => {
    const token = fakeGithubToken('ghp_', 'cli-baseline');
    const repo = makeRepo();
    write(repo, { 'a.env': `GH_TOKEN=${token}\n` });
    const created = leakproof(repo, ['baseline', 'create']);
    assert.equal(created.status, 0, created.stderr);
    assert.match(readJson<{ salt: string }>(join(repo, '.leakproof.json')).salt, /^[0-9a-f]{32}$/);
    const baseline = readJson<{ version: number; entries: { fingerprint: string }[] }>(join(repo, '.leakproof-baseline.json'));
    assert.equal(baseline.version, 2);
    assert.match(baseline.entries[0]!.fingerprint, /^(?:scrypt|hmac):[0-9a-f]{64}$/);
    assert.equal(scanReport(repo, ['--baseline', '.leakproof-baseline.json']).status, 0);
  });
});

describe('hashes of random tokens', () => {
  it('a token shows a keyed `hmac:` hash; the slow `scrypt:` entries earlier versions wrote for it still match', () => {
    const token = fakeGithubToken('ghp_', 'cli-keyed');
    assert.equal(hashKindOf(token), 'hmac', 'the fake is random enough for the keyed hash');
    const salt = 'c'.repeat(32);
    const repo = makeRepo();
    write(repo, { '.leakproof.json': JSON.stringify({ salt }), 'a.env': `GH_TOKEN=${token}\n`, 'b.env': `GH_TOKEN=${token}\n` });
    const plain = scanReport(repo);
    assert.equal(plain.status, 1);
    assert.match(plain.report.findings[0]!.fingerprint, /^hmac:[0-9a-f]{64}$/);
    assert.equal(proposedHash(repo), secretHash(token, salt));

    // Written by an earlier version: an allowlist hash for one file, a baseline entry for the other.
    const slowFingerprint = fingerprintOf('github.pat-classic', token, salt, 'scrypt');
    write(repo, {
      '.leakproof.json': JSON.stringify({ salt, allowlist: [{ hash: secretHash(token, salt, 'scrypt'), path: 'a.env' }] }),
      'old-baseline.json': JSON.stringify({
        version: 2,
        entries: [{ fingerprint: slowFingerprint, path: 'b.env', detector: 'github.pat-classic' }],
      }),
    });
    const old = scanReport(repo, ['--baseline', 'old-baseline.json']);
    assert.equal(old.status, 0, JSON.stringify(old.report.findings));
    assert.equal(old.report.stats.allowlisted, 1);
    assert.equal(old.report.stats.baselined, 1);

    // The same baseline named in the configuration (matched by the scanner, as the hooks and the editor do).
    write(repo, { '.leakproof.json': JSON.stringify({ salt, baseline: 'old-baseline.json' }) });
    const configured = scanReport(repo);
    assert.equal(configured.report.stats.baselined, 1, 'b.env is baselined');
    assert.deepEqual(
      configured.report.findings.map((f) => f.path),
      ['a.env'],
      'a.env is not: its allowlist entry is gone',
    );
  });
});

describe('migrate-hashes', () => {
  it('rewrites the unsalted entries it can verify, keeps comments, lists the rest; old entries match meanwhile with a warning', () => {
    const kept = fakeGithubToken('ghp_', 'migrate-kept');
    const baselined = fakeGithubToken('ghp_', 'migrate-baselined');
    const gone = fakeGithubToken('ghp_', 'migrate-gone');
    const repo = makeRepo();
    const config = `// team settings\n{\n  "allowlist": [\n    { "hash": "${legacySecretHash(kept)}", "reason": "fixture" },\n    { "hash": "sha256:${legacySecretHash(gone)}", "reason": "rotated" }\n  ]\n}\n`;
    write(repo, {
      '.leakproof.json': config,
      'fixtures/a.env': `GH_TOKEN=${kept}\n`,
      'src/b.env': `GH_TOKEN=${baselined}\n`,
      '.leakproof-baseline.json': JSON.stringify({
        version: 1,
        entries: [{ fingerprint: legacyFingerprintOf('github.pat-classic', baselined), path: 'src/b.env', detector: 'github.pat-classic' }],
      }),
    });

    // Transition: the old entries still match, and each file says once how to end it.
    const before = scanReport(repo, ['--baseline', '.leakproof-baseline.json']);
    assert.equal(before.status, 0, before.stderr);
    assert.equal(before.report.stats.allowlisted, 1);
    assert.equal(before.report.stats.baselined, 1);
    assert.match(before.stderr, /\.leakproof\.json holds 2 unsalted sha256 allowlist hash\(es\).*run `leakproof migrate-hashes`/);
    assert.match(before.stderr, /\.leakproof-baseline\.json holds 1 unsalted fingerprint\(s\).*run `leakproof migrate-hashes`/);

    const run = leakproof(repo, ['migrate-hashes']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /migrated 1 allowlist hash\(es\) and 1 baseline entr\(ies\)/);
    assert.match(run.stderr, /1 old entr\(ies\) could not be re-derived .*allowlist\[1\]/);

    const text = readFileSync(join(repo, '.leakproof.json'), 'utf8');
    assert.ok(text.startsWith('// team settings\n'), text);
    const after = JSON.parse(text.replace(/^\/\/.*\n/, '')) as { salt: string; allowlist: { hash: string }[] };
    assert.match(after.salt, /^[0-9a-f]{32}$/);
    assert.match(after.allowlist[0]!.hash, /^(?:scrypt|hmac):[0-9a-f]{64}$/);
    assert.equal(after.allowlist[1]!.hash, `sha256:${legacySecretHash(gone)}`, 'unverifiable: left as it was');
    const baseline = readJson<{ version: number; entries: { fingerprint: string }[] }>(join(repo, '.leakproof-baseline.json'));
    assert.equal(baseline.version, 2);
    assert.match(baseline.entries[0]!.fingerprint, /^(?:scrypt|hmac):[0-9a-f]{64}$/);
    for (const written of [text, readFileSync(join(repo, '.leakproof-baseline.json'), 'utf8')]) {
      for (const secret of [kept, baselined, gone]) assert.ok(!written.includes(secret));
    }

    const migrated = scanReport(repo, ['--baseline', '.leakproof-baseline.json']);
    assert.equal(migrated.status, 0, migrated.stderr);
    assert.equal(migrated.report.stats.allowlisted, 1);
    assert.equal(migrated.report.stats.baselined, 1);
    assert.doesNotMatch(migrated.stderr, /unsalted fingerprint/);
    assert.match(migrated.stderr, /holds 1 unsalted sha256 allowlist hash/, 'the unverifiable entry is still named');
  });
});
