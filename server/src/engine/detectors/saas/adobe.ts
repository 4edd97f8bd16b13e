/** adobe (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { alphabet, defineDetector, type Detector, prefixedToken } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'adobe.client-secret',
    title: 'Adobe Developer Console client secret',
    keywords: ['p8e-'],
    scope: 'document',
    pattern: () => prefixedToken('p8e-', alphabet('A-Za-z0-9-'), [32, 40]),
    guide: {
      grants:
        "With the public client ID, obtains OAuth server-to-server tokens for the project's Adobe APIs and product profiles (e.g. Analytics, AEM, Firefly).",
      revoke:
        'Adobe Developer Console → the project → OAuth Server-to-Server credential → Rotate client secret: add a new secret, deploy it, delete the old one.',
      url: 'https://developer.adobe.com/console',
    },
  }),
];
