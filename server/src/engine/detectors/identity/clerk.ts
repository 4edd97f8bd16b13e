/** clerk (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import { assignedTo, defineDetector, type Detector, hasOneCharacterClass, leadThen, names, STORE_IN_SECRET_MANAGER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'clerk.secret-key',
    title: 'Clerk secret key',
    keywords: ['clerk'],
    // Same prefix as Stripe: only with a Clerk name, and precedence over the Stripe detector.
    pattern: () => leadThen([assignedTo(names('clerk'))], 'sk_(?:live|test)_[A-Za-z0-9]{40,50}'),
    post: [
      ({ value }) => (/^[0-9a-f]+$/.test(value.slice(8)) ? 'hex body (Paystack)' : undefined),
      (c) => hasOneCharacterClass({ ...c, value: c.value.slice(8) }),
    ],
    precedence: 1,
    guide: {
      grants:
        'Calls the Clerk Backend API for the instance: reads and changes users, sessions and organisations, mints sign-in tokens (account takeover).',
      revoke: 'Clerk Dashboard → API Keys → Secret keys → roll the key (or add a new one and delete the old).',
      url: 'https://dashboard.clerk.com/last-active?path=api-keys',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
