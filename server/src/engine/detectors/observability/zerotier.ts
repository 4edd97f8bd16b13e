/** zerotier (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
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
    id: 'zerotier.api-token',
    title: 'ZeroTier Central API token',
    keywords: ['zerotier'],
    pattern: () => leadThen([assignedTo(names('zerotier'))], '[A-Za-z0-9]{32}'),
    post: [hasOneCharacterClass],
    minEntropy: 3.8,
    guide: {
      grants: "Manages the account's ZeroTier networks: authorises new members (joining the private network), changes routes and rules.",
      revoke: 'my.zerotier.com → Account → API Access Tokens → delete the token.',
      url: 'https://my.zerotier.com/account',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
