/** Examples of the CrowdStrike Falcon API detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'crowdstrike.client-secret': {
    positive: [
      `CROWDSTRIKE_CLIENT_SECRET=«${fakeMixed(B62, 40, 'crow0a')}»`,
      `{ "crowdstrike_client_secret": "«${fakeMixed(B62, 40, 'crow0b')}»" }`,
      `const crowdstrikeClientSecret = '«${fakeMixed(B62, 40, 'crow0d')}»';`,
    ],
    negative: [
      `CROWDSTRIKE_CLIENT_SECRET=${fake(B62, 36, 'crow0c')}`,
      `CROWDSTRIKE_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `CROWDSTRIKE_CLIENT_SECRET=${'$'}{CROWDSTRIKE_CLIENT_SECRET}`,
      `CROWDSTRIKE_ACCOUNT_ID=${fakeMixed(B62, 40, 'crow0e')}`,
      `FALCON_CLIENT_ID=${fake(HEX, 32, 'csid')}`,
    ],
  },
};
