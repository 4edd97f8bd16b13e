import type * as Crypto from 'node:crypto';
import { isUnguessable } from './guessability.js';

/**
 * `node:crypto` is loaded on first use: most runs of the pre-commit hook find nothing to hash, and
 * loading it eagerly costs ~10 ms of the hook's start-up budget.
 */
let crypto: typeof Crypto | undefined;
export function nodeCrypto(): typeof Crypto {
  crypto ??= process.getBuiltinModule('node:crypto');
  return crypto;
}

function sha256Hex(text: string): string {
  return nodeCrypto().createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The cost of every hash written to disk or shown (allowlists, baselines, reports). Secrets people
 * commit are often short human passwords: an unsalted SHA-256 of `Summer2024!` falls to a
 * dictionary in milliseconds. scrypt with N=2^12, r=8, p=1 (4 MiB of memory per guess) took
 * ~11 ms per derivation on the 2-core development machine, ~7 000× one SHA-256 of the same value
 * (~1.6 µs); N=2^14 took ~48 ms. The lower one is chosen because a scan pays the cost once per
 * *distinct* secret it reports: a repository of test fixtures with 2 400 tokens takes ~25 s more
 * at N=2^12 and ~2 min at N=2^14. Against an attacker each guess costs 4 MiB and ~11 ms of a core,
 * per repository salt: a 10-million-word list is ~30 core-hours per repository instead of seconds
 * for all of them, and memory-hardness blunts GPUs.
 */
export const HASH_COST = { N: 2 ** 12, r: 8, p: 1, keyLength: 32 } as const;
const SCRYPT_MAXMEM = 32 * 1024 * 1024;

/** Prefix of slow salted hashes and fingerprints; bare 64-hex (or `sha256:`) ones are the unsalted kind of earlier versions. */
export const HASH_PREFIX = 'scrypt:';
/** Prefix of keyed fast hashes: only ever shown for values too random to guess (see guessability.ts). */
export const KEYED_HASH_PREFIX = 'hmac:';

/** Which salted hash a value gets: the keyed fast one for random tokens, the slow one for anything a person could have chosen. */
export type HashKind = 'scrypt' | 'hmac';

/**
 * Used until a repository has its own salt (`"salt"` in `.leakproof.json`, created by the first
 * command that writes a hash). Public, so shared by every unsalted repository: still slow, but one
 * dictionary serves them all — hence each repository gets its own as soon as something is written.
 */
export const DEFAULT_SALT = 'leakproof:default-salt:v2';

/** A fresh repository salt: 16 random bytes, hex. */
export function newSalt(): string {
  return nodeCrypto().randomBytes(16).toString('hex');
}

/**
 * Derivations by sha256(salt, value), so one scan (or one language server) derives each distinct
 * secret once per salt. Keyed by a digest, never the value: the cache must not keep secrets alive.
 */
const derived = new Map<string, string>();
const CACHE_LIMIT = 4096;

function slowDigest(value: string, salt: string): string {
  const key = sha256Hex(`${salt}\u0000${value}`);
  const cached = derived.get(key);
  if (cached !== undefined) return cached;
  const { N, r, p, keyLength } = HASH_COST;
  const hex = nodeCrypto().scryptSync(value, `leakproof\u0000${salt}`, keyLength, { N, r, p, maxmem: SCRYPT_MAXMEM }).toString('hex');
  if (derived.size >= CACHE_LIMIT) derived.delete(derived.keys().next().value!);
  derived.set(key, hex);
  return hex;
}

/** HMAC-SHA256 keyed by the salt: ~2 µs. Only for values of 112+ credited random bits, which no guessing reaches. */
function keyedDigest(value: string, salt: string): string {
  return nodeCrypto().createHmac('sha256', `leakproof\u0000${salt}`).update(value, 'utf8').digest('hex');
}

/** The kind of hash shown for `value`: decided by the value alone, so every detector that finds it shows the same hash. */
export function hashKindOf(value: string): HashKind {
  return isUnguessable(value) ? 'hmac' : 'scrypt';
}

function digestOf(kind: HashKind, value: string, salt: string): string {
  return kind === 'hmac' ? keyedDigest(value, salt) : slowDigest(value, salt);
}

function prefixOf(kind: HashKind): string {
  return kind === 'hmac' ? KEYED_HASH_PREFIX : HASH_PREFIX;
}

/**
 * The salted hash of a secret value: what allowlists store, never the value itself. Slow (scrypt)
 * unless the value is certainly random; `kind` forces one kind, to match entries already written.
 */
export function secretHash(value: string, salt: string = DEFAULT_SALT, kind: HashKind = hashKindOf(value)): string {
  return `${prefixOf(kind)}${digestOf(kind, value, salt)}`;
}

/**
 * Identity of a finding without its line number (detect-secrets' lesson: line-keyed baselines
 * break on every edit): detector id + the salted hash of the value. Built on the value's hash, so a
 * fingerprint is no cheaper to attack than the hash itself, and one derivation serves both.
 */
export function fingerprintOf(detectorId: string, value: string, salt: string = DEFAULT_SALT, kind: HashKind = hashKindOf(value)): string {
  return `${prefixOf(kind)}${sha256Hex(`${detectorId}\u0000${digestOf(kind, value, salt)}`)}`;
}

/** The salted kind of a hash written earlier, or undefined for the unsalted kind of earlier versions. */
export function saltedKindOf(hash: string): HashKind | undefined {
  if (hash.startsWith(HASH_PREFIX)) return 'scrypt';
  if (hash.startsWith(KEYED_HASH_PREFIX)) return 'hmac';
  return undefined;
}

/** True for the unsalted SHA-256 hashes and fingerprints of earlier versions (`sha256:`-prefixed or bare hex). */
export function isLegacyHash(hash: string): boolean {
  return saltedKindOf(hash) === undefined;
}

/**
 * The unsalted SHA-256 identities of earlier versions. Only ever compared with entries already on
 * disk (transition matching, `leakproof migrate-hashes`); nothing new is written or shown with them.
 */
export function legacySecretHash(value: string): string {
  return sha256Hex(value);
}

export function legacyFingerprintOf(detectorId: string, value: string): string {
  return sha256Hex(`${detectorId}\u0000${value}`);
}
