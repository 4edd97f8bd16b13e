/** Examples of the lob detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'lob.api-key': {
    positive: [`LOB_API_KEY=«live_${fake(HEX, 35, 'lb1')}»`, `const lobApiKey = '«test_${fake(HEX, 35, 'lb2')}»';`],
    negative: [`LOB_PUBLISHABLE_KEY=live_pub_${fake(HEX, 31, 'lb3')}`, 'LOB_API_KEY=live_<key>'],
  },
};
