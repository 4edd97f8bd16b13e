/** LaunchDarkly tokens (CREDENTIAL-FORMATS.md §2, CI/CD and developer tooling). */
import { defineDetector, STORE_IN_CI_SECRETS, UUID, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'launchdarkly.sdk-key',
    title: 'LaunchDarkly server-side SDK key',
    // Mobile keys (`mob-`) and client-side IDs are not secret.
    keywords: ['sdk-'],
    scope: 'document',
    pattern: () => new RegExp(`(?<![A-Za-z0-9_-])(?<secret>sdk-${UUID})(?![A-Za-z0-9-])`),
    guide: {
      grants: 'Reads every feature flag and segment of the environment, including targeting rules with user data; cannot change flags.',
      revoke:
        'LaunchDarkly → Project settings → Environments → the environment → Reset the SDK key (optionally with an expiry for the old one).',
      url: 'https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys',
      store: "Keep it in the server's secret store or environment; it must never reach browsers or mobile apps.",
    },
  }),
  defineDetector({
    id: 'launchdarkly.api-token',
    title: 'LaunchDarkly API access token',
    // `api-` + UUID is only LaunchDarkly's with LaunchDarkly named on the line.
    keywords: ['launchdarkly', 'ld_api', 'ld_access'],
    pattern: () => new RegExp(`(?<![A-Za-z0-9_-])(?<secret>api-${UUID})(?![A-Za-z0-9-])`),
    guide: {
      grants:
        "Calls the LaunchDarkly REST API with the token's role: read or change flags, targeting and environments (a writer token can switch features on in production).",
      revoke: 'LaunchDarkly → Organization settings → Authorization → Access tokens → Delete (or Reset).',
      url: 'https://app.launchdarkly.com/settings/authorization',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
