/** Examples of the Intercom detectors (test data: never imported by the runtime). */
import { B64, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'intercom.access-token': {
    positive: [
      `INTERCOM_ACCESS_TOKEN=«dG9rOg${fake(B64, 53, 'inte0a')}=»`,
      `{ "intercom_access_token": "«dG9rOg${fake(B64, 53, 'inte0b')}=»" }`,
      `const intercomAccessToken = '«dG9rOg${fake(B64, 53, 'inte0d')}=»';`,
    ],
    negative: [
      `INTERCOM_ACCESS_TOKEN=dG9rOg${fake(B64, 40, 'inte0c')}=`,
      `INTERCOM_ACCESS_TOKEN=dG9rOgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`,
      `INTERCOM_ACCESS_TOKEN=${'$'}{INTERCOM_ACCESS_TOKEN}`,
      `INTERCOM_ACCOUNT_ID=dG9rOg${fake(B64, 53, 'inte0e')}=`,
    ],
  },
};
