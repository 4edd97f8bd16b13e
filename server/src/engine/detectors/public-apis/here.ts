/**
 * HERE platform credentials. Shape: 43 base64url (XCHK: KF hereapi.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'here.api-key',
    title: 'HERE platform API key',
    keywords: ['here'],
    providers: [phraseAfterNonLetter('here')],
    kinds: ['api key', 'rest api key', 'js api key'],
    value: '[A-Za-z0-9_-]{43}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Calls HERE location services (maps, geocoding, routing) billed to the HERE project.',
      revoke: 'HERE platform → Access manager → the app → API keys → disable and delete the key.',
      url: 'https://platform.here.com/admin/apps',
    },
  }),
];
