/** Examples of the sumologic detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'sumologic.access-key': {
    positive: [`SUMO_API_KEY=«${fake(B62, 64, 'sumo')}»`],
    negative: ['SUMO_API_KEY=${SUMO_API_KEY}', `SUMO_ACCESS_ID=su${fake(B62, 12, 'sumo-id')}`],
  },
};
