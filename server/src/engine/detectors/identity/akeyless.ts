/** akeyless (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import { assignedTo, defineDetector, type Detector, leadThen, nameWith, STORE_IN_SECRET_MANAGER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'akeyless.access-key',
    title: 'Akeyless access key',
    keywords: ['akeyless'],
    pattern: () => leadThen([assignedTo([nameWith('akeyless', 'key'), nameWith('akeyless', 'secret')])], '[A-Za-z0-9+/]{43}='),
    minEntropy: 4,
    companions: [{ name: 'access_id', pattern: /(?<![A-Za-z0-9-])(?<value>p-[a-z0-9]{12,14})(?![A-Za-z0-9])/, withinLines: 3 }],
    guide: {
      grants: "With its access id (`p-…`), authenticates to Akeyless and reads the secrets and keys the auth method's roles allow.",
      revoke: 'Akeyless console → Auth Methods → the API-key method → reset the access key (or delete the method).',
      url: 'https://docs.akeyless.io/docs/api-key',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
