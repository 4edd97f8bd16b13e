/** numverify (apilayer API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'numverify.api-key',
    title: 'numverify API access key',
    keywords: ['numverify'],
    providers: [phrase('numverify')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under a `numverify` name: an apilayer access key, sent as `access_key=` (no prefix).
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs phone number validation on the account's monthly quota.",
      revoke: 'numverify dashboard → Reset the API access key (the old key stops working).',
      url: 'https://numverify.com/dashboard',
    },
  }),
];
