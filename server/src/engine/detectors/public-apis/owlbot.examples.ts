/** Examples of the owlbot detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'owlbot.api-key': {
    positive: [
      `OWLBOT_API_KEY=«${fake(LOWER_DIGITS, 40, 'owlbot1')}»`,
      `owlbot_api_key: «${fake(LOWER_DIGITS, 40, 'owlbot2')}»`,
      `const owlbotApiKey = '«${fake(LOWER_DIGITS, 40, 'owlbot3')}»';`,
    ],
    negative: [
      `OWLBOT_API_KEY=${fake(LOWER_DIGITS, 36, 'short')}`,
      'OWLBOT_API_KEY=your_owlbot_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 40, 'owlbotn')}`,
      'OWLBOT_API_KEY=${OWLBOT_API_KEY}',
    ],
  },
};
