/** Octopus Deploy tokens (CREDENTIAL-FORMATS.md §2, CI/CD and developer tooling). */
import { defineDetector, lacksLetterAndDigit, STORE_IN_CI_SECRETS, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'octopus.api-key',
    title: 'Octopus Deploy API key',
    // `API-` alone is too common: only on lines that name Octopus.
    keywords: ['octopus'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>API-[A-Z0-9]{26,32})(?![A-Za-z0-9])/,
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Acts as the Octopus user: create releases and deploy to the environments the user may deploy to, read and change variables (including sensitive ones through deployments).',
      revoke: 'Octopus → your profile → My API keys → Revoke.',
      url: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
