/** positionstack (apilayer API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'positionstack.api-key',
    title: 'positionstack API access key',
    keywords: ['positionstack'],
    providers: [phrase('positionstack')],
    kinds: ['key', 'token', 'secret'],
    // 32 [A-Za-z0-9_] under a `positionstack` name (an apilayer access key).
    value: '[A-Za-z0-9_]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs forward and reverse geocoding on the account's monthly quota.",
      revoke: 'positionstack dashboard → Reset the API access key.',
      url: 'https://positionstack.com/dashboard',
    },
  }),
];
