/** Examples of the Backblaze B2 detectors (test data: never imported by the runtime). */
import { B62, fake, fakeMixed, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'backblaze.b2-application-key': {
    positive: [`B2_APPLICATION_KEY_ID=00${fake(HEX, 23, 'b2id')}\nB2_APPLICATION_KEY=«K00${fakeMixed(B62, 28, 'b2')}»`],
    negative: [`B2_APPLICATION_KEY=K00${'x'.repeat(28)}`, `K00${fakeMixed(B62, 28, 'b2-no-context')}`],
  },
};
