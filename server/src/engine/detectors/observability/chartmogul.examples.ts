/** Examples of the ChartMogul detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'chartmogul.api-key': {
    positive: [
      `CHARTMOGUL_API_KEY=«${fake(LOWER_DIGITS, 32, 'char0a')}»`,
      `{ "chartmogul_api_key": "«${fake(LOWER_DIGITS, 32, 'char0b')}»" }`,
      `const chartmogulApiKey = '«${fake(LOWER_DIGITS, 32, 'char0d')}»';`,
    ],
    negative: [
      `CHARTMOGUL_API_KEY=${fake(LOWER_DIGITS, 28, 'char0c')}`,
      `CHARTMOGUL_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `CHARTMOGUL_API_KEY=${'$'}{CHARTMOGUL_API_KEY}`,
      `CHARTMOGUL_ACCOUNT_ID=${fake(LOWER_DIGITS, 32, 'char0e')}`,
    ],
  },
};
