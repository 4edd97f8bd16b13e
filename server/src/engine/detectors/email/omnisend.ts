/** omnisend (e-commerce marketing): e-mail. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'omnisend.api-key',
    title: 'Omnisend API key',
    keywords: ['omnisend'],
    providers: [phrase('omnisend')],
    kinds: ['key', 'token', 'secret'],
    // 75 [A-Za-z0-9-] under an `omnisend` name.
    value: '[A-Za-z0-9-]{75}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads and changes contacts, products, orders and campaigns of the store.',
      revoke: 'Omnisend → Store settings → API keys → delete the key.',
      url: 'https://app.omnisend.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
