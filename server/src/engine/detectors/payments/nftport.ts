/** nftport (NFT minting and data API): payments and commerce. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE, UUID_LOWER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'nftport.api-key',
    title: 'NFTPort API key',
    keywords: ['nftport'],
    providers: [phrase('nftport')],
    kinds: ['key', 'token', 'secret'],
    // A lower-case UUID under an `nftport` name (the key has no prefix).
    value: UUID_LOWER,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Mints and deploys NFTs and contracts and reads NFT data on the account, billed to its plan.',
      revoke: 'dashboard.nftport.xyz → API key → regenerate the key.',
      url: 'https://dashboard.nftport.xyz/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
