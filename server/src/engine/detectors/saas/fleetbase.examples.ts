/** Examples of the Fleetbase live detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'fleetbase.api-key': {
    positive: [
      `FLEETBASE_API_KEY=«flb_live_${fakeMixed(B62, 20, 'flee0a')}»`,
      `{ "fleetbase_api_key": "«flb_live_${fakeMixed(B62, 20, 'flee0b')}»" }`,
    ],
    negative: [`FLEETBASE_API_KEY=flb_live_${fake(B62, 16, 'flee0c')}`, `FLEETBASE_API_KEY=flb_live_xxxxxxxxxxxxxxxxxxxx`],
  },
};
