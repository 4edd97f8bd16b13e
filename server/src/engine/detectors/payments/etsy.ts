/** etsy (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { contextual, lacksLetterAndDigit, phraseAfterNonLetter, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'etsy.api-key',
    title: 'Etsy API keystring or shared secret',
    keywords: ['etsy'],
    providers: [phraseAfterNonLetter('etsy')],
    kinds: ['api key', 'keystring', 'shared secret', 'secret', 'key'],
    value: '[a-z0-9]{24}',
    minEntropy: 3.3,
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Identifies your Etsy app to the Open API; with the shared secret it completes OAuth as the app (and acts on shops that authorised it).',
      revoke: 'etsy.com/developers → Your Apps → the app → regenerate the keystring / shared secret.',
      url: 'https://www.etsy.com/developers/your-apps',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
