/**
 * Geoapify credentials. Shape: 32 [a-z0-9] (XCHK: KF geoapify.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'geoapify.api-key',
    title: 'Geoapify API access key',
    keywords: ['geoapify'],
    providers: [phrase('geoapify')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Calls the Geoapify API (geocoding, routing and maps) on the subscription plan of the account; requests count against its paid quota.',
      revoke: 'Geoapify dashboard → account → reset the API access key (the old key stops working).',
      url: 'https://myprojects.geoapify.com/',
    },
  }),
];
