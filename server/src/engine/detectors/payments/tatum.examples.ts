/** Examples of the tatum detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'tatum.api-key': {
    positive: [
      `TATUM_API_KEY=«${fakeUuid('tatum1')}»`,
      `credentials:\n  tatum_token: "«${fakeUuid('tatum2')}»"`,
      `const tatumSecret = '«${fakeUuid('tatum3')}»';`,
    ],
    negative: [
      `TATUM_ACCOUNT_ID=${fakeUuid('tatum4')}`,
      `TATUM_API_KEY=${fakeUuid('tatum5')}${fake(B62, 6, 'tail')}`,
      `# Tatum settings\nAPI_KEY=${fakeUuid('tatum6')}`,
      'TATUM_API_KEY=${TATUM_API_KEY}',
    ],
  },
};
