/** Upstash Redis REST tokens. */
import { CONNECTION_SETTINGS_STORE, ciFragment, defineDetector, secretAssignment, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'upstash.redis-rest-token',
    title: 'Upstash Redis REST token',
    keywords: ['upstash'],
    // ~60–90 [A-Za-z0-9=] starting `A` (unverified) assigned to an Upstash name.
    pattern: () =>
      secretAssignment(ciFragment('upstash[_.-]?(?:redis[_.-]?)?(?:rest[_.-]?)?(?:readonly[_.-]?)?token'), {
        min: 40,
        max: 160,
        value: '[A-Za-z0-9_=-]',
      }),
    post: [({ value }) => (value.startsWith('A') ? undefined : 'Upstash tokens start with A')],
    minEntropy: 4,
    guide: {
      grants: 'Reads and writes (or, for read-only tokens, reads) every key of the Upstash Redis database over REST.',
      revoke: 'Upstash console → database → Details → Reset password (rotates the REST token).',
      url: 'https://console.upstash.com',
      store: CONNECTION_SETTINGS_STORE,
    },
  }),
];
