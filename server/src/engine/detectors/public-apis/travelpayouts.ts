/** travelpayouts (long tail of providers, issue 9 §3): Travelpayouts. */
import { contextual, type Detector, isNotMixedHex, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'travelpayouts.api-key',
    title: 'Travelpayouts API key',
    keywords: ['travelpayouts', 'travel_payouts', 'travel-payouts', 'travel.payouts'],
    providers: [phrase('travel payouts')],
    kinds: ['key', 'token', 'secret'],
    // 32 hex (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: '[0-9a-fA-F]{32}',
    minEntropy: 3,
    post: [isNotMixedHex],
    guide: {
      grants: 'Reads flight and hotel data and affiliate statistics of the partner account.',
      revoke: 'Travelpayouts → Profile → API token → regenerate.',
      url: 'https://app.travelpayouts.com/profile/api-token',
    },
  }),
];
