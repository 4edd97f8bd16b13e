/** checkly (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { defineDetector, type Detector, HEX, isNotMixedHex, prefixedToken, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'checkly.api-key',
    title: 'Checkly API key',
    keywords: ['cu_'],
    scope: 'document',
    pattern: () => prefixedToken('cu_', HEX, 32),
    post: [(c) => isNotMixedHex({ ...c, value: c.value.slice(3) })],
    guide: {
      grants: 'Manages the Checkly account: checks (with their secrets and environment variables), alert channels, private locations.',
      revoke: 'Checkly → User settings → API keys → delete the key.',
      url: 'https://app.checklyhq.com/settings/user/api-keys',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
