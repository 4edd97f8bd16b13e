/** Examples of the zoho detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

const tokenOf = (salt: string) => `1000.${fake(HEX, 32, `${salt}a`)}.${fake(HEX, 32, `${salt}b`)}`;

export const examples: ExampleTable = {
  'zoho.oauth-token': {
    positive: [
      `ZOHO_REFRESH_TOKEN=«${tokenOf('zh1')}»`,
      `{"access_token": "«${tokenOf('zh2')}»", "api_domain": "https://www.zohoapis.com"}`,
      `headers = {"Authorization": "Zoho-oauthtoken «${tokenOf('zh3')}»"}`,
    ],
    negative: [
      // a version number and a digest, not a token
      `version: 1000.${fake(HEX, 12, 'v')}`,
      `ZOHO_CLIENT_ID=1000.${fake(HEX, 30, 'cid').toUpperCase()}`,
      `ZOHO_REFRESH_TOKEN=1000.${'x'.repeat(32)}.${'x'.repeat(32)}`,
    ],
  },
};
