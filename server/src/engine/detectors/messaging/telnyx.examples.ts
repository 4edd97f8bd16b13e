/** Examples of the telnyx detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'telnyx.api-key': {
    positive: [
      `TELNYX_API_KEY=«KEY${fake(B64URL, 55, 'tx1')}»`,
      `telnyx.api_key = "«KEY${fake(B64URL, 55, 'tx2')}»"`,
      `const telnyxKey = '«KEY${fake(B64URL, 55, 'tx3')}»';`,
    ],
    negative: [
      `TELNYX_PUBLIC_KEY=${fake(B64URL, 43, 'pub')}=`,
      `TELNYX_API_KEY=KEY${fake(B64URL, 30, 'short')}`,
      `# telnyx\nAPI_KEY=KEY${fake(B64URL, 55, 'tx4')}`,
      'TELNYX_API_KEY=KEY_TELNYX_API_KEY_PLACEHOLDER_VALUE_FOR_LOCAL_DEVELOPMENT_',
    ],
  },
};
