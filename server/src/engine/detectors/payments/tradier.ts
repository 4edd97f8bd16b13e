/** tradier (long tail of providers, issue 9 §3): Tradier. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'tradier.access-token',
    title: 'Tradier access token',
    keywords: ['tradier'],
    providers: [phrase('tradier')],
    kinds: ['key', 'token', 'secret'],
    // 28 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{28}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads balances and positions and places trades in the Tradier brokerage account (sandbox tokens: paper trading).',
      revoke: 'Tradier → Settings → API access → regenerate the access token.',
      url: 'https://dash.tradier.com/settings/api',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
