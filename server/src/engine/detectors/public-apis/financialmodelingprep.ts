/**
 * Financial Modeling Prep credentials. Shape: 32 base62 (XCHK: KF financialmodelingprep.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'financialmodelingprep.api-key',
    title: 'Financial Modeling Prep API access key',
    keywords: ['financialmodelingprep', 'financial_modeling_prep', 'financial-modeling-prep', 'financial.modeling.prep'],
    providers: [phrase('financial modeling prep')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        'Calls the Financial Modeling Prep API (financial statements and market data) on the subscription plan of the account; requests count against its paid quota.',
      revoke: 'Financial Modeling Prep dashboard → account → reset the API access key (the old key stops working).',
      url: 'https://site.financialmodelingprep.com/developer/docs/dashboard',
    },
  }),
];
