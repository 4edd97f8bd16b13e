/**
 * Ghost Admin API keys (`<24 hex id>:<64 hex secret>`). None has a prefix, so the pattern is anchored on the
 * framework's own setting name, and template / placeholder values (the framework's own defaults included) are
 * negatives (CREDENTIAL-FORMATS.md §10).
 */
import { defineDetector, frameworkGuide, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'ghost.admin-api-key',
    title: 'Ghost Admin API key',
    keywords: ['ghost'],
    scope: 'document',
    // `<24 hex id>:<64 hex secret>` (Ghost Admin API keys; the secret signs short-lived admin JWTs).
    pattern: /(?<![0-9A-Za-z])(?<_id>[0-9a-f]{24}):(?<secret>[0-9a-f]{64})(?![0-9A-Za-z])/,
    minEntropy: 3,
    guide: frameworkGuide(
      'Full admin access to the Ghost site through the Admin API: publish and delete posts, manage members and settings.',
      'Ghost Admin → Settings → Integrations → the custom integration → Regenerate the Admin API key (or delete the integration).',
      'https://ghost.org/docs/admin-api/#token-authentication',
    ),
  }),
];
