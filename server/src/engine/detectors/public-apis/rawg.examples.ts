/** Examples of the rawg detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'rawg.api-key': {
    positive: [
      `RAWG_API_KEY=«${fake(HEX, 32, 'rawg1')}»`,
      `credentials:\n  rawg_token: "«${fake(HEX, 32, 'rawg2')}»"`,
      `const rawgSecret = '«${fake(HEX, 32, 'rawg3')}»';`,
    ],
    negative: [
      `RAWG_ACCOUNT_ID=${fake(HEX, 32, 'rawg4')}`,
      `RAWG_API_KEY=${fake(HEX, 32, 'rawg5')}${fake(B62, 6, 'tail')}`,
      `# RAWG settings\nAPI_KEY=${fake(HEX, 32, 'rawg6')}`,
      `RAWG_API_KEY=00000000000000000000000000000000`,
    ],
  },
};
