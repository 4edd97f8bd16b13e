/** Examples of the vpnapi detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'vpnapi.api-key': {
    positive: [
      `VPNAPI_KEY=«${fake(B62, 32, 'vpnapi1')}»`,
      `credentials:\n  vpn_api_token: "«${fake(B62, 32, 'vpnapi2')}»"`,
      `const vpnApiSecret = '«${fake(B62, 32, 'vpnapi3')}»';`,
    ],
    negative: [
      `VPNAPI_ACCOUNT_ID=${fake(B62, 32, 'vpnapi4')}`,
      `VPNAPI_KEY=${fake(B62, 32, 'vpnapi5')}${fake(B62, 6, 'tail')}`,
      `# vpnapi.io settings\nAPI_KEY=${fake(B62, 32, 'vpnapi6')}`,
      `VPNAPI_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
