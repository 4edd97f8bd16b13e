/** Examples of the moosend detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'moosend.api-key': {
    positive: [
      `MOOSEND_API_KEY=«${fakeUuid('moosen1')}»`,
      `moosend_api_key: «${fakeUuid('moosen2')}»`,
      `const moosendApiKey = '«${fakeUuid('moosen3')}»';`,
    ],
    negative: [
      `MOOSEND_API_KEY=${fakeUuid('short').slice(0, 30)}`,
      'MOOSEND_API_KEY=your_moosend_api_key',
      `API_KEY=${fakeUuid('moosenn')}`,
      'MOOSEND_API_KEY=${MOOSEND_API_KEY}',
    ],
  },
};
