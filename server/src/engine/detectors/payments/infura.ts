/** infura (Ethereum node provider (MetaMask Developer)): payments and commerce. */
import { contextual, type Detector, isNotMixedHex, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'infura.api-key',
    title: 'Infura API key or API key secret',
    keywords: ['infura'],
    providers: [phrase('infura')],
    kinds: ['key', 'secret'],
    // 32 hex (CREDENTIAL-FORMATS.md §4, infura.project_secret); `INFURA_PROJECT_ID` names an id, not a key, and does not match.
    value: '[0-9a-f]{32}',
    post: [isNotMixedHex],
    guide: {
      grants:
        "Sends JSON-RPC requests to Ethereum and the other networks the key allows, billed to the account's quota; the key secret also passes the key's allowlists.",
      revoke:
        'developer.metamask.io (formerly infura.io) → the API key → Delete, then create a new key and update every client and RPC URL that used it.',
      url: 'https://developer.metamask.io/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
