/** Examples of the scrutinizer detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'scrutinizer.access-token': {
    positive: [
      `SCRUTINIZER_ACCESS_TOKEN=«${fake(B62, 64, 'scrutinizer1')}»`,
      `credentials:\n  scrutinizer_token: "«${fake(B62, 64, 'scrutinizer2')}»"`,
      `const scrutinizerSecret = '«${fake(B62, 64, 'scrutinizer3')}»';`,
    ],
    negative: [
      `SCRUTINIZER_ACCOUNT_ID=${fake(B62, 64, 'scrutinizer4')}`,
      `SCRUTINIZER_ACCESS_TOKEN=${fake(B62, 64, 'scrutinizer5')}${fake(B62, 6, 'tail')}`,
      `# Scrutinizer CI settings\nAPI_KEY=${fake(B62, 64, 'scrutinizer6')}`,
      `SCRUTINIZER_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
