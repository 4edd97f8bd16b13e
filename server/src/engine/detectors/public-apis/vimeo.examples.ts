/** Examples of the vimeo detectors (test data: never imported by the runtime). */
import { B64, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'vimeo.access-token': {
    positive: [`VIMEO_ACCESS_TOKEN=«${fake(HEX, 32, 'vm')}»`, `vimeo_client_secret: «${fake(B64, 128, 'vm2')}»`],
    negative: [`VIMEO_CLIENT_ID=${fake(HEX, 40, 'vid')}`, 'VIMEO_ACCESS_TOKEN=<token>'],
  },
};
