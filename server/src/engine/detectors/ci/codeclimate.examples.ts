/** Examples of the Code Climate detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'codeclimate.reporter-id': {
    positive: [`CC_TEST_REPORTER_ID=«${fake(HEX, 64, 'cc')}»`],
    negative: ['CC_TEST_REPORTER_ID: ${{ secrets.CC_TEST_REPORTER_ID }}', `CC_TEST_REPORTER_ID=${fake(HEX, 32, 'short')}`],
  },
};
