/** Examples of the fullstory detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'fullstory.api-key': {
    positive: [`FULLSTORY_API_KEY=«na1.${Buffer.from(fake(B62, 75, 'fs')).toString('base64')}»`],
    negative: ['FULLSTORY_API_KEY=${FULLSTORY_API_KEY}', 'FULLSTORY_ORG_ID=o-1ABC-na1'],
  },
};
