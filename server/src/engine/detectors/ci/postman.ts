/** Postman tokens (CREDENTIAL-FORMATS.md §2, CI/CD and developer tooling). */
import { defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'postman.api-key',
    title: 'Postman API key',
    keywords: ['PMAK-'],
    scope: 'document',
    pattern: /(?<![A-Za-z0-9_-])(?<secret>PMAK-[0-9a-f]{24}-[0-9a-f]{34})(?![A-Za-z0-9])/,
    guide: {
      grants:
        'Acts as the Postman user: read and change collections, environments (which often hold other API keys), monitors and workspaces.',
      revoke: 'Postman → Settings → API keys → Revoke; Postman revokes keys found in public workspaces automatically.',
      url: 'https://go.postman.co/settings/me/api-keys',
      store:
        'Keep it in the CI secret store; keep secrets in Postman vault or secret-typed environment variables, not in exported collections.',
    },
  }),
];
