/** qase (test management): CI and developer tooling. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_CI_SECRETS } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'qase.api-key',
    title: 'Qase API token',
    keywords: ['qase'],
    providers: [phrase('qase')],
    kinds: ['key', 'token', 'secret'],
    // 40 [A-Za-z0-9] under a `qase` name.
    value: '[A-Za-z0-9]{40}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and writes the workspace's test cases, runs and results.",
      revoke: 'app.qase.io → User settings → API tokens → revoke the token.',
      url: 'https://app.qase.io/user/api/token',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
