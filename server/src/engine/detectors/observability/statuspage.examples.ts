/** Examples of the statuspage detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'statuspage.api-key': {
    positive: [`STATUSPAGE_API_KEY=«${fakeUuid('statuspage')}»`],
    negative: ['STATUSPAGE_API_KEY=${STATUSPAGE_API_KEY}', 'STATUSPAGE_PAGE_ID=abc123def456'],
  },
};
