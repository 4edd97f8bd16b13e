/** Examples of the dynatrace detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, UPPER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'dynatrace.api-token': {
    positive: [
      `DT_API_TOKEN=«dt0c01.${fake(UPPER_DIGITS, 24, 'dt1')}.${fake(UPPER_DIGITS, 64, 'dt2')}»`,
      `Authorization: Api-Token «dt0c01.${fake(UPPER_DIGITS, 24, 'dt3')}.${fake(UPPER_DIGITS, 64, 'dt4')}»`,
    ],
    negative: ['DT_API_TOKEN=dt0c01.XXXXXXXXXXXXXXXXXXXXXXXX.YYYY', `dt0c01.${fake(UPPER_DIGITS, 24, 'dt5')}`],
  },
};
