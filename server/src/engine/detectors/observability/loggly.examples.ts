/** Examples of the loggly detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'loggly.token': {
    positive: [
      `curl -d 'hello' https://logs-01.loggly.com/inputs/«${fakeUuid('loggly1')}»/tag/http/`,
      `LOGGLY_TOKEN=«${fakeUuid('loggly2')}»`,
    ],
    negative: ['https://logs-01.loggly.com/inputs/TOKEN/tag/http/'],
  },
};
