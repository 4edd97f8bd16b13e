/** stockdata (long tail of providers, issue 9 §3): StockData.org. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'stockdata.api-key',
    title: 'StockData.org API key',
    keywords: ['stockdata', 'stock_data', 'stock-data', 'stock.data'],
    providers: [phrase('stock data')],
    kinds: ['key', 'token', 'secret'],
    // 40 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{40}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads market data under the account's plan quota.",
      revoke: 'StockData.org dashboard → API token → reset.',
      url: 'https://www.stockdata.org/dashboard',
    },
  }),
];
