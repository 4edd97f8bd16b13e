/** canva (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, ci, defineDetector, type Detector, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'canva.client-secret',
    title: 'Canva Connect client secret',
    keywords: ['canva'],
    // `canva` but not `canvas` (checked on the variable name).
    pattern: () =>
      assignment(
        providerNames(
          ['canva'],
          ['secret'].map((x) => ci(x)),
        ),
        '[A-Za-z0-9_-]{32,100}',
      ),
    minEntropy: 3.5,
    post: [({ groups }) => (groups.name && /canvas/i.test(groups.name) ? 'canvas, not Canva' : undefined)],
    guide: {
      grants: "With the client ID, runs Canva Connect OAuth flows as your integration and acts on users' designs within its scopes.",
      revoke: 'Canva Developer Portal → Your integrations → the integration → Configuration → Credentials → Generate a new secret.',
      url: 'https://www.canva.com/developers/integrations',
    },
  }),
];
