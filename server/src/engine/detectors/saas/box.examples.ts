/** Examples of the box detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'box.client-secret': {
    positive: [`BOX_CLIENT_SECRET=«${fake(B62, 32, 'box')}»`, `box:\n  boxDeveloperToken: «${fake(B62, 32, 'box2')}»`],
    negative: [`SANDBOX_CLIENT_SECRET=${fake(B62, 32, 'sandbox')}`, `BOX_CLIENT_ID=${fake(LOWER_DIGITS, 32, 'boxid')}`],
  },
};
