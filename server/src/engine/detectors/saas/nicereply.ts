/** nicereply (customer satisfaction surveys): SaaS productivity and CRM. */
import { contextual, type Detector, isNotMixedHex, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'nicereply.api-key',
    title: 'Nicereply API key',
    keywords: ['nicereply'],
    providers: [phrase('nicereply')],
    kinds: ['key', 'token', 'secret'],
    // 40 hex under a `nicereply` name.
    value: '[0-9a-f]{40}',
    post: [isNotMixedHex],
    guide: {
      grants: "Reads and manages the account's ratings, surveys and users.",
      revoke: 'Nicereply → Settings → API → regenerate the key.',
      url: 'https://app.nicereply.com/',
    },
  }),
];
