/** upcdatabase (long tail of providers, issue 9 §3): UPCDatabase. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'upcdatabase.api-key',
    title: 'UPCDatabase API key',
    keywords: ['upcdatabase', 'upc_database', 'upc-database', 'upc.database'],
    providers: [phraseAfterNonLetter('upc database')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Looks up and edits product barcodes on the account's quota.",
      revoke: 'upcdatabase.org → Account → API → regenerate the key.',
      url: 'https://upcdatabase.org/api',
    },
  }),
];
