/** Examples of the ynab detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ynab.personal-access-token': {
    positive: [
      `YNAB_ACCESS_TOKEN=«${fake(HEX, 64, 'ynab1')}»`,
      `credentials:\n  ynab_token: "«${fake(HEX, 64, 'ynab2')}»"`,
      `const ynabSecret = '«${fake(HEX, 64, 'ynab3')}»';`,
    ],
    negative: [
      `YNAB_ACCOUNT_ID=${fake(HEX, 64, 'ynab4')}`,
      `YNAB_ACCESS_TOKEN=${fake(HEX, 64, 'ynab5')}${fake(B62, 6, 'tail')}`,
      `# YNAB (You Need A Budget) settings\nAPI_KEY=${fake(HEX, 64, 'ynab6')}`,
      `YNAB_ACCESS_TOKEN=0000000000000000000000000000000000000000000000000000000000000000`,
    ],
  },
};
