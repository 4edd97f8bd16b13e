/** Examples of the adobe detectors (test data: never imported by the runtime). */
import { alphabet, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'adobe.client-secret': {
    positive: [`ADOBE_CLIENT_SECRET=«p8e-${fake(alphabet('A-Za-z0-9-'), 32, 'adobe')}»`],
    negative: [`ADOBE_CLIENT_ID=${fake(HEX, 32, 'cid')}`, 'ADOBE_CLIENT_SECRET=p8e-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
