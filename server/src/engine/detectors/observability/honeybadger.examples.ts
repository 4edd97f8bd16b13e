/** Examples of the honeybadger detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'honeybadger.personal-token': {
    positive: [`HONEYBADGER_PERSONAL_AUTH_TOKEN=«hbp_${fake(B62, 36, 'hbp')}»`],
    negative: ['HONEYBADGER_PERSONAL_AUTH_TOKEN=hbp_...'],
  },
};
