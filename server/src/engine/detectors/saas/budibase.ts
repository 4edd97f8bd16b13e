/**
 * Budibase credentials. Shape: 32 hex + `-` + 78–80 hex (XCHK: KF budibase.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, isNotMixedHex, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'budibase.api-key',
    title: 'Budibase API key',
    keywords: ['budibase'],
    providers: [phrase('budibase')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-f0-9]{32}-[a-f0-9]{78,80}',
    post: [isNotMixedHex],
    guide: {
      grants: 'Calls the Budibase public API as the user: apps, tables, rows and users of the tenant.',
      revoke: 'Budibase → Settings → API key → regenerate.',
      url: 'https://docs.budibase.com/docs/public-api',
    },
  }),
];
