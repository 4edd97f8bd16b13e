/** Examples of the Customer.io detectors (test data: never imported by the runtime). */
import { HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'customerio.api-key': {
    positive: [
      `CUSTOMERIO_SITE_ID=${fake(HEX, 20, 'ci1')}\nCUSTOMERIO_API_KEY=«${fake(HEX, 20, 'ci2')}»`,
      `CIO_APP_API_KEY=«${fake(HEX, 32, 'ci3')}»`,
    ],
    negative: [`CUSTOMERIO_SITE_ID=${fake(HEX, 20, 'ci4')}`, 'CUSTOMERIO_API_KEY=<track-api-key>'],
  },
};
