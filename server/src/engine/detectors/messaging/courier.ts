/**
 * Courier credentials: shapes, context words and revoke paths from the
 * CREDENTIAL-FORMATS.md §3 rows; un-prefixed secrets are only reported when the provider's name is part of the variable name.
 */
import { defineDetector, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'courier.api-key',
    title: 'Courier API key',
    keywords: ['courier'],
    scope: 'document',
    // pk_<environment>_<28 chars>; Stripe publishable keys (pk_live_/pk_test_ + 24 or ~99) do not fit.
    pattern: /(?<![A-Za-z0-9_])(?<secret>pk_(?!live_)[a-z]{2,12}_[A-Za-z0-9]{26,32})(?![A-Za-z0-9])/,
    minEntropy: 3.5,
    guide: {
      grants:
        'Sends notifications (e-mail, SMS, push, chat) through every channel configured in the Courier workspace and reads message logs and user profiles.',
      revoke: 'Courier app → Settings → API Keys → delete (or rotate) the key for that environment.',
      url: 'https://app.courier.com/settings/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
