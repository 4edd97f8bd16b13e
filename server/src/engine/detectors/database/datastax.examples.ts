/** Examples of the Datastax detectors (test data: never imported by the runtime). */
import { HEX, alphabet, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'datastax.astra-token': {
    positive: [`ASTRA_DB_APPLICATION_TOKEN=«AstraCS:${fake(alphabet('A-Za-z'), 24, 'as1')}:${fake(HEX, 64, 'as2')}»`],
    negative: [
      'ASTRA_DB_APPLICATION_TOKEN=AstraCS:xxxxxxxxxxxxxxxxxxxxxxxx:0000000000000000000000000000000000000000000000000000000000000000',
    ],
  },
};
