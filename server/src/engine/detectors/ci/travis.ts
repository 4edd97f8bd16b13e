/** Travis CI tokens (CREDENTIAL-FORMATS.md §2). Un-prefixed: only with the provider's name in the variable name. */
import { assignment, ci, defineDetector, lacksLetterAndDigit, providerKindName, STORE_IN_CI_SECRETS, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'travis.api-token',
    title: 'Travis CI API token',
    keywords: ['travis'],
    pattern: () => assignment([providerKindName([ci('travis')], ['token', 'key'], { gap: 24 })], '[A-Za-z0-9_]{22}'),
    post: [lacksLetterAndDigit],
    minEntropy: 3.5,
    guide: {
      grants:
        'Acts as the Travis CI user through the API: trigger builds, read logs, and change repository settings and environment variables.',
      revoke: 'travis-ci.com → Account settings → Settings → API authentication → Regenerate token.',
      url: 'https://app.travis-ci.com/account/preferences',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
