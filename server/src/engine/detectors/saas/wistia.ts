/** wistia (long tail of providers, issue 9 §3): Wistia. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'wistia.api-key',
    title: 'Wistia API key',
    keywords: ['wistia'],
    providers: [phrase('wistia')],
    kinds: ['key', 'token', 'secret'],
    // 64 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{64}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Per the token's permissions, reads, uploads and deletes videos and reads statistics of the Wistia account.",
      revoke: 'Wistia → Account → Settings → API Access → delete the token and create a new one.',
      url: 'https://wistia.com/support/developers/data-api',
    },
  }),
];
