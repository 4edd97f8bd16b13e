/** papertrail (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
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
    id: 'papertrail.token',
    title: 'Papertrail API token',
    keywords: ['papertrail'],
    pattern: () => leadThen([assignedTo(names('papertrail'))], '[A-Za-z0-9]{20}'),
    post: [hasOneCharacterClass],
    minEntropy: 3.3,
    guide: {
      grants: 'Searches every log of the Papertrail account and changes its systems and alerts.',
      revoke: 'Papertrail → Settings → Profile → API token → regenerate.',
      url: 'https://papertrailapp.com/account/profile',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
