/**
 * Fulcrum credentials. Shape: 80 [a-z0-9] (XCHK: KF fulcrum.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'fulcrum.api-token',
    title: 'Fulcrum API token',
    keywords: ['fulcrum'],
    providers: [phrase('fulcrum')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{80}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and edits the organisation's Fulcrum field-data apps, records, photos and members.",
      revoke: 'Fulcrum → Settings → API → the token → delete.',
      url: 'https://web.fulcrumapp.com/settings/api',
    },
  }),
];
