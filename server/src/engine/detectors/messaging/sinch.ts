/**
 * Sinch credentials: shapes, context words and revoke paths from the
 * CREDENTIAL-FORMATS.md §3 rows; un-prefixed secrets are only reported when the provider's name is part of the variable name.
 */
import { assignment, defineDetector, phrase, providerKindName, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'sinch.api-secret',
    title: 'Sinch API token or key secret',
    keywords: ['sinch'],
    // Sinch SMS REST API tokens (32 hex) and access-key secrets (~30 chars incl. `~._-`); not in the
    // format table, so only an assignment to a sinch…secret/token name counts.
    pattern: () =>
      assignment(
        providerKindName([phrase('sinch')], ['key secret', 'api secret', 'secret', 'api token', 'token']),
        '[A-Za-z0-9_~-]{24,64}',
      ),
    minEntropy: 3.5,
    guide: {
      grants: 'Sends SMS and voice messages billed to the Sinch account and reads delivery reports and conversations.',
      revoke: 'Sinch Customer Dashboard → Settings → Access Keys (or SMS → APIs → the service plan) → delete or regenerate the key/token.',
      url: 'https://dashboard.sinch.com/settings/access-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
