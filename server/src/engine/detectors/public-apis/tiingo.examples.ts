/** Examples of the tiingo detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'tiingo.api-key': {
    positive: [
      `TIINGO_API_KEY=«${fake(HEX, 40, 'tiingo1')}»`,
      `credentials:\n  tiingo_token: "«${fake(HEX, 40, 'tiingo2')}»"`,
      `const tiingoSecret = '«${fake(HEX, 40, 'tiingo3')}»';`,
    ],
    negative: [
      `TIINGO_ACCOUNT_ID=${fake(HEX, 40, 'tiingo4')}`,
      `TIINGO_API_KEY=${fake(HEX, 40, 'tiingo5')}${fake(B62, 6, 'tail')}`,
      `# Tiingo settings\nAPI_KEY=${fake(HEX, 40, 'tiingo6')}`,
      `TIINGO_API_KEY=0000000000000000000000000000000000000000`,
    ],
  },
};
