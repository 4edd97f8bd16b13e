/** pandadoc (document signing): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'pandadoc.api-key',
    title: 'PandaDoc API key',
    keywords: ['pandadoc'],
    providers: [phrase('pandadoc')],
    kinds: ['key', 'token', 'secret'],
    // 40 [A-Za-z0-9] under a `pandadoc` name (sent as `API-Key`).
    value: '[A-Za-z0-9]{40}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Creates, sends and reads the workspace's documents, templates and contacts.",
      revoke: 'PandaDoc → Settings → Integrations → API → delete the key and generate a new one.',
      url: 'https://app.pandadoc.com/a/#/settings/integrations/api',
    },
  }),
];
