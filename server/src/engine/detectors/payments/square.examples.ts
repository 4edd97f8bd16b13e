/** Examples of the square detectors (test data: never imported by the runtime). */
import { B62, B64URL, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'square.access-token': {
    positive: [
      `SQUARE_ACCESS_TOKEN=«EAAA${fake(B64URL, 60, 'sq1')}»`,
      `client = Client(access_token="«EAAA${fake(B64URL, 60, 'sq2')}»", environment="production")`,
    ],
    negative: [
      `FACEBOOK_TOKEN=EAAG${fake(B62, 180, 'sq3')}`,
      `SQUARE_ACCESS_TOKEN=EAAA${fake(B64URL, 20, 'sq4')}`,
      'SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
  'square.legacy-access-token': {
    positive: [`SQUARE_TOKEN=«sq0atp-${fake(B64URL, 22, 'sl1')}»`],
    negative: [`SQUARE_APP_ID=sq0idp-${fake(B64URL, 22, 'sl2')}`, 'SQUARE_TOKEN=sq0atp-...'],
  },
  'square.oauth-secret': {
    positive: [`SQUARE_APPLICATION_SECRET=«sq0csp-${fake(B64URL, 43, 'so1')}»`],
    negative: [`SQUARE_APP_ID=sq0idp-${fake(B64URL, 22, 'so2')}`, 'SQUARE_APPLICATION_SECRET=sq0csp-<secret>'],
  },
};
