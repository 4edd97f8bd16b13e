/** Examples of the papertrail detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'papertrail.token': {
    positive: [
      `PAPERTRAIL_API_KEY=«${fake(B62, 20, 'pt')}»`,
      `curl -H "X-Papertrail-Token: «${fake(B62, 20, 'pt2')}»" https://papertrailapp.com/api/v1/events/search.json`,
    ],
    negative: ['PAPERTRAIL_API_KEY=${PAPERTRAIL_API_KEY}', 'PAPERTRAIL_HOST=logs5.papertrailapp.com'],
  },
};
