/** Fauna database secrets. */
import { CONNECTION_SETTINGS_STORE, ciFragment, defineDetector, secretAssignment, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'fauna.secret',
    title: 'Fauna database secret',
    keywords: ['fauna'],
    // `fn` + ~38 [A-Za-z0-9_-] (unverified) with Fauna context.
    pattern: () =>
      secretAssignment(ciFragment('fauna(?:db)?[_.-]?(?:admin[_.-]?|server[_.-]?)?(?:secret|key|token)'), {
        min: 30,
        max: 80,
        value: '[A-Za-z0-9_-]',
      }),
    post: [({ value }) => (value.startsWith('fn') ? undefined : 'Fauna secrets start with fn')],
    minEntropy: 3.5,
    guide: {
      grants: "Reads and writes the Fauna database with the key's role (admin keys manage child databases).",
      revoke: 'Fauna dashboard → database → Keys → delete the key.',
      store: CONNECTION_SETTINGS_STORE,
    },
  }),
];
