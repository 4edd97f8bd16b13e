/** Examples of the alphavantage detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, UPPER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'alphavantage.api-key': {
    positive: [
      `ALPHAVANTAGE_API_KEY=«${fake(UPPER_DIGITS, 16, 'av')}»`,
      `https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey=«${fake(UPPER_DIGITS, 16, 'av2')}»`,
    ],
    negative: ['https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey=demo'],
  },
};
