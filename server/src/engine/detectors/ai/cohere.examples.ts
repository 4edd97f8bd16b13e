/** Examples of the Cohere detectors (test data: never imported by the runtime). */
import { B62, fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'cohere.api-key': {
    positive: [`COHERE_API_KEY=«${fake(B62, 40, 'co')}»`, `cohere_api_key = "«${fake(B62, 40, 'co2')}»"`],
    negative: ['COHERE_API_KEY=${COHERE_API_KEY}', `COHERE_MODEL=command-r-plus`, `cohere_sha = "${fake(HEX, 40, 'sha')}"`],
  },
};
