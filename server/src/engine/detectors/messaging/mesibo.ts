/** mesibo (in-app messaging): messaging and notifications. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'mesibo.api-key',
    title: 'Mesibo app token',
    keywords: ['mesibo'],
    providers: [phrase('mesibo')],
    kinds: ['key', 'token', 'secret'],
    // 64 [A-Za-z0-9] under a `mesibo` name.
    value: '[A-Za-z0-9]{64}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Creates and deletes the app's users and groups and sends messages as the app.",
      revoke: 'mesibo console → the app → Settings → regenerate the app token.',
      url: 'https://console.mesibo.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
