/** jupiterone (cyber-asset graph): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'jupiterone.api-key',
    title: 'JupiterOne API key',
    keywords: ['jupiterone'],
    providers: [phrase('jupiterone')],
    kinds: ['key', 'token', 'secret'],
    // 76 [A-Za-z0-9] under a `jupiterone` name.
    value: '[A-Za-z0-9]{76}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Queries and changes the account's asset graph, alerts and integrations with the key's permissions.",
      revoke: 'JupiterOne → Account Management → API Keys → revoke the key.',
      url: 'https://apps.us.jupiterone.io/settings/api-keys',
    },
  }),
];
