/** intrinio (financial-data API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'intrinio.api-key',
    title: 'Intrinio API key',
    keywords: ['intrinio'],
    providers: [phrase('intrinio')],
    kinds: ['key', 'token', 'secret'],
    // 44 [A-Za-z0-9] under an `intrinio` name.
    value: '[A-Za-z0-9]{44}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Queries Intrinio's financial data feeds the account subscribes to.",
      revoke: 'account.intrinio.com → API Keys → reset the key.',
      url: 'https://account.intrinio.com/account/api_keys',
    },
  }),
];
