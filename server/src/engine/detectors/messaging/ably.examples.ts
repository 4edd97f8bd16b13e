/** Examples of the Ably detectors (test data: never imported by the runtime). */
import { B62, B64URL, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ably.api-key': {
    positive: [
      `ABLY_API_KEY=«${fake(B62, 6, 'ab1')}.${fake(B62, 6, 'ab2')}:${fake(B64URL, 43, 'ab3')}»`,
      `const ably = new Ably.Realtime({ key: '«${fake(B62, 6, 'ab4')}.${fake(B62, 6, 'ab5')}:${fake(B64URL, 43, 'ab6')}»' });`,
    ],
    negative: ['ABLY_API_KEY=appId.keyId:secret', `ABLY_CLIENT_ID=${fake(B62, 12, 'ab7')}`],
  },
};
