/** partnerstack (partner management): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'partnerstack.api-key',
    title: 'PartnerStack API key',
    keywords: ['partnerstack'],
    providers: [phrase('partnerstack')],
    kinds: ['key', 'token', 'secret'],
    // 64 [A-Za-z0-9] under a `partnerstack` name.
    value: '[A-Za-z0-9]{64}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and changes the company's partnerships, customers, transactions and payouts.",
      revoke: 'PartnerStack → Settings → Integrations → API keys → regenerate.',
      url: 'https://dash.partnerstack.com/',
    },
  }),
];
