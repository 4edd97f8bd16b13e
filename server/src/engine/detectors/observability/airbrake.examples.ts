/** Examples of the airbrake detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'airbrake.api-key': {
    positive: [`AIRBRAKE_API_KEY=«${fake(HEX, 32, 'airbrake')}»`],
    negative: ['AIRBRAKE_API_KEY=${AIRBRAKE_API_KEY}', 'AIRBRAKE_PROJECT_ID=123456'],
  },
};
