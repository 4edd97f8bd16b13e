/** Examples of the zerotier detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'zerotier.api-token': {
    positive: [`ZEROTIER_API_KEY=«${fake(B62, 32, 'zt')}»`],
    negative: ['ZEROTIER_API_KEY=${ZEROTIER_API_KEY}', `ZEROTIER_NETWORK_ID=${fake(HEX, 16, 'ztnet')}`],
  },
};
