/** moralis (web3 data API): payments and commerce. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'moralis.api-key',
    title: 'Moralis API key',
    keywords: ['moralis'],
    providers: [phrase('moralis')],
    kinds: ['key', 'token', 'secret'],
    // 64 [A-Za-z0-9] (CREDENTIAL-FORMATS.md §4, moralis.api_key); newer JWT-shaped keys are left to the JWT detector.
    value: '[A-Za-z0-9]{64}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Calls Moralis's wallet, NFT, token and streams APIs on the project's compute-unit quota.",
      revoke: 'admin.moralis.com → Settings → API keys → rotate or delete the key.',
      url: 'https://admin.moralis.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
