/** Examples of the podio detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'podio.api-key': {
    positive: [
      `PODIO_API_KEY=«${fake(LOWER_DIGITS, 32, 'podio1')}»`,
      `podio_api_key: «${fake(LOWER_DIGITS, 32, 'podio2')}»`,
      `const podioApiKey = '«${fake(LOWER_DIGITS, 32, 'podio3')}»';`,
    ],
    negative: [
      `PODIO_API_KEY=${fake(LOWER_DIGITS, 28, 'short')}`,
      'PODIO_API_KEY=your_podio_api_key',
      `API_KEY=${fake(LOWER_DIGITS, 32, 'podion')}`,
      'PODIO_API_KEY=${PODIO_API_KEY}',
    ],
  },
};
