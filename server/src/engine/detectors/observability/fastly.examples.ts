/** Examples of the fastly detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'fastly.api-token': {
    positive: [
      `FASTLY_API_KEY=«${fake(B64URL, 32, 'fastly')}»`,
      `curl -H "Fastly-Key: «${fake(B64URL, 32, 'fastly2')}»" https://api.fastly.com/service`,
    ],
    negative: ['FASTLY_API_KEY=${FASTLY_API_KEY}', 'FASTLY_SERVICE_ID=SU1Z0isxPaozGVKXdv0eY'],
  },
};
