/** Examples of the pubnub detectors (test data: never imported by the runtime). */
import { B64, type ExampleTable, fake, fakeUuid, toBase64 } from '../kit/examples.js';

/** `sec-c-` + unpadded Base64 of a UUID, as the Admin Portal shows it. */
const secretKey = (salt: string) => `sec-c-${toBase64(fakeUuid(salt))}`;

export const examples: ExampleTable = {
  'pubnub.secret-key': {
    positive: [
      `PUBNUB_SECRET_KEY=«${secretKey('pn1')}»`,
      `pubnub:\n  secret_key: «${secretKey('pn2')}»`,
      `const pubnub = new PubNub({ publishKey: 'pub-c-${fakeUuid('pn-pub')}', secretKey: '«${secretKey('pn3')}»' });`,
    ],
    negative: [
      `PUBNUB_SECRET_KEY=sec-c-${fake(B64, 48, 'pn-random')}`,
      `PUBNUB_SUBSCRIBE_KEY=sub-c-${fakeUuid('pn-sub')}`,
      'secret_key: sec-c-...',
    ],
  },
};
