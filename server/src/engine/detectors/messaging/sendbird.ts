/**
 * Sendbird credentials: shapes, context words and revoke paths from the
 * CREDENTIAL-FORMATS.md §3 rows; un-prefixed secrets are only reported when the provider's name is part of the variable name.
 */
import { assignment, defineDetector, HEX, phrase, providerKindName, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'sendbird.api-token',
    title: 'Sendbird API token',
    keywords: ['sendbird'],
    pattern: () =>
      assignment(
        providerKindName([phrase('sendbird'), phrase('send bird')], ['api token', 'master token', 'secondary token', 'token', 'api key']),
        `[${HEX.re}]{40}`,
      ),
    minEntropy: 3,
    guide: {
      grants:
        'Full server-side access to the Sendbird application: read every channel and message, create and delete users, send messages as anyone.',
      revoke:
        'Sendbird Dashboard → Settings → General → API tokens → revoke the token (the master token can be rotated by Sendbird support).',
      url: 'https://dashboard.sendbird.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
