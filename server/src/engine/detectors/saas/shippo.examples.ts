/** Examples of the shippo detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'shippo.api-token': {
    positive: [
      `SHIPPO_API_KEY=«shippo_live_${fake(HEX, 40, 'shippo')}»`,
      `shippo.config.api_key = "«shippo_test_${fake(HEX, 40, 'shippo2')}»"`,
    ],
    negative: ['SHIPPO_API_KEY=shippo_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `shippo_live_${fake(HEX, 20, 'short')}`],
  },
};
