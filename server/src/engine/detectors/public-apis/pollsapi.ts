/** pollsapi (polls API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'pollsapi.api-key',
    title: 'PollsAPI key',
    keywords: ['pollsapi', 'polls_api'],
    providers: [phrase('polls api')],
    kinds: ['key', 'token', 'secret'],
    // 28 upper-case letters and digits under a `pollsapi` name.
    value: '[A-Z0-9]{28}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Creates and reads the account's polls and votes.",
      revoke: 'pollsapi.com → dashboard → regenerate the API key.',
      url: 'https://pollsapi.com/',
    },
  }),
];
