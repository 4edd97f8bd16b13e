/** Examples of the akeyless detectors (test data: never imported by the runtime). */
import { alphabet, B64, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'akeyless.access-key': {
    positive: [`AKEYLESS_ACCESS_KEY=«${fake(B64, 43, 'akl')}=»`],
    negative: ['AKEYLESS_ACCESS_KEY=${AKEYLESS_ACCESS_KEY}', `AKEYLESS_ACCESS_ID=p-${fake(alphabet('a-z0-9'), 12, 'akl-id')}`],
  },
};
