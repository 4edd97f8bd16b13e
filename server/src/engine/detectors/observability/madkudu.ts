/** madkudu (customer scoring): observability and analytics. */
import { contextual, type Detector, isNotMixedHex, phrase, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'madkudu.api-key',
    title: 'MadKudu API key',
    keywords: ['madkudu'],
    providers: [phrase('madkudu')],
    kinds: ['key', 'token', 'secret'],
    // 32 hex under a `madkudu` name.
    value: '[0-9a-f]{32}',
    post: [isNotMixedHex],
    guide: {
      grants: 'Reads lead and account scores and pushes events to the MadKudu tenant.',
      revoke: 'MadKudu app → Settings → API key → regenerate.',
      url: 'https://app.madkudu.com/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
