/** nasdaq (financial-data API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'nasdaq.api-key',
    title: 'Nasdaq Data Link (Quandl) API key',
    keywords: ['nasdaq', 'quandl'],
    providers: [phrase('nasdaq'), phrase('quandl')],
    kinds: ['key', 'token', 'secret'],
    // 20 [A-Za-z0-9_-] under a `nasdaq` or `quandl` name (Nasdaq Data Link is the former Quandl).
    value: '[A-Za-z0-9_-]{20}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Downloads the datasets and tables the account subscribes to, including premium ones.',
      revoke: 'data.nasdaq.com → Account Settings → API key → regenerate.',
      url: 'https://data.nasdaq.com/account/profile',
    },
  }),
];
