/** pandascore (esports data API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'pandascore.api-key',
    title: 'PandaScore API token',
    keywords: ['pandascore'],
    providers: [phrase('pandascore')],
    kinds: ['key', 'token', 'secret'],
    // 51 [A-Za-z0-9_-] under a `pandascore` name.
    value: '[A-Za-z0-9_-]{51}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Queries esports data on the account's plan (live, historical, betting data as subscribed).",
      revoke: 'app.pandascore.co → Dashboard → API token → regenerate.',
      url: 'https://app.pandascore.co/dashboard/main',
    },
  }),
];
