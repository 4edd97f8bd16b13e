/** Coveralls tokens (CREDENTIAL-FORMATS.md §2). Un-prefixed: only with the provider's name in the variable name. */
import { assignment, ci, defineDetector, lacksLetterAndDigit, providerKindName, STORE_IN_CI_SECRETS, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'coveralls.repo-token',
    title: 'Coveralls repo token',
    keywords: ['coveralls', 'repo_token'],
    pattern: () => assignment([providerKindName([ci('coveralls')], ['token'], { gap: 24 }), ci('repo_token')], '[A-Za-z0-9]{32,37}'),
    post: [
      lacksLetterAndDigit,
      // A bare `repo_token` is Coveralls' only in .coveralls.yml or next to a Coveralls mention.
      ({ groups, text, path }) =>
        /coveralls/i.test(groups.name ?? '') || /\.coveralls\.ya?ml$/i.test(path ?? '') || /coveralls/i.test(text.slice(0, 4096))
          ? undefined
          : 'repo_token without Coveralls context',
    ],
    minEntropy: 3.5,
    guide: {
      grants: 'Posts coverage results for the repository to Coveralls (low impact: can forge coverage and status checks).',
      revoke: 'Coveralls → the repository → Settings → Regenerate repo token.',
      url: 'https://docs.coveralls.io/api-introduction',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
