/** Examples of the discogs detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'discogs.token': {
    positive: [`DISCOGS_TOKEN=«${fake(B62, 40, 'dg')}»`, `discogs_consumer_secret = "«${fake(B62, 32, 'dg2')}»"`],
    negative: [`DISCOGS_CONSUMER_KEY=${fake(B62, 20, 'dgk')}`, 'DISCOGS_TOKEN=<token>'],
  },
};
