/** Examples of the MessageBird (Bird) detectors (test data: never imported by the runtime). */
import { B62, fake, fakeNumber, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'messagebird.api-key': {
    positive: [`MESSAGEBIRD_API_KEY=«${fake(B62, 25, 'mb1')}»`, `const messagebirdAccessKey = '«${fake(B62, 25, 'mb2')}»';`],
    negative: ['MESSAGEBIRD_API_KEY=<live-access-key>', `MESSAGEBIRD_ORIGINATOR=${fakeNumber(11, 'mb3')}`],
  },
};
