/** Neon API keys (`napi_…`). */
import { CONNECTION_SETTINGS_STORE, LOWER_DIGITS, defineDetector, prefixedToken, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'neon.api-key',
    title: 'Neon API key',
    keywords: ['napi_'],
    scope: 'document',
    // `napi_` + 64 [a-z0-9] (unverified: accept 60–80).
    pattern: () => prefixedToken('napi_', LOWER_DIGITS, [60, 80]),
    minEntropy: 3.5,
    guide: {
      grants:
        "Manages the Neon account's projects through the API: create and delete databases and branches, read connection strings and reset passwords.",
      revoke: 'Neon Console → Account settings → API keys → Revoke.',
      url: 'https://console.neon.tech/app/settings/api-keys',
      store: CONNECTION_SETTINGS_STORE,
    },
  }),
];
