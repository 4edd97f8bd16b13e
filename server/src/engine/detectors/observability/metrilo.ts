/** metrilo (e-commerce analytics): observability and analytics. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'metrilo.api-key',
    title: 'Metrilo API token',
    keywords: ['metrilo'],
    providers: [phrase('metrilo')],
    kinds: ['key', 'token', 'secret'],
    // 16 [a-z0-9] under a `metrilo` name (the short value is trusted only with the name).
    value: '[a-z0-9]{16}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Sends and reads the store's customer, order and event analytics.",
      revoke: 'Metrilo → Settings → Installation → regenerate the API token.',
      url: 'https://app.metrilo.com/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
