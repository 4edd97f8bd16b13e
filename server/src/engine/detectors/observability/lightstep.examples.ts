/** Examples of the lightstep detectors (test data: never imported by the runtime). */
import { B62, B64, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'lightstep.access-token': {
    positive: [`LIGHTSTEP_ACCESS_TOKEN=«${fake(B64, 84, 'ls')}»`, `headers: { "lightstep-access-token": "«${fake(B62, 32, 'ls2')}»" }`],
    negative: ['LIGHTSTEP_ACCESS_TOKEN=${LS_TOKEN}', 'LIGHTSTEP_SERVICE_NAME=ride-api-production-eu-west'],
  },
};
