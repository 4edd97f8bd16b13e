/** Examples of the Huawei Cloud detectors (test data: never imported by the runtime). */
import { B62, fake, fakeMixed, UPPER_DIGITS, type ExampleTable } from '../kit/examples.js';

const HUAWEI_AK = `${fake(UPPER_DIGITS, 19, 'hw-ak')}7`;

const HUAWEI_SK = fakeMixed(B62, 40, 'hw-sk');

export const examples: ExampleTable = {
  'huawei.secret-access-key': {
    positive: [
      `HUAWEICLOUD_SDK_AK=${HUAWEI_AK}\nHUAWEICLOUD_SDK_SK=«${HUAWEI_SK}»`,
      `huaweicloud_secret_key = "«${fakeMixed(B62, 40, 'hw2')}»"`,
    ],
    negative: ['HUAWEICLOUD_SDK_SK=<your secret key>', `HUAWEICLOUD_SDK_AK=${HUAWEI_AK}`],
  },
};
