/** bscscan (BNB Smart Chain block explorer API): payments and commerce. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'bscscan.api-key',
    title: 'BscScan API key',
    keywords: ['bscscan'],
    providers: [phrase('bscscan')],
    kinds: ['key', 'token', 'secret'],
    // 34 upper-case letters and digits, the Etherscan family format (CREDENTIAL-FORMATS.md §4, etherscan.api_key: "Etherscan / BscScan").
    value: '[0-9A-Z]{34}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Queries the BscScan API (accounts, contracts, contract verification) on the account's rate limit; no wallet access.",
      revoke: 'bscscan.com → My Account → API Keys → delete the key and add a new one.',
      url: 'https://bscscan.com/myapikey',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
