/** polygon (market-data API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'polygon.api-key',
    title: 'Polygon.io (Massive) API key',
    keywords: ['polygon'],
    providers: [phrase('polygon io'), phrase('polygon')],
    kinds: ['key', 'token', 'secret'],
    // 32 [A-Za-z0-9] under a `polygon` name (Polygon.io, now Massive).
    value: '[A-Za-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Queries stock, options, forex and crypto market data on the account's subscription.",
      revoke: 'polygon.io → Dashboard → Keys → delete the key and add a new one.',
      url: 'https://polygon.io/dashboard/keys',
    },
  }),
];
