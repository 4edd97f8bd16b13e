/** Examples of the Sourcegraph detectors (test data: never imported by the runtime). */
import { B62, fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'sourcegraph.access-token': {
    positive: [
      `SRC_ACCESS_TOKEN=«sgp_${fake(HEX, 16, 'sg1')}_${fake(HEX, 40, 'sg2')}»`,
      `SRC_ACCESS_TOKEN=«sgp_local_${fake(HEX, 40, 'sg3')}»`,
      `Authorization: token «sgp_${fake(HEX, 40, 'sg4')}»`,
    ],
    negative: [`SEGMENT_TOKEN=sgp_${fake(B62, 64, 'segment')}`, `SRC_ACCESS_TOKEN=sgp_${fake(HEX, 20, 'short')}`],
  },
  'sourcegraph.cody-gateway-key': {
    positive: [`CODY_GATEWAY_KEY=«slk_${fake(HEX, 64, 'slk')}»`],
    negative: [`CODY_GATEWAY_KEY=slk_${fake(HEX, 32, 'short')}`, 'CODY_GATEWAY_KEY=slk_<license-key>'],
  },
};
