/** Examples of the leadfeeder detectors (test data: never imported by the runtime). */
import { alphabet, B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'leadfeeder.api-key': {
    positive: [
      `LEADFEEDER_API_KEY=«${fake(alphabet('A-Za-z0-9-'), 43, 'leadfe1')}»`,
      `leadfeeder_api_key: «${fake(alphabet('A-Za-z0-9-'), 43, 'leadfe2')}»`,
      `const leadfeederApiKey = '«${fake(alphabet('A-Za-z0-9-'), 43, 'leadfe3')}»';`,
    ],
    negative: [
      `LEADFEEDER_API_KEY=${fake(B62, 40, 'short')}`,
      'LEADFEEDER_API_KEY=your_leadfeeder_api_key',
      `API_KEY=${fake(alphabet('A-Za-z0-9-'), 43, 'leadfen')}`,
      'LEADFEEDER_API_KEY=${LEADFEEDER_API_KEY}',
    ],
  },
};
