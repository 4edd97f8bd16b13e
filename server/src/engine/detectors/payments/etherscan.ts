/** etherscan (block explorer API): payments and commerce. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'etherscan.api-key',
    title: 'Etherscan API key',
    keywords: ['etherscan'],
    providers: [phrase('etherscan')],
    kinds: ['key', 'token', 'secret'],
    // 34 upper-case letters and digits (CREDENTIAL-FORMATS.md §4, etherscan.api_key).
    value: '[0-9A-Z]{34}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        "Queries the Etherscan API (accounts, contracts, transactions, contract verification) on the account's rate limit; no wallet access.",
      revoke: 'etherscan.io → My Account → API Keys → delete the key and add a new one.',
      url: 'https://etherscan.io/myapikey',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
