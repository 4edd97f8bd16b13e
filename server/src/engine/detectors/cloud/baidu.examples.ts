/** Examples of the Baidu AI Cloud (BCE) detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'baidu.bce-secret-key': {
    positive: [`BCE_SECRET_ACCESS_KEY=«${fake(HEX, 32, 'bce')}»`, `baidubce_secret_key: "«${fake(HEX, 32, 'bce2')}»"`],
    negative: [`BCE_ACCESS_KEY_ID=${fake(HEX, 32, 'bce-id')}`, 'BCE_SECRET_ACCESS_KEY=00000000000000000000000000000000'],
  },
};
