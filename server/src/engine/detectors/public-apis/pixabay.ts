/** pixabay (stock-media API): public-data and media APIs. */
import { contextual, type Detector, isNotMixedHex, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'pixabay.api-key',
    title: 'Pixabay API key',
    keywords: ['pixabay'],
    providers: [phrase('pixabay')],
    kinds: ['key', 'token', 'secret'],
    // The account number, `-`, then 25 hex, under a `pixabay` name.
    value: '[0-9]{5,10}-[0-9a-f]{25}',
    post: [isNotMixedHex],
    guide: {
      grants: "Searches and downloads images and videos on the account's rate limit.",
      revoke: 'Pixabay cannot rotate a key from the site: contact Pixabay support to have the key replaced, and remove it from the code.',
      url: 'https://pixabay.com/api/docs/',
    },
  }),
];
