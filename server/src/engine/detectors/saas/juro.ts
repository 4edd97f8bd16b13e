/** juro (contract management): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'juro.api-key',
    title: 'Juro API key',
    keywords: ['juro'],
    providers: [phrase('juro')],
    kinds: ['key', 'token', 'secret'],
    // 40 [A-Za-z0-9] under a `juro` name.
    value: '[A-Za-z0-9]{40}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Creates, reads and sends the workspace's contracts and templates.",
      revoke: 'Juro → Settings → Integrations → API → revoke the key.',
      url: 'https://app.juro.com/',
    },
  }),
];
