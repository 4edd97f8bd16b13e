/** tickettailor (long tail of providers, issue 9 §3): Ticket Tailor event ticketing. */
import { STORE_IN_SECRET_STORE, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'tickettailor.api-key',
    title: 'Ticket Tailor API key',
    keywords: ['sk_'],
    // `sk_` + 4 digits + `_` + 6 digits + `_` + 32 hex (format facts: Kingfisher rule set); the digit groups set it apart from other `sk_`
    // keys.
    body: 'sk_[0-9]{4}_[0-9]{6}_[0-9a-f]{32}',
    guide: {
      grants: "Reads the box office's events, orders and attendee details (names, e-mails) and issues, voids and checks in tickets.",
      revoke: 'Ticket Tailor → Box office settings → API → delete the key and create a new one.',
      url: 'https://app.tickettailor.com/box-office/api',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
