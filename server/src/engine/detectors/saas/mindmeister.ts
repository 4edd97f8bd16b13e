/** mindmeister (mind mapping): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'mindmeister.api-key',
    title: 'MindMeister API token',
    keywords: ['mindmeister'],
    providers: [phrase('mindmeister')],
    kinds: ['key', 'token', 'secret'],
    // 43 [A-Za-z0-9] under a `mindmeister` name.
    value: '[A-Za-z0-9]{43}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Acts as the user on mind maps and folders.',
      revoke: 'MindMeister → Account settings → Developer → revoke the personal access token.',
      url: 'https://www.mindmeister.com/api',
    },
  }),
];
