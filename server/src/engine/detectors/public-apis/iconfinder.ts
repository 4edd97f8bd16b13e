/** iconfinder (icon library API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'iconfinder.api-key',
    title: 'Iconfinder API key',
    keywords: ['iconfinder'],
    providers: [phrase('iconfinder')],
    kinds: ['key', 'token', 'secret'],
    // 64 [A-Za-z0-9] under an `iconfinder` name.
    value: '[A-Za-z0-9]{64}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Searches and downloads icons (premium ones billed to the account) through the Iconfinder API.',
      revoke: 'iconfinder.com → Account → API → the application → regenerate the API key.',
      url: 'https://www.iconfinder.com/account/applications',
    },
  }),
];
