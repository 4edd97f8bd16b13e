/** Examples of the crowdin detectors (test data: never imported by the runtime). */
import { alphabet, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'crowdin.pat': {
    positive: [`CROWDIN_PERSONAL_TOKEN=«${fake(HEX, 80, 'crowdin')}»`, `"crowdin_api_token": "«${fake(HEX, 80, 'crowdin2')}»"`],
    negative: [`CROWDIN_PROJECT_ID=${fake(alphabet('0-9'), 6, 'p')}`, 'CROWDIN_PERSONAL_TOKEN=${{ secrets.CROWDIN_TOKEN }}'],
  },
};
