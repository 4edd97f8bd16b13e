/** Examples of the mixpanel detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mixpanel.api-secret': {
    positive: [`MIXPANEL_API_SECRET=«${fake(HEX, 32, 'mp')}»`],
    negative: [
      'MIXPANEL_API_SECRET=${MIXPANEL_API_SECRET}',
      `MIXPANEL_TOKEN=${fake(HEX, 32, 'mp-public')}`,
      `MIXPANEL_PROJECT_TOKEN=${fake(HEX, 32, 'mp-public2')}`,
    ],
  },
};
