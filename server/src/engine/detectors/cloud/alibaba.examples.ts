/** Examples of the Alibaba Cloud detectors (test data: never imported by the runtime). */
import { B62, fakeMixed, type ExampleTable } from '../kit/examples.js';

// ---------------------------------------------------------------------------------------------
// Example values.

const ALIBABA_ID = `LTAI${fakeMixed(B62, 20, 'ali-id')}`;

const ALIBABA_SECRET = fakeMixed(B62, 30, 'ali-secret');

export const examples: ExampleTable = {
  'alibaba.access-key-id': {
    positive: [
      `ALIBABA_CLOUD_ACCESS_KEY_ID=«${ALIBABA_ID}»\nALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIBABA_SECRET}`,
      `client = AcsClient("«${ALIBABA_ID}»", "${ALIBABA_SECRET}", "cn-hangzhou")`,
    ],
    negative: [
      'access_key_id: LTAI****************',
      'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIxxxxxxxxxxxxxxxxxxxx',
      'LTAI prefixes RAM user AccessKey ids',
    ],
  },
  'alibaba.access-key-secret': {
    positive: [`ALIBABA_CLOUD_ACCESS_KEY_SECRET=«${ALIBABA_SECRET}»`, `aliyun:\n  accessKeySecret: "«${fakeMixed(B62, 30, 'ali2')}»"`],
    negative: [
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIYUN_SECRET}',
      'access_key_secret = "your-access-key-secret-here-00"',
      `access_key_secret = "${'a1B'.repeat(10)}"`,
    ],
  },
};
