/**
 * aviationstack credentials. Shape: 32 [a-z0-9] (XCHK: KF aviationstack.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'aviationstack.api-key',
    title: 'aviationstack API access key',
    keywords: ['aviationstack', 'aviation_stack', 'aviation-stack', 'aviation.stack'],
    providers: [phrase('aviation stack')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Calls the aviationstack API (real-time flight data) on the subscription plan of the account; requests count against its paid quota.',
      revoke: 'aviationstack dashboard → account → reset the API access key (the old key stops working).',
      url: 'https://aviationstack.com/dashboard',
    },
  }),
];
