/** ReadMe tokens (CREDENTIAL-FORMATS.md §2, CI/CD and developer tooling). */
import { defineDetector, LOWER_DIGITS, prefixedToken, STORE_IN_CI_SECRETS, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'readme.api-key',
    title: 'ReadMe API key',
    keywords: ['rdme_'],
    scope: 'document',
    pattern: () => prefixedToken('rdme_', LOWER_DIGITS, 70),
    guide: {
      grants:
        'Changes the ReadMe developer hub of the project: API definitions, docs, changelogs and, with metrics access, API request logs.',
      revoke: 'ReadMe dashboard → project → API Keys → Revoke.',
      url: 'https://docs.readme.com/main/reference/intro/authentication',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
