/** loginradius (customer identity platform): secret managers and identity. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_MANAGER, UUID_LOWER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'loginradius.api-secret',
    title: 'LoginRadius API secret',
    keywords: ['loginradius'],
    providers: [phrase('loginradius')],
    kinds: ['secret'],
    // The API secret is a lower-case UUID; the API key (also a UUID) is used client-side, so only `…secret` names match.
    value: UUID_LOWER,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Calls LoginRadius management APIs for the app: reads and modifies customer profiles, resets passwords, manages roles.',
      revoke: 'LoginRadius Admin Console → Tenant Settings → API Credentials → reset the API secret.',
      url: 'https://adminconsole.loginradius.com/',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
