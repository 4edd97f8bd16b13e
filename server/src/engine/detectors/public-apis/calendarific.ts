/**
 * Calendarific credentials. Shape: 32 base62 (XCHK: KF calendarific.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'calendarific.api-key',
    title: 'Calendarific API access key',
    keywords: ['calendarific'],
    providers: [phrase('calendarific')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Calls the Calendarific API (public holidays) on the subscription plan of the account; requests count against its paid quota.',
      revoke: 'Calendarific dashboard → account → reset the API access key (the old key stops working).',
      url: 'https://calendarific.com/account',
    },
  }),
];
