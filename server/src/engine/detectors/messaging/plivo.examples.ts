/** Examples of the Plivo detectors (test data: never imported by the runtime). */
import { B62, fake, UPPER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'plivo.auth-token': {
    positive: [`PLIVO_AUTH_ID=MA${fake(UPPER_DIGITS, 18, 'pl1')}\nPLIVO_AUTH_TOKEN=«${fake(B62, 40, 'pl2')}»`],
    negative: [`PLIVO_AUTH_ID=MA${fake(UPPER_DIGITS, 18, 'pl3')}`, 'PLIVO_AUTH_TOKEN=your_auth_token'],
  },
};
