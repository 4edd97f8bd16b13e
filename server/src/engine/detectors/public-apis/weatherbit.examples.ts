/** Examples of the weatherbit detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'weatherbit.api-key': {
    positive: [
      `WEATHERBIT_API_KEY=«${fake(B62, 32, 'weatherbit1')}»`,
      `credentials:\n  weather_bit_token: "«${fake(B62, 32, 'weatherbit2')}»"`,
      `const weatherBitSecret = '«${fake(B62, 32, 'weatherbit3')}»';`,
    ],
    negative: [
      `WEATHERBIT_ACCOUNT_ID=${fake(B62, 32, 'weatherbit4')}`,
      `WEATHERBIT_API_KEY=${fake(B62, 32, 'weatherbit5')}${fake(B62, 6, 'tail')}`,
      `# Weatherbit settings\nAPI_KEY=${fake(B62, 32, 'weatherbit6')}`,
      `WEATHERBIT_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
