/** Examples of the flickr detectors (test data: never imported by the runtime). */
import { DIGITS, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'flickr.api-key': {
    positive: [`FLICKR_API_KEY=«${fake(HEX, 32, 'fl')}»`, `flickr_secret: '«${fake(HEX, 16, 'fl2')}»'`],
    negative: [`FLICKR_USER_ID=${fake(DIGITS, 8, 'u')}@N0${fake(DIGITS, 1, 'n')}`, 'FLICKR_API_KEY=<your-api-key>'],
  },
};
