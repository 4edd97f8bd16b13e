/** newscatcher (news API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'newscatcher.api-key',
    title: 'NewsCatcher API key',
    keywords: ['newscatcher'],
    providers: [phrase('newscatcher')],
    kinds: ['key', 'token', 'secret'],
    // 43 [A-Za-z0-9_] under a `newscatcher` name.
    value: '[A-Za-z0-9_]{43}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Searches news articles on the account's plan quota.",
      revoke: 'NewsCatcher dashboard → API key → regenerate.',
      url: 'https://app.newscatcherapi.com/',
    },
  }),
];
