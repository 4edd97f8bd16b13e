import type * as Crypto from 'node:crypto';

/**
 * `node:crypto` is loaded on first use: most runs of the pre-commit hook find nothing to hash, and
 * loading it eagerly costs ~10 ms of the hook's start-up budget.
 */
let crypto: typeof Crypto | undefined;
export function nodeCrypto(): typeof Crypto {
  crypto ??= process.getBuiltinModule('node:crypto');
  return crypto;
}

function createHash(algorithm: string): Crypto.Hash {
  return nodeCrypto().createHash(algorithm);
}

/** sha256 hex of a secret value: what allowlists and baselines store, never the value itself. */
export function secretHash(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/**
 * Identity of a finding without its line number (detect-secrets' lesson: line-keyed baselines
 * break on every edit). Detector id + secret value, hashed.
 */
export function fingerprintOf(detectorId: string, value: string): string {
  return createHash('sha256').update(`${detectorId}\u0000${value}`, 'utf8').digest('hex');
}
