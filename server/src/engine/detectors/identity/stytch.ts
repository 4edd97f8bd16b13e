/** stytch (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import { alphabet, defineDetector, type Detector, hasOneCharacterClass, prefixedToken, STORE_IN_SECRET_MANAGER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'stytch.secret',
    title: 'Stytch project secret',
    keywords: ['secret-live-', 'secret-test-'],
    scope: 'document',
    pattern: () => prefixedToken(['secret-live-', 'secret-test-'], alphabet('A-Za-z0-9_=-'), [30, 44]),
    post: [(c) => hasOneCharacterClass({ ...c, value: c.value.slice(12) })],
    minEntropy: 4,
    guide: {
      grants: 'With the project id, calls the Stytch API: creates and deletes users, issues sessions and magic links (account takeover).',
      revoke: 'Stytch Dashboard → API Keys → create a new secret, deploy it, then delete the old one.',
      url: 'https://stytch.com/dashboard/api-keys',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
