/** Examples of the Fauna detectors (test data: never imported by the runtime). */
import { alphabet, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'fauna.secret': {
    positive: [`FAUNA_SECRET=«fnA${fake(alphabet('A-Za-z0-9_-'), 37, 'fauna')}»`],
    negative: ['FAUNA_SECRET=${FAUNA_SECRET}'],
  },
};
