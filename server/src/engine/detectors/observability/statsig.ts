/** statsig (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { B62, defineDetector, type Detector, hasOneCharacterClass, prefixedToken, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'statsig.server-secret',
    title: 'Statsig server secret key',
    keywords: ['secret-'],
    scope: 'document',
    pattern: () => prefixedToken('secret-', B62, [40, 50]),
    post: [(c) => hasOneCharacterClass({ ...c, value: c.value.slice(7) })],
    minEntropy: 4,
    guide: {
      grants: 'Evaluates every gate, experiment and config of the project server-side (including targeting data) and logs events.',
      revoke: 'Statsig → Project settings → Keys & Environments → rotate the server secret key.',
      url: 'https://docs.statsig.com/sdk-keys/api-keys',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
