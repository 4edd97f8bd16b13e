/** Examples of the nasdaq detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'nasdaq.api-key': {
    positive: [
      `NASDAQ_API_KEY=«${fake(B64URL, 20, 'ndaq1')}»`,
      `nasdaq_api_key: «${fake(B64URL, 20, 'ndaq2')}»`,
      `const nasdaqApiKey = '«${fake(B64URL, 20, 'ndaq3')}»';`,
    ],
    negative: [
      `NASDAQ_API_KEY=${fake(B64URL, 24, 'long')}`,
      'NASDAQ_API_KEY=your_nasdaq_api_key',
      `API_KEY=${fake(B64URL, 20, 'ndaqn')}`,
      'QUANDL_API_KEY=${QUANDL_API_KEY}',
    ],
  },
};
