/** fastly (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import {
  assignedTo,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  leadThen,
  names,
  STORE_IN_PLATFORM_SECRET_STORE,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'fastly.api-token',
    title: 'Fastly API token',
    keywords: ['fastly'],
    pattern: () => leadThen([assignedTo(names('fastly'))], '[A-Za-z0-9_-]{32}'),
    post: [hasOneCharacterClass],
    minEntropy: 3.8,
    guide: {
      grants:
        "Calls the Fastly API with the token's scope: purges caches, changes and deploys service configurations (traffic hijacking), reads logs endpoints and their credentials.",
      revoke: 'Fastly → Account → Personal API tokens (or Account → API tokens for automation tokens) → Revoke.',
      url: 'https://manage.fastly.com/account/personal/tokens',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
