/** marketstack (apilayer API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'marketstack.api-key',
    title: 'marketstack API access key',
    keywords: ['marketstack'],
    providers: [phrase('marketstack')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under a `marketstack` name: an apilayer access key, sent as `access_key=` (no prefix).
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Queries stock market data on the account's monthly quota.",
      revoke: 'marketstack dashboard → Reset the API access key (the old key stops working).',
      url: 'https://marketstack.com/dashboard',
    },
  }),
];
