/** Examples of the Fly.io detectors (test data: never imported by the runtime). */
import { B64, B64URL, fakeMixed, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'flyio.access-token': {
    positive: [`FLY_API_TOKEN=«fo1_${fakeMixed(B64URL, 43, 'fo1')}»`],
    negative: [`fo1_${'x'.repeat(43)}`],
  },
  'flyio.macaroon-token': {
    positive: [`FLY_API_TOKEN="FlyV1 «fm2_${fakeMixed(B64, 180, 'fm2a')},fm2_${fakeMixed(B64, 90, 'fm2b')}»"`],
    negative: ['fm2_ prefixes Fly.io macaroons', `fm2_${'A'.repeat(150)}`],
  },
};
