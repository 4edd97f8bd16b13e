/** Examples of the onfleet detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'onfleet.api-key': {
    positive: [
      `ONFLEET_API_KEY=«${fake(LOWER_DIGITS, 32, 'onflee1')}»`,
      `onfleet_api_key: «${fake(LOWER_DIGITS, 32, 'onflee2')}»`,
      `const onfleetApiKey = '«${fake(LOWER_DIGITS, 32, 'onflee3')}»';`,
    ],
    negative: [
      `ONFLEET_API_KEY=${fake(LOWER_DIGITS, 28, 'short')}`,
      'ONFLEET_API_KEY=your_onfleet_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'onfleen')}`,
      'ONFLEET_API_KEY=${ONFLEET_API_KEY}',
    ],
  },
};
