/** meistertask (task management): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'meistertask.api-key',
    title: 'MeisterTask API token',
    keywords: ['meistertask'],
    providers: [phrase('meistertask')],
    kinds: ['key', 'token', 'secret'],
    // 43 [A-Za-z0-9] under a `meistertask` name.
    value: '[A-Za-z0-9]{43}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Acts as the user on projects, tasks and comments.',
      revoke: 'MeisterTask → Account settings → Developer → revoke the personal access token.',
      url: 'https://www.mindmeister.com/api',
    },
  }),
];
