/** Examples of the mavenlink detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mavenlink.api-key': {
    positive: [
      `MAVENLINK_API_KEY=«${fake(LOWER_DIGITS, 64, 'mavenl1')}»`,
      `mavenlink_api_key: «${fake(LOWER_DIGITS, 64, 'mavenl2')}»`,
      `const mavenlinkApiKey = '«${fake(LOWER_DIGITS, 64, 'mavenl3')}»';`,
    ],
    negative: [
      `MAVENLINK_API_KEY=${fake(LOWER_DIGITS, 60, 'short')}`,
      'MAVENLINK_API_KEY=your_mavenlink_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 64, 'mavenln')}`,
      'MAVENLINK_API_KEY=${MAVENLINK_API_KEY}',
    ],
  },
};
