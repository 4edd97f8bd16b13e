/** Examples of the Tencent Cloud detectors (test data: never imported by the runtime). */
import { B62, fakeMixed, type ExampleTable } from '../kit/examples.js';

const TENCENT_ID = `AKID${fakeMixed(B62, 32, 'tc-id')}`;

const TENCENT_KEY = fakeMixed(B62, 32, 'tc-key');

export const examples: ExampleTable = {
  'tencent.secret-id': {
    positive: [
      `TENCENTCLOUD_SECRET_ID=«${TENCENT_ID}»\nTENCENTCLOUD_SECRET_KEY=${TENCENT_KEY}`,
      `cred = credential.Credential("«${TENCENT_ID}»", os.environ["TENCENT_KEY"])`,
    ],
    negative: ['SecretId: AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AKID prefixes Tencent SecretIds'],
  },
  'tencent.secret-key': {
    positive: [`TENCENTCLOUD_SECRET_KEY=«${TENCENT_KEY}»`, `qcloud_secret_key: '«${fakeMixed(B62, 32, 'tc2')}»'`],
    negative: ['TENCENTCLOUD_SECRET_KEY=${{ secrets.TENCENT_KEY }}', `TENCENTCLOUD_SECRET_ID=${fakeMixed(B62, 32, 'tc-other')}`],
  },
};
