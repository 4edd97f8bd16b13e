/** cyberark (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import { assignedTo, defineDetector, type Detector, leadThen, nameWith, STORE_IN_SECRET_MANAGER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'cyberark.conjur-api-key',
    title: 'CyberArk Conjur API key',
    keywords: ['conjur'],
    pattern: () => leadThen([assignedTo([nameWith('conjur', 'key'), nameWith('conjur', 'authn')])], '[a-z0-9]{50,60}'),
    post: [({ value }) => (/[0-9]/.test(value) && /[a-z]/.test(value) ? undefined : 'no mix of letters and digits')],
    minEntropy: 4,
    guide: {
      grants: 'Authenticates as the Conjur host or user and fetches every secret its policies permit.',
      revoke: '`conjur user rotate-api-key` / `conjur host rotate-api-key -i <host>` (or the API), then update the consumer.',
      url: 'https://docs.cyberark.com/conjur-open-source/latest/en/content/developer/cli/cli-host-rotate-api-key.htm',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
