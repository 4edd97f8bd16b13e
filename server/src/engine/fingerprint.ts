import { createHash } from 'node:crypto';

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
