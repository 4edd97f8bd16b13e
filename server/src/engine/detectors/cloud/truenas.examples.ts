/** Examples of the truenas detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'truenas.api-key': {
    positive: [
      `TRUENAS_API_KEY=«1-${fake(B62, 64, 'tn1')}»`,
      `truenas:\n  truenas_api_key: "«12-${fake(B62, 64, 'tn2')}»"`,
      `const trueNasToken = '«3-${fake(B62, 64, 'tn3')}»';`,
    ],
    negative: [
      `TRUENAS_API_KEY=1-${fake(B62, 40, 'short')}`,
      `TRUENAS_HOST=nas-${fake(B62, 64, 'host')}`,
      `# TrueNAS\nAPI_KEY=1-${fake(B62, 64, 'tn4')}`,
    ],
  },
};
