/** Examples of the foursquare detectors (test data: never imported by the runtime). */
import { B64, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'foursquare.api-key': {
    positive: [`FOURSQUARE_API_KEY=«fsq3${fake(B64, 44, 'fsq')}=»`],
    negative: [`fsq3${fake(B64, 10, 'short')}`],
  },
};
