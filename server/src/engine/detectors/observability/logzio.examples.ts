/** Examples of the logzio detectors (test data: never imported by the runtime). */
import { alphabet, type ExampleTable, fake, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'logzio.token': {
    positive: [`LOGZ_API_KEY=«${fake(alphabet('A-Za-z'), 32, 'logz')}»`, `LOGZIO_API_TOKEN=«${fakeUuid('logz-api')}»`],
    negative: ['LOGZ_API_KEY=${LOGZ_API_KEY}', 'LOGZIO_LISTENER=listener.logz.io'],
  },
};
