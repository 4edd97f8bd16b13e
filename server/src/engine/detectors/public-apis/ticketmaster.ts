/** ticketmaster (long tail of providers, issue 9 §3): Ticketmaster. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'ticketmaster.api-key',
    title: 'Ticketmaster API key',
    keywords: ['ticketmaster', 'ticket_master', 'ticket-master', 'ticket.master'],
    providers: [phrase('ticket master')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Calls the Ticketmaster Discovery and partner APIs as the developer app, on its rate limits.',
      revoke: 'Ticketmaster developer portal → My Apps → the app → regenerate the consumer key.',
      url: 'https://developer-acct.ticketmaster.com/user/login',
    },
  }),
];
