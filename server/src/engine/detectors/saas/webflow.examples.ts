/** Examples of the webflow detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'webflow.api-token': {
    positive: [
      `WEBFLOW_API_TOKEN=«${fake(HEX, 64, 'wf')}»`,
      `const webflow = new WebflowClient({ webflowAccessToken: "«${fake(HEX, 64, 'wf2')}»" });`,
    ],
    negative: [`WEBFLOW_SITE_ID=${fake(HEX, 24, 'site')}`, `WEBFLOW_API_TOKEN=${'ab'.repeat(32)}`],
  },
};
