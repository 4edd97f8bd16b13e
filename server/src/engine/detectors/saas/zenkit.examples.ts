/** Examples of the zenkit detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'zenkit.api-key': {
    positive: [
      `ZENKIT_API_KEY=«${fake(LOWER_DIGITS, 8, 'zenkit11')}-${fake(B62, 32, 'zenkit12')}»`,
      `credentials:\n  zen_kit_token: "«${fake(LOWER_DIGITS, 8, 'zenkit21')}-${fake(B62, 32, 'zenkit22')}»"`,
      `const zenKitSecret = '«${fake(LOWER_DIGITS, 8, 'zenkit31')}-${fake(B62, 32, 'zenkit32')}»';`,
    ],
    negative: [
      `ZENKIT_ACCOUNT_ID=${fake(LOWER_DIGITS, 8, 'zenkit41')}-${fake(B62, 32, 'zenkit42')}`,
      `ZENKIT_API_KEY=${fake(LOWER_DIGITS, 8, 'zenkit51')}-${fake(B62, 32, 'zenkit52')}${fake(B62, 6, 'tail')}`,
      `# Zenkit settings\nAPI_KEY=${fake(LOWER_DIGITS, 8, 'zenkit61')}-${fake(B62, 32, 'zenkit62')}`,
      'ZENKIT_API_KEY=${ZENKIT_API_KEY}',
    ],
  },
};
