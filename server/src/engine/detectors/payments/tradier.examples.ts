/** Examples of the tradier detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'tradier.access-token': {
    positive: [
      `TRADIER_ACCESS_TOKEN=«${fake(B62, 28, 'tradier1')}»`,
      `credentials:\n  tradier_token: "«${fake(B62, 28, 'tradier2')}»"`,
      `const tradierSecret = '«${fake(B62, 28, 'tradier3')}»';`,
    ],
    negative: [
      `TRADIER_ACCOUNT_ID=${fake(B62, 28, 'tradier4')}`,
      `TRADIER_ACCESS_TOKEN=${fake(B62, 28, 'tradier5')}${fake(B62, 6, 'tail')}`,
      `# Tradier settings\nAPI_KEY=${fake(B62, 28, 'tradier6')}`,
      `TRADIER_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
