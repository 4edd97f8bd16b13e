/** Examples of the loginradius detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'loginradius.api-secret': {
    positive: [
      `LOGINRADIUS_API_SECRET=«${fakeUuid('loginr1')}»`,
      `loginradius_api_secret: «${fakeUuid('loginr2')}»`,
      `const loginradiusApiSecret = '«${fakeUuid('loginr3')}»';`,
    ],
    negative: [
      `LOGINRADIUS_API_SECRET=${fakeUuid('short').slice(0, 30)}`,
      'LOGINRADIUS_API_SECRET=your_loginradius_api_key',
      `API_KEY=${fakeUuid('loginrn')}`,
      `LOGINRADIUS_API_KEY=${fakeUuid('lr-key')}`,
    ],
  },
};
