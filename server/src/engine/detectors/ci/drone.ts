/** Drone CI tokens (CREDENTIAL-FORMATS.md §2). Un-prefixed: only with the provider's name in the variable name. */
import { assignment, ci, defineDetector, lacksLetterAndDigit, providerKindName, STORE_IN_CI_SECRETS, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'drone.token',
    title: 'Drone CI personal token',
    keywords: ['drone'],
    pattern: () => assignment([providerKindName([ci('drone')], ['token'], { gap: 24 })], '[A-Za-z0-9]{32}'),
    post: [lacksLetterAndDigit],
    minEntropy: 3.5,
    guide: {
      grants:
        'Acts as the Drone user: read and change repository settings and secrets, trigger and promote builds; an admin token manages the whole server.',
      revoke: 'Drone → User settings (Account) → the token → regenerate (the old token stops working).',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
