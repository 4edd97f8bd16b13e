/** rebrandly (long tail of providers, issue 9 §3): Rebrandly. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'rebrandly.api-key',
    title: 'Rebrandly API key',
    keywords: ['rebrandly'],
    providers: [phrase('rebrandly')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Creates, edits and deletes branded short links and reads their click statistics in the workspace.',
      revoke: 'Rebrandly → Account → API keys → delete the key and create a new one.',
      url: 'https://app.rebrandly.com/account/api',
    },
  }),
];
