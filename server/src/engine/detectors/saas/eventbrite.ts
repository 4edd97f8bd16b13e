/**
 * Eventbrite credentials. Shape: 20 [A-Z0-9] (XCHK: KF eventbrite.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'eventbrite.private-token',
    title: 'Eventbrite private token',
    keywords: ['eventbrite'],
    providers: [phrase('eventbrite')],
    kinds: ['private token', 'oauth token', 'api token', 'api key', 'token'],
    value: '[A-Z0-9]{20}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Acts as the Eventbrite user: reads and edits the organisation's events, orders and attendees (personal data).",
      revoke: 'Eventbrite → Account settings → Developer links → API keys → the key → reset the private token.',
      url: 'https://www.eventbrite.com/platform/api-keys',
    },
  }),
];
