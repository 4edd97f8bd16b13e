/** Sourcegraph access tokens and Cody Gateway keys (CREDENTIAL-FORMATS.md §2). */
import { defineDetector, HEX, prefixedToken, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'sourcegraph.access-token',
    title: 'Sourcegraph access token',
    keywords: ['sgp_'],
    scope: 'document',
    // Hex bodies only: Segment's `sgp_` tokens (§11) have mixed-case bodies of about 64 characters.
    pattern: /(?<![A-Za-z0-9_])(?<secret>sgp_(?:[0-9a-f]{16}_[0-9a-f]{40}|local_[0-9a-f]{40}|[0-9a-f]{40}))(?![A-Za-z0-9_-])/,
    guide: {
      grants:
        'Acts as the user on the Sourcegraph instance: search all code the user can see (including private repositories), use the GraphQL API and batch changes.',
      revoke: 'Sourcegraph → User settings → Access tokens → Delete.',
      store: 'Keep it in `SRC_ACCESS_TOKEN` from a secret manager or the CI secret store; never commit it.',
    },
  }),
  defineDetector({
    id: 'sourcegraph.cody-gateway-key',
    title: 'Sourcegraph Cody Gateway / license-derived key',
    keywords: ['slk_'],
    scope: 'document',
    pattern: () => prefixedToken('slk_', HEX, 64),
    guide: {
      grants: "Uses the Sourcegraph instance's Cody Gateway (LLM) access billed to the license.",
      revoke: 'Contact Sourcegraph to regenerate the license key, then update the instance configuration.',
      store: "Keep it in the instance's site configuration secrets, not in repositories.",
    },
  }),
];
