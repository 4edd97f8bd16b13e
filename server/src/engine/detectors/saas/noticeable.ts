/** noticeable (changelog and newsroom): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'noticeable.api-key',
    title: 'Noticeable API key',
    keywords: ['noticeable'],
    providers: [phrase('noticeable')],
    kinds: ['key', 'token', 'secret'],
    // 20 [A-Za-z0-9] under a `noticeable` name.
    value: '[A-Za-z0-9]{20}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and publishes the project's posts and newspages through the GraphQL API.",
      revoke: 'Noticeable → Settings → API keys → revoke the key.',
      url: 'https://dashboard.noticeable.io/',
    },
  }),
];
