/** Cloudsmith API keys (CREDENTIAL-FORMATS.md §2). */
import { assignment, ci, defineDetector, HEX, providerKindName, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'cloudsmith.api-key',
    title: 'Cloudsmith API key',
    keywords: ['cloudsmith'],
    pattern: () => assignment([providerKindName([ci('cloudsmith')], ['key', 'token', 'password'], { gap: 24 })], `[${HEX.re}]{40}`),
    minEntropy: 3.0,
    guide: {
      grants: 'Acts as the Cloudsmith user: reads and publishes packages in every repository the user can access.',
      revoke: 'Cloudsmith → User settings → API key → Refresh (invalidates the old key).',
      url: 'https://cloudsmith.io/user/settings/api/',
      store: 'Use OIDC from CI or a service account key in the CI secret store.',
    },
  }),
];
