/** podio (work management): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'podio.api-key',
    title: 'Podio API key',
    keywords: ['podio'],
    providers: [phrase('podio')],
    kinds: ['key', 'token', 'secret'],
    // 32 [a-z0-9] under a `podio` name.
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'With the client id, authenticates as the app or user on workspaces, apps and items.',
      revoke: 'Podio → Account settings → API keys → delete the key.',
      url: 'https://podio.com/settings/api',
    },
  }),
];
