/** Examples of the typeform detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'typeform.pat': {
    positive: [
      `TYPEFORM_TOKEN=«tfp_${fake(B62, 44, 'tf')}_${fake(B62, 14, 'tf2')}»`,
      `Authorization: Bearer «tfp_${fake(B62, 44, 'tf3')}_${fake(B62, 14, 'tf4')}»`,
    ],
    negative: ['TYPEFORM_TOKEN=tfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `tfp_${fake(B62, 10, 'short')}`],
  },
};
