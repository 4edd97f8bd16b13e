/** Examples of the opencage detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'opencage.api-key': {
    positive: [
      `OPENCAGE_API_KEY=«${fake(HEX, 32, 'oc')}»`,
      `https://api.opencagedata.com/geocode/v1/json?q=Lyon&key=«${fake(HEX, 32, 'oc2')}»`,
    ],
    negative: ['OPENCAGE_API_KEY=<key>'],
  },
};
