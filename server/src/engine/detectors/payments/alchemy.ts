/** alchemy (web3 node provider): payments and commerce. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'alchemy.api-key',
    title: 'Alchemy API key',
    keywords: ['alchemy'],
    providers: [phrase('alchemy')],
    kinds: ['key', 'token', 'secret'],
    // 32 characters of [A-Za-z0-9_-] (CREDENTIAL-FORMATS.md §4, alchemy.api_key).
    value: '[A-Za-z0-9_-]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Calls Alchemy's node, NFT, token and webhook APIs on the app's compute-unit quota.",
      revoke:
        'dashboard.alchemy.com → Apps → the app → API key → rotate the key (or delete the app), then update the RPC URLs that embed it.',
      url: 'https://dashboard.alchemy.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
