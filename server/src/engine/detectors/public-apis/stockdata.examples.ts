/** Examples of the stockdata detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'stockdata.api-key': {
    positive: [
      `STOCKDATA_API_KEY=«${fake(B62, 40, 'stockdata1')}»`,
      `credentials:\n  stock_data_token: "«${fake(B62, 40, 'stockdata2')}»"`,
      `const stockDataSecret = '«${fake(B62, 40, 'stockdata3')}»';`,
    ],
    negative: [
      `STOCKDATA_ACCOUNT_ID=${fake(B62, 40, 'stockdata4')}`,
      `STOCKDATA_API_KEY=${fake(B62, 40, 'stockdata5')}${fake(B62, 6, 'tail')}`,
      `# StockData.org settings\nAPI_KEY=${fake(B62, 40, 'stockdata6')}`,
      `STOCKDATA_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
