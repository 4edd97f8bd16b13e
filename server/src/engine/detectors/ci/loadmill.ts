/** loadmill (API testing): CI and developer tooling. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_CI_SECRETS } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'loadmill.api-key',
    title: 'Loadmill API token',
    keywords: ['loadmill'],
    providers: [phrase('loadmill')],
    kinds: ['key', 'token', 'secret'],
    // 40 [A-Za-z0-9] under a `loadmill` name.
    value: '[A-Za-z0-9]{40}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs the team's test suites and reads their results.",
      revoke: 'Loadmill → Settings → API tokens → delete the token.',
      url: 'https://app.loadmill.com/',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
