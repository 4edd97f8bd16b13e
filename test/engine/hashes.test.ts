/**
 * Hashes that are written or shown cannot be turned back into the secret: salted, deliberately
 * slow (scrypt), stable for one salt, different across salts; the unsalted ones of earlier
 * versions still match during the transition.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { ALL_DETECTORS, Scanner, fingerprintOf, legacySecretHash, newSalt, secretHash } from '../../server/src/engine/index.js';
import { parseConfig, scanOptionsFrom } from '../../server/src/engine/config.js';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { commonPasswords } from './passwords.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('salted slow hashes', () => {
  it('the hash of `Summer2024!` is not its SHA-256 and a fast dictionary attack with the salt finds nothing', () => {
    const salt = newSalt();
    const stored = secretHash('Summer2024!', salt);
    assert.match(stored, /^scrypt:[0-9a-f]{64}$/);
    const digest = stored.slice('scrypt:'.length);
    const dictionary = commonPasswords();
    assert.equal(dictionary.length, 1000);
    assert.ok(dictionary.includes('Summer2024!'));
    for (const guess of dictionary) {
      for (const attempt of [sha256(guess), sha256(`${salt}${guess}`), sha256(`${guess}${salt}`), sha256(`${salt}\u0000${guess}`)]) {
        assert.notEqual(attempt, digest, 'a plain SHA-256 guess must never reproduce the stored hash');
      }
    }
  });

  it('one derivation costs at least ~1000× a SHA-256 of the same value (ratio in one run, no absolute time)', () => {
    const salt = newSalt();
    const values = Array.from({ length: 6 }, (_, i) => `Summer202${i}!`); // distinct: the cache must not help
    const slowStart = process.hrtime.bigint();
    for (const value of values) secretHash(value, salt);
    const slow = Number(process.hrtime.bigint() - slowStart) / values.length;
    const rounds = 20_000;
    const fastStart = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) sha256(`Summer2024!${i}`);
    const fast = Number(process.hrtime.bigint() - fastStart) / rounds;
    assert.ok(slow / fast >= 1000, `scrypt/sha256 cost ratio ${(slow / fast).toFixed(0)} (want ≥ 1000)`);
  });

  it('is stable for one salt and differs across salts, for hashes and fingerprints alike', () => {
    const token = fakeGithubToken('ghp_', 'hash-stability');
    const [a, b] = [newSalt(), newSalt()];
    assert.notEqual(a, b);
    assert.equal(secretHash(token, a), secretHash(token, a));
    assert.notEqual(secretHash(token, a), secretHash(token, b));
    assert.equal(fingerprintOf('github.pat-classic', token, a), fingerprintOf('github.pat-classic', token, a));
    assert.notEqual(fingerprintOf('github.pat-classic', token, a), fingerprintOf('github.pat-classic', token, b));
    assert.notEqual(fingerprintOf('github.pat-classic', token, a), secretHash(token, a));
  });

  it('scans with the salt of the configuration; allowlists match salted and (transition) unsalted entries', () => {
    const token = fakeGithubToken('ghp_', 'hash-allowlist');
    const salt = newSalt();
    const text = `gh = "${token}"\n`;
    const scanWith = (config: string) =>
      new Scanner(ALL_DETECTORS, scanOptionsFrom(parseConfig(config, '.leakproof.json'))).scan({ text, path: 'a.py' }).findings;
    const [plain] = scanWith(JSON.stringify({ salt }));
    assert.equal(plain?.secretHash, secretHash(token, salt));
    assert.ok(!plain?.insights.some((i) => i.kind === 'allowlisted'));
    // Earlier versions wrote the slow kind for every value: those entries match a token that now shows `hmac:`.
    const slow = [secretHash(token, salt, 'scrypt'), fingerprintOf('github.pat-classic', token, salt, 'scrypt')];
    for (const hash of [
      secretHash(token, salt),
      plain.fingerprint,
      ...slow,
      legacySecretHash(token),
      `sha256:${legacySecretHash(token)}`,
    ]) {
      const [finding] = scanWith(JSON.stringify({ salt, allowlist: [{ hash }] }));
      assert.ok(
        finding?.insights.some((i) => i.kind === 'allowlisted'),
        `allowlisted by ${hash.slice(0, 12)}…`,
      );
    }
    // A hash derived with another repository's salt does not match here.
    const [other] = scanWith(JSON.stringify({ salt, allowlist: [{ hash: secretHash(token, newSalt()) }] }));
    assert.ok(!other?.insights.some((i) => i.kind === 'allowlisted'));
  });

  it('never puts the unsalted identities in anything copied, serialised or spread', () => {
    const token = fakeGithubToken('ghp_', 'hash-hidden');
    const [finding] = new Scanner(ALL_DETECTORS).scan({ text: `gh = "${token}"\n`, path: 'a.py' }).findings;
    assert.ok(finding);
    assert.equal(finding.legacySecretHash, legacySecretHash(token));
    const copies = [JSON.stringify(finding), JSON.stringify({ ...finding }), JSON.stringify(structuredClone(finding))];
    for (const copy of copies) {
      assert.ok(!copy.includes(legacySecretHash(token)), 'no unsalted hash in a copy');
      assert.ok(copy.includes(finding.secretHash), 'the salted one is there');
    }
  });

  it('rejects a malformed salt with its position', () => {
    assert.throws(() => parseConfig('{ "salt": "not hex" }', '.leakproof.json'), /\.leakproof\.json:1:11: "salt" must be lower-case hex/);
  });
});
