/** Examples of the GraphHopper detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'graphhopper.api-key': {
    positive: [
      `GRAPHHOPPER_API_KEY=«${fakeUuid('grap0a')}»`,
      `{ "graphhopper_api_key": "«${fakeUuid('grap0b')}»" }`,
      `const graphhopperApiKey = '«${fakeUuid('grap0d')}»';`,
    ],
    negative: [
      `GRAPHHOPPER_API_KEY=${fakeUuid('grap0c').slice(0, 30)}`,
      `GRAPHHOPPER_API_KEY=00000000-0000-0000-0000-000000000000`,
      `GRAPHHOPPER_API_KEY=${'$'}{GRAPHHOPPER_API_KEY}`,
      `GRAPHHOPPER_ACCOUNT_ID=${fakeUuid('grap0e')}`,
    ],
  },
};
