/** Examples of the madkudu detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'madkudu.api-key': {
    positive: [
      `MADKUDU_API_KEY=«${fake(HEX, 32, 'madkud1')}»`,
      `madkudu_api_key: «${fake(HEX, 32, 'madkud2')}»`,
      `const madkuduApiKey = '«${fake(HEX, 32, 'madkud3')}»';`,
    ],
    negative: [
      `MADKUDU_API_KEY=${fake(HEX, 28, 'short')}`,
      'MADKUDU_API_KEY=your_madkudu_api_key',
      `API_KEY=${fake(HEX, 32, 'madkudn')}`,
      'MADKUDU_API_KEY=${MADKUDU_API_KEY}',
    ],
  },
};
