/** Examples of the iexcloud detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'iexcloud.api-key': {
    positive: [
      `IEX_CLOUD_SECRET_TOKEN=«${`sk_${fake(HEX, 32, 'iexclo1')}`}»`,
      `iex_cloud_secret_token: «${`sk_${fake(HEX, 32, 'iexclo2')}`}»`,
      `const iexCloudSecretToken = '«${`sk_${fake(HEX, 32, 'iexclo3')}`}»';`,
    ],
    negative: [
      `IEX_CLOUD_SECRET_TOKEN=${`sk_${fake(HEX, 30, 'short')}`}`,
      'IEX_CLOUD_SECRET_TOKEN=your_iexcloud_api_key',
      `API_KEY=${`sk_${fake(HEX, 32, 'iexclon')}`}`,
      `IEX_CLOUD_PUBLISHABLE_TOKEN=pk_${fake(HEX, 32, 'iex-pk')}`,
    ],
  },
};
