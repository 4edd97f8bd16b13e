/** Examples of the urlscan detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'urlscan.api-key': {
    positive: [
      `URLSCAN_API_KEY=«${fakeUuid('urlscan1')}»`,
      `credentials:\n  url_scan_token: "«${fakeUuid('urlscan2')}»"`,
      `const urlScanSecret = '«${fakeUuid('urlscan3')}»';`,
    ],
    negative: [
      `URLSCAN_ACCOUNT_ID=${fakeUuid('urlscan4')}`,
      `URLSCAN_API_KEY=${fakeUuid('urlscan5')}${fake(B62, 6, 'tail')}`,
      `# urlscan.io settings\nAPI_KEY=${fakeUuid('urlscan6')}`,
      'URLSCAN_API_KEY=${URLSCAN_API_KEY}',
    ],
  },
};
