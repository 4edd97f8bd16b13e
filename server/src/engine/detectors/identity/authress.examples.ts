/** Examples of the authress detectors (test data: never imported by the runtime). */
import { alphabet, B62, B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'authress.access-key': {
    positive: [
      `AUTHRESS_KEY=«sc_${fake(B62, 22, 'au1')}.${fake(B62, 4, 'au2')}.acc_${fake(alphabet('a-z0-9'), 17, 'au3')}.${fake(B64URL, 80, 'au4')}»`,
    ],
    negative: ['AUTHRESS_KEY=sc_xxx.xxxx.acc_xxx.xxx'],
  },
};
