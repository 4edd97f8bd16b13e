/** postageapp (transactional e-mail): e-mail. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'postageapp.api-key',
    title: 'PostageApp API key',
    keywords: ['postageapp', 'postage_app'],
    providers: [phrase('postage app')],
    kinds: ['key', 'token', 'secret'],
    // 32 [A-Za-z0-9] under a `postageapp` name.
    value: '[A-Za-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Sends e-mail through the project and reads its message history.',
      revoke: 'PostageApp → the project → API key → regenerate.',
      url: 'https://secure.postageapp.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
