/** Public API of the engine: what the CLI and the language server import. */
export * from './types.js';
export {
  Scanner,
  DEFAULT_SCAN_OPTIONS,
  widenRegion,
  capPerKey,
  type ScanOptions,
  type ScanCallOptions,
  type AllowlistRule,
} from './scanner.js';
export { ALL_DETECTORS, DETECTORS_BY_ID } from './detectors/index.js';
export { redact } from './redact.js';
export {
  secretHash,
  fingerprintOf,
  legacySecretHash,
  legacyFingerprintOf,
  isLegacyHash,
  newSalt,
  DEFAULT_SALT,
  HASH_COST,
  HASH_PREFIX,
  KEYED_HASH_PREFIX,
  saltedKindOf,
  hashKindOf,
  type HashKind,
} from './fingerprint.js';
export { LineIndex } from './lines.js';
export { CONFIDENCE_LEVELS, atLeast as confidenceAtLeast, derivedConfidence } from './detectors/kit/confidence.js';
