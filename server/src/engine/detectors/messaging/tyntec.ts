/** tyntec (long tail of providers, issue 9 §3): tyntec. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'tyntec.api-key',
    title: 'tyntec API key',
    keywords: ['tyntec'],
    providers: [phrase('tyntec')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Sends SMS, WhatsApp and voice messages billed to the tyntec account and reads message logs.',
      revoke: 'tyntec Business Center → API settings → regenerate the API key.',
      url: 'https://my.tyntec.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
