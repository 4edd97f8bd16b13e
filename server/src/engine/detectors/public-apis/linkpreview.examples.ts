/** Examples of the linkpreview detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'linkpreview.api-key': {
    positive: [
      `LINKPREVIEW_API_KEY=«${fake(B62, 32, 'linkpr1')}»`,
      `linkpreview_api_key: «${fake(B62, 32, 'linkpr2')}»`,
      `const linkpreviewApiKey = '«${fake(B62, 32, 'linkpr3')}»';`,
    ],
    negative: [
      `LINKPREVIEW_API_KEY=${fake(B62, 28, 'short')}`,
      'LINKPREVIEW_API_KEY=your_linkpreview_api_key',
      `API_KEY=${fake(B62, 32, 'linkprn')}`,
      'LINKPREVIEW_API_KEY=${LINKPREVIEW_API_KEY}',
    ],
  },
};
