/** Examples of the yelp detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'yelp.api-key': {
    positive: [`YELP_API_KEY=«${fake(B64URL, 128, 'yelp')}»`],
    negative: [`YELP_CLIENT_ID=${fake(B64URL, 22, 'yid')}`],
  },
};
