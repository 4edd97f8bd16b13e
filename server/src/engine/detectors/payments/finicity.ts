/** finicity (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { contextual, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'finicity.api-secret',
    title: 'Finicity (Mastercard Open Banking) app key or partner secret',
    keywords: ['finicity'],
    providers: [phrase('finicity')],
    kinds: ['partner secret', 'app key', 'api key', 'secret'],
    value: '[A-Za-z0-9]{20,32}',
    minEntropy: 3.3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Obtains Finicity API tokens for the partner: reads consumers' linked bank accounts, balances and transactions.",
      revoke: 'Mastercard Open Banking developer portal → the partner → regenerate the app key / partner secret.',
      url: 'https://developer.mastercard.com/open-banking-us/documentation/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
