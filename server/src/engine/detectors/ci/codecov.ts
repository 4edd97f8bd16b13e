/** Codecov tokens (CREDENTIAL-FORMATS.md §2). Un-prefixed: only with the provider's name in the variable name. */
import { assignment, ci, defineDetector, providerKindName, STORE_IN_CI_SECRETS, UUID, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'codecov.token',
    title: 'Codecov upload / access token',
    keywords: ['codecov'],
    pattern: () => assignment([providerKindName([ci('codecov')], ['token'], { gap: 24 })], UUID),
    guide: {
      grants:
        'Uploads coverage reports for the repository (global tokens: every repository of the organisation) and, for API tokens, reads coverage data of private repositories.',
      revoke:
        'Codecov → the repository → Configuration → General → Regenerate the upload token (organisation tokens: organisation settings).',
      url: 'https://docs.codecov.com/docs/codecov-tokens',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
