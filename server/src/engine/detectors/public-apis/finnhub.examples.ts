/** Examples of the Finnhub detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'finnhub.api-key': {
    positive: [
      `FINNHUB_API_KEY=«${fake(LOWER_DIGITS, 20, 'finn0a')}»`,
      `{ "finnhub_api_key": "«${fake(LOWER_DIGITS, 20, 'finn0b')}»" }`,
      `const finnhubApiKey = '«${fake(LOWER_DIGITS, 20, 'finn0d')}»';`,
    ],
    negative: [
      `FINNHUB_API_KEY=${fake(LOWER_DIGITS, 16, 'finn0c')}`,
      `FINNHUB_API_KEY=xxxxxxxxxxxxxxxxxxxx`,
      `FINNHUB_API_KEY=${'$'}{FINNHUB_API_KEY}`,
      `FINNHUB_ACCOUNT_ID=${fake(LOWER_DIGITS, 20, 'finn0e')}`,
    ],
  },
};
