/** Examples of the lokalise detectors (test data: never imported by the runtime). */
import { alphabet, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'lokalise.api-token': {
    positive: [`LOKALISE_API_TOKEN=«${fake(HEX, 40, 'lok')}»`, `lokaliseToken: "«${fake(HEX, 40, 'lok2')}»"`],
    negative: [`LOKALISE_PROJECT_ID=${fake(alphabet('0-9'), 18, 'p')}.${fake(HEX, 8, 'p2')}`, 'LOKALISE_API_TOKEN=${LOKALISE_TOKEN}'],
  },
};
