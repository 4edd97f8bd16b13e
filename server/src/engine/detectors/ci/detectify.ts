/**
 * Detectify credentials. Shape: 32 [a-z0-9] (XCHK: KF detectify.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'detectify.api-key',
    title: 'Detectify API access key',
    keywords: ['detectify'],
    providers: [phrase('detectify')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        "Calls the Detectify API (the security scanner: scan profiles, findings and the assets' vulnerabilities) on the subscription plan of the account; requests count against its paid quota.",
      revoke: 'Detectify dashboard → account → reset the API access key (the old key stops working).',
      url: 'https://detectify.com/dashboard',
    },
  }),
];
