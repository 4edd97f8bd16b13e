/** Examples of the coinbase detectors (test data: never imported by the runtime). */
import { B62, fake, fakeBytes, fakePem, fakeUuid, toBase64, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'coinbase.cdp-api-key': {
    positive: [
      `{\n  "name": "organizations/${fakeUuid('cb1')}/apiKeys/${fakeUuid('cb2')}",\n  "privateKey": "«${fakePem('EC PRIVATE KEY', 121, 'cb3', '\\n')}»\\n"\n}`,
      `COINBASE_API_KEY_NAME="organizations/${fakeUuid('cb4')}/apiKeys/${fakeUuid('cb5')}"\nCOINBASE_API_KEY_PRIVATE_KEY="«${fakePem('EC PRIVATE KEY', 121, 'cb6')}»"`,
    ],
    negative: [
      `{"name": "organizations/${fakeUuid('cb7')}/apiKeys/${fakeUuid('cb8')}", "privateKey": "<private key>"}`,
      `${fakePem('EC PRIVATE KEY', 121, 'cb9')}\n`,
    ],
  },
  'coinbase.cdp-secret-key': {
    positive: [
      `CDP_API_KEY_ID=${fakeUuid('cd1')}\nCDP_API_KEY_SECRET=«${toBase64(fakeBytes(64, 'cd2'))}»`,
      `coinbase:\n  coinbase_private_key: "«${toBase64(fakeBytes(64, 'cd3'))}»"`,
    ],
    negative: [`CDP_API_KEY_ID=${fakeUuid('cd4')}`, 'CDP_API_KEY_SECRET=<your-secret>'],
  },
  'coinbase.api-secret': {
    positive: [`COINBASE_API_KEY=${fake(B62, 16, 'co1')}\nCOINBASE_API_SECRET=«${fake(B62, 32, 'co2')}»`],
    negative: [`COINBASE_API_KEY=${fake(B62, 16, 'co3')}`, 'COINBASE_API_SECRET=your_api_secret'],
  },
};
