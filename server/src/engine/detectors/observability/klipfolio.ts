/** klipfolio (dashboards): observability and analytics. */
import { contextual, type Detector, isNotMixedHex, phrase, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'klipfolio.api-key',
    title: 'Klipfolio API key',
    keywords: ['klipfolio'],
    providers: [phrase('klipfolio')],
    kinds: ['key', 'token', 'secret'],
    // 40 hex under a `klipfolio` name.
    value: '[0-9a-f]{40}',
    post: [isNotMixedHex],
    guide: {
      grants: "Reads and changes the account's dashboards, klips, data sources and users.",
      revoke: 'Klipfolio → My Profile → API keys → delete the key.',
      url: 'https://app.klipfolio.com/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
