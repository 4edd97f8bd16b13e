/** Code Climate tokens (CREDENTIAL-FORMATS.md §2, CI/CD and developer tooling). */
import { assignment, ci, defineDetector, HEX, providerKindName, STORE_IN_CI_SECRETS, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'codeclimate.reporter-id',
    title: 'Code Climate test reporter ID',
    keywords: ['cc_test_reporter_id', 'codeclimate'],
    pattern: () =>
      assignment(
        [ci('cc_test_reporter_id'), providerKindName([ci('codeclimate')], ['id', 'token', 'key'], { gap: 24 })],
        `[${HEX.re}]{64}`,
      ),
    minEntropy: 3.0,
    guide: {
      grants: 'Uploads test coverage for the repository to Code Climate (low impact: can forge coverage results).',
      revoke: 'Code Climate → the repository → Repo settings → Test coverage → Regenerate the reporter ID.',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
