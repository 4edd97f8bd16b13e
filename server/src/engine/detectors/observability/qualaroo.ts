/** qualaroo (in-app surveys): observability and analytics. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'qualaroo.api-key',
    title: 'Qualaroo API key',
    keywords: ['qualaroo'],
    providers: [phrase('qualaroo')],
    kinds: ['key', 'token', 'secret'],
    // 64 [A-Za-z0-9=] under a `qualaroo` name.
    value: '[A-Za-z0-9=]{64}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads the account's nudges (surveys) and their responses.",
      revoke: 'Qualaroo → Account → API → regenerate the key and secret.',
      url: 'https://app.qualaroo.com/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
