/** Examples of the travelpayouts detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'travelpayouts.api-key': {
    positive: [
      `TRAVELPAYOUTS_API_KEY=«${fake(HEX, 32, 'travelpayouts1')}»`,
      `credentials:\n  travel_payouts_token: "«${fake(HEX, 32, 'travelpayouts2')}»"`,
      `const travelPayoutsSecret = '«${fake(HEX, 32, 'travelpayouts3')}»';`,
    ],
    negative: [
      `TRAVELPAYOUTS_ACCOUNT_ID=${fake(HEX, 32, 'travelpayouts4')}`,
      `TRAVELPAYOUTS_API_KEY=${fake(HEX, 32, 'travelpayouts5')}${fake(B62, 6, 'tail')}`,
      `# Travelpayouts settings\nAPI_KEY=${fake(HEX, 32, 'travelpayouts6')}`,
      `TRAVELPAYOUTS_API_KEY=00000000000000000000000000000000`,
    ],
  },
};
