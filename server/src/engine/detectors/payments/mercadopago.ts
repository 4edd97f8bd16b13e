/** mercadopago (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { defineDetector, STORE_IN_SECRET_STORE, tokenPattern, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'mercadopago.access-token',
    title: 'Mercado Pago access token',
    keywords: ['APP_USR-', 'TEST-'],
    // APP_USR-<app id>-<date>-<32 hex>-<user id>; TEST- for test credentials. Public keys are APP_USR-<uuid>.
    pattern: () => tokenPattern('(?:APP_USR|TEST)-[0-9]{12,18}-[0-9]{6}-[0-9a-f]{32}-[0-9]{6,12}', { right: 'A-Za-z0-9_-' }),
    guide: {
      grants:
        'Full API access to the Mercado Pago account: create payments and refunds, read payments and payer data, move money (TEST- tokens: test mode).',
      revoke: 'Mercado Pago Developers → Your integrations → the application → Production credentials → Renew the access token.',
      url: 'https://www.mercadopago.com/developers/panel/app',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
