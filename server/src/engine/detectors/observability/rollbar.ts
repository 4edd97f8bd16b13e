/** rollbar (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { assignedTo, defineDetector, type Detector, isNotMixedHex, leadThen, names, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'rollbar.access-token',
    title: 'Rollbar access token',
    keywords: ['rollbar'],
    pattern: () => leadThen([assignedTo(names('rollbar'))], '[0-9a-f]{32}'),
    post: [isNotMixedHex],
    guide: {
      grants:
        'Posts items to the project and, with read/write scopes, reads error data (which can hold user data) and changes project settings.',
      revoke: 'Rollbar → Project settings → Project Access Tokens → disable the token and create a new one.',
      url: 'https://docs.rollbar.com/docs/access-tokens',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
